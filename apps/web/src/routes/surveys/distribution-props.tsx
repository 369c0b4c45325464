import { useTranslation } from 'react-i18next';
import { SelectField } from '../../lib/fields';
import type { FormError } from '../../lib/form-errors';
import type { Survey, SurveyDistribution } from '../../lib/types';
import { useInterventions } from './use-interventions';

/** What every part of a distribution's card gets. */
export interface DistributionProps {
  associationId: string;
  survey: Survey;
  distribution: SurveyDistribution;
}

/** Which of the distribution's insatser (and so which link) something is for; shown only when there is a choice. */
export function InterventionChoice({
  associationId,
  distribution,
  form,
  errors,
  label,
  value,
  onChange,
}: Omit<DistributionProps, 'survey'> & {
  form: string;
  errors: FormError[];
  label: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const interventions = useInterventions(associationId);
  if (distribution.interventionIds.length < 2) return null;
  return (
    <SelectField
      form={form}
      name="intervention"
      errors={errors}
      label={label}
      value={value}
      onChange={onChange}
      options={distribution.interventionIds.map((id) => ({ value: id, label: interventions.nameOf(id) }))}
      description={t('surveys.interventionChoiceHint')}
    />
  );
}
