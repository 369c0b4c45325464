import { useTranslation } from 'react-i18next';
import { JUDGEMENTS, type EffectivenessContent, type Judgement } from '@insikt/core';
import { post, put } from '../../lib/api';
import { FormNumber, FormRadio, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { EffectivenessAssessment } from '../../lib/types';

type Draft = EffectivenessContent & { year: number | null };
const EMPTY: Draft = {
  year: new Date().getFullYear(),
  inner: 'partly',
  innerReasoning: '',
  outer: 'partly',
  outerReasoning: '',
  // Seed 002: the position to strive for is the upper left box, the effective organisation.
  targetInner: 'yes',
  targetOuter: 'yes',
};

/**
 * The two judgements with their reasoning and the target position: a new year's assessment
 * (`assessment` absent) or a draft being edited. Reading one is AssessmentView's.
 */
export function AssessmentForm({
  associationId,
  assessment,
  onSaved,
}: {
  associationId: string;
  assessment?: EffectivenessAssessment;
  onSaved: (saved: EffectivenessAssessment) => void;
}) {
  const { t } = useTranslation();
  const base = `/associations/${associationId}/effectiveness`;
  const bound = useBoundForm<Draft, { year: number | null; content: EffectivenessContent; version?: number }>({
    form: assessment ? `assessment-${assessment.id}` : 'assessment-new',
    defaultValues: assessment ? { ...assessment.content, year: assessment.year } : EMPTY,
    toBody: ({ year, ...content }) => ({ year, content, version: assessment?.version }),
    onSubmit: async (body) =>
      onSaved(
        assessment
          ? await put<EffectivenessAssessment>(`${base}/${assessment.id}`, {
              content: body.content,
              version: body.version,
            })
          : await post<EffectivenessAssessment>(base, { year: body.year, content: body.content }),
      ),
  });
  const options = JUDGEMENTS.map((j) => ({ value: j, code: j, label: t(`effectiveness.judgements.${j}`) }));
  const judgement = (name: keyof EffectivenessContent, label: string) => (
    <FormRadio<Draft, Judgement> name={name} label={label} options={options} />
  );
  return (
    <BoundForm bound={bound}>
      {!assessment && <FormNumber<Draft> name="year" label={t('effectiveness.year')} />}
      {judgement('inner', t('effectiveness.inner'))}
      <FormText<Draft> name="innerReasoning" multiline label={t('effectiveness.innerReasoning')} />
      {judgement('outer', t('effectiveness.outer'))}
      <FormText<Draft> name="outerReasoning" multiline label={t('effectiveness.outerReasoning')} />
      <div className="row">
        {judgement('targetInner', t('effectiveness.targetInner'))}
        {judgement('targetOuter', t('effectiveness.targetOuter'))}
      </div>
      <SubmitButton>{assessment ? t('effectiveness.save') : t('effectiveness.create')}</SubmitButton>
    </BoundForm>
  );
}
