import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { createSurveyInput, type CreateSurveyInput } from '@insikt/core';
import { post } from '../../lib/api';
import { FormCheckboxes, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { Survey, SurveyTemplateList } from '../../lib/types';
import { surveyPaths } from './survey-paths';
import { useInterventions } from './use-interventions';
import { useLocalized } from './use-localized';

interface Draft {
  name: string;
  /** "builtIn:<key>" or "own:<id>": one select for both kinds of template. */
  template: string;
  interventionIds: string[];
}

/** "Ny enkät": a survey frozen from a built-in or an own template, for some insatser or the whole förbund. */
export function NewSurveyForm({ associationId, templates }: { associationId: string; templates: SurveyTemplateList }) {
  const { t } = useTranslation();
  const paths = surveyPaths(associationId);
  const navigate = useNavigate();
  const interventions = useInterventions(associationId);
  const localized = useLocalized();
  const bound = useBoundForm<Draft, CreateSurveyInput>({
    form: 'new-survey',
    defaultValues: { name: '', template: '', interventionIds: [] },
    schema: createSurveyInput,
    toBody: ({ name, template, interventionIds }) => {
      const [kind, ref] = [template.slice(0, template.indexOf(':')), template.slice(template.indexOf(':') + 1)];
      return {
        name,
        interventionIds,
        ...(kind === 'builtIn' ? { fromBuiltIn: ref } : kind === 'own' ? { fromTemplateId: ref } : {}),
      };
    },
    onSubmit: async (body) => {
      const created = await post<Survey>(paths.api, body);
      await navigate({ to: paths.page(created.id) as never });
    },
  });
  const options = [
    ...templates.builtIn.map((b) => ({
      value: `builtIn:${b.key}`,
      label: t('surveys.builtInOption', { name: localized(b.name) }),
    })),
    ...templates.own.map((o) => ({ value: `own:${o.id}`, label: t('surveys.ownOption', { name: o.name }) })),
  ];
  return (
    <section className="stack" aria-labelledby="new-survey-title">
      <Heading level={2} data-size="md" id="new-survey-title">
        {t('surveys.newTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('surveys.newIntro')}</Paragraph>
      <BoundForm bound={bound}>
        <FormText<Draft> name="name" label={t('surveys.name')} />
        <FormSelect<Draft>
          name="template"
          label={t('surveys.template')}
          options={options}
          placeholder={t('surveys.chooseTemplate')}
        />
        <FormCheckboxes<Draft>
          name="interventionIds"
          label={t('surveys.interventions')}
          description={t('surveys.interventionsHint')}
          options={(interventions.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
        />
        <SubmitButton>{t('surveys.create')}</SubmitButton>
      </BoundForm>
    </section>
  );
}
