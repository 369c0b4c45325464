import { useTranslation } from 'react-i18next';
import { DEVIATION_TYPES, OWN_ORGANISATION } from '@insikt/core';
import { choices, FormCheckboxes } from '../../lib/fields';
import type { Association } from '../../lib/types';

/**
 * What an insats goal measured by deviations counts (decision 0050): the cases about the insats per
 * year, narrowed to some types and/or parties; none chosen counts every type or party. `name` is the
 * goal's `deviations` field.
 */
export function GoalDeviationFields({ association, name }: { association: Association; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <FormCheckboxes
        name={`${name}.types`}
        label={t('deviations.goalTypes')}
        description={t('deviations.goalTypesHint')}
        options={choices(DEVIATION_TYPES, (k) => t(`deviations.types.${k}`))}
      />
      <FormCheckboxes
        name={`${name}.parties`}
        label={t('deviations.goalParties')}
        description={t('deviations.goalPartiesHint')}
        options={[
          ...association.members.map((m) => ({ value: m.id, label: m.name })),
          { value: OWN_ORGANISATION, label: t('deviations.ownOrganisation') },
        ]}
      />
    </div>
  );
}
