import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createDistributionInput, RESPONDENT_GROUPS, todayIso, type CreateDistributionInput } from '@insikt/core';
import { post } from '../../lib/api';
import { choices, FormCheckboxes, FormDate, FormNumber, FormRadio, FormSelect } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { Survey } from '../../lib/types';
import { surveyPaths } from './survey-paths';
import { useInterventions } from './use-interventions';

/** A new distribution: who answers, for which insatser (one link each), when, how many asked, codes or not. */
export function DistributionForm({ associationId, survey }: { associationId: string; survey: Survey }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const interventions = useInterventions(associationId);
  const bound = useBoundForm<CreateDistributionInput>({
    form: 'new-distribution',
    defaultValues: {
      respondentGroup: 'participants',
      interventionIds: survey.interventionIds.length === 1 ? [...survey.interventionIds] : [],
      opensOn: todayIso(),
      closesOn: '',
      invitedCount: null,
      usesCodes: false,
    },
    schema: createDistributionInput,
    onSubmit: async (body) => {
      await post(surveyPaths(associationId).distributions(survey.id), body);
      await client.invalidateQueries({ queryKey: ['surveys', associationId] });
      bound.methods.reset();
    },
  });
  // A survey for some insatser is sent to those; a förbund-wide survey to any of the förbund's.
  const candidates =
    survey.interventionIds.length > 0
      ? survey.interventionIds.map((id) => ({ value: id, label: interventions.nameOf(id) }))
      : (interventions.data ?? []).map((i) => ({ value: i.id, label: i.name }));
  return (
    <section className="stack" aria-labelledby="new-distribution-title">
      <Heading level={2} data-size="md" id="new-distribution-title">
        {t('surveys.newDistribution')}
      </Heading>
      <Paragraph data-size="sm">{t('surveys.newDistributionIntro')}</Paragraph>
      <BoundForm bound={bound}>
        <FormSelect<CreateDistributionInput>
          name="respondentGroup"
          label={t('surveys.respondentGroup')}
          options={choices(RESPONDENT_GROUPS, (g) => t(`surveys.groups.${g}`))}
        />
        <FormCheckboxes<CreateDistributionInput>
          name="interventionIds"
          label={t('surveys.interventions')}
          description={t(
            survey.interventionIds.length > 0
              ? 'surveys.distributionInterventionsHintScoped'
              : 'surveys.distributionInterventionsHint',
          )}
          options={candidates}
        />
        <div className="row">
          <FormDate<CreateDistributionInput> name="opensOn" label={t('surveys.opensOn')} />
          <FormDate<CreateDistributionInput> name="closesOn" label={t('surveys.closesOn')} />
        </div>
        <FormNumber<CreateDistributionInput>
          name="invitedCount"
          label={t('surveys.invitedCount')}
          description={t('surveys.invitedCountHint')}
        />
        <FormRadio<CreateDistributionInput, boolean>
          name="usesCodes"
          label={t('surveys.usesCodes')}
          description={t('surveys.usesCodesHint')}
          options={[
            { value: false, code: 'no', label: t('surveys.linkOnly') },
            { value: true, code: 'yes', label: t('surveys.withCodes') },
          ]}
        />
        <SubmitButton>{t('surveys.createDistribution')}</SubmitButton>
      </BoundForm>
    </section>
  );
}
