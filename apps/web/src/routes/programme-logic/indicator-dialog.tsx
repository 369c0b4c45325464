import { useEffect, useRef } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  GOAL_COMPARISONS,
  indicatorKind,
  LOGIC_INDICATOR_KINDS,
  logicIndicatorSchema,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  type LogicIndicator,
  type OutcomeIndicatorId,
} from '@insikt/core';
import { get } from '../../lib/api';
import { choices, FormNumber, FormRadio, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { Intervention } from '../../lib/types';
import { SurveyIndicatorFields } from '../surveys/survey-indicator-fields';

interface Draft {
  kind: LogicIndicator['kind'];
  /** Whose outcome figures: null for the whole förbund, else an insats's id. */
  scope: string | null;
  indicatorId: string;
  column: string;
  comparison: string;
  target: number | null;
  targetMax: number | null;
  interventionId: string;
  goalIndex: string;
  label: string;
  valueYear: number | null;
  value: number | null;
  source: string;
  surveyId: string;
  questionId: string;
  measure: string;
}

/** The draft as the indicator core's schema checks (the server checks the same again on saving). */
function toIndicator(d: Draft): unknown {
  const target = {
    comparison: d.comparison,
    target: d.target,
    targetMax: d.comparison === 'between' ? d.targetMax : null,
  };
  const id = crypto.randomUUID();
  if (d.kind === 'outcome') {
    const scope = d.scope ? { interventionId: d.scope } : {};
    return { id, kind: 'outcome', indicatorId: d.indicatorId, column: d.column, ...scope, ...target };
  }
  if (d.kind === 'goal')
    return {
      id,
      kind: 'goal',
      interventionId: d.interventionId,
      goalIndex: d.goalIndex === '' ? -1 : Number(d.goalIndex),
    };
  if (d.kind === 'survey') {
    const scope = d.scope ? { interventionId: d.scope } : {};
    return {
      id,
      kind: 'survey',
      surveyId: d.surveyId,
      questionId: d.questionId,
      measure: d.measure,
      ...scope,
      ...target,
    };
  }
  if (d.kind === 'deviations')
    return { id, kind: 'deviations', ...(d.scope ? { interventionId: d.scope } : {}), ...target };
  const values = d.value === null ? [] : [{ year: d.valueYear, value: d.value, source: d.source }];
  return { id, kind: 'manual', label: d.label, ...target, values };
}

/**
 * The dialog that links an indicator to a delmål or an effect: an outcome report indicator, an
 * insats's own goal, or a value reported by hand with its source. Given `interventionIds` (a theory
 * of change's insatser), the goals are those insatser's and the outcome figures may be one of theirs;
 * otherwise every insats's goals are offered and the outcome figures are the whole förbund's.
 */
export function IndicatorDialog({
  associationId,
  year,
  open,
  onClose,
  onAdd,
  heading,
  interventionIds,
}: {
  associationId: string;
  year: number;
  open: boolean;
  onClose: () => void;
  onAdd: (indicator: LogicIndicator) => void;
  heading?: string;
  interventionIds?: readonly string[];
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) ref.current?.showModal();
    else ref.current?.close();
  }, [open]);
  const interventions = useQuery({
    queryKey: ['interventions', associationId],
    queryFn: () => get<Intervention[]>(`/associations/${associationId}/interventions`),
    enabled: open,
  });
  const bound = useBoundForm<Draft, LogicIndicator>({
    form: 'indicator',
    defaultValues: {
      kind: 'outcome',
      scope: null,
      indicatorId: 'andel_forvarvsarbete',
      column: 'total',
      comparison: 'at_least',
      target: null,
      targetMax: null,
      interventionId: '',
      goalIndex: '',
      label: '',
      valueYear: year,
      value: null,
      source: '',
      surveyId: '',
      questionId: '',
      measure: 'positive_share',
    },
    toBody: (d) => toIndicator(d) as LogicIndicator,
    schema: logicIndicatorSchema,
    onSubmit: async (indicator) => {
      onAdd(indicator);
      bound.methods.reset();
      onClose();
    },
  });
  const [kind, indicatorId, comparison, interventionId, measure] = useWatch({
    control: bound.methods.control,
    name: ['kind', 'indicatorId', 'comparison', 'interventionId', 'measure'],
  });
  const percent =
    (kind === 'outcome' && indicatorKind(indicatorId as OutcomeIndicatorId) === 'share') ||
    (kind === 'survey' && measure === 'positive_share');
  const offered = (interventions.data ?? []).filter((i) => !interventionIds || interventionIds.includes(i.id));
  const goals = offered.find((i) => i.id === interventionId)?.goals ?? [];
  const d = (key: string) => t(`programmeLogic.dialog.${key}`);
  return (
    <Dialog ref={ref} onClose={onClose} closeButton={d('cancel')} aria-labelledby="indicator-dialog-heading">
      <Heading level={2} data-size="sm" id="indicator-dialog-heading">
        {heading ?? d('heading')}
      </Heading>
      <BoundForm bound={bound}>
        <FormRadio<Draft, Draft['kind']>
          name="kind"
          label={d('kind')}
          options={LOGIC_INDICATOR_KINDS.map((k) => ({
            value: k,
            code: k,
            label: k === 'outcome' && interventionIds ? d('outcomeScoped') : t(`programmeLogic.dialog.kinds.${k}`),
          }))}
        />
        {kind === 'outcome' && (
          <>
            {interventionIds && (
              <FormSelect<Draft>
                name="scope"
                label={d('scope')}
                empty={d('wholeAssociation')}
                options={offered.map((i) => ({ value: i.id, label: i.name }))}
              />
            )}
            <FormSelect<Draft>
              name="indicatorId"
              label={d('indicator')}
              options={OUTCOME_INDICATORS.map((o) => ({ value: o.id, label: o.label }))}
            />
            <FormSelect<Draft>
              name="column"
              label={d('column')}
              options={choices(OUTCOME_COLUMNS, (c) => t(`programmeLogic.dialog.columns.${c}`))}
            />
          </>
        )}
        {kind === 'goal' && (
          <>
            <FormSelect<Draft>
              name="interventionId"
              label={d('intervention')}
              placeholder="–"
              options={offered.map((i) => ({ value: i.id, label: i.name }))}
            />
            {interventionId && goals.length === 0 && <Paragraph data-size="sm">{d('noGoals')}</Paragraph>}
            {goals.length > 0 && (
              <FormSelect<Draft>
                name="goalIndex"
                label={d('goal')}
                placeholder="–"
                options={goals.map((g, i) => ({ value: String(i), label: g.description }))}
              />
            )}
          </>
        )}
        {kind === 'manual' && <FormText<Draft> name="label" label={d('label')} />}
        {kind === 'survey' && <SurveyIndicatorFields associationId={associationId} />}
        {kind === 'deviations' && (
          <FormSelect<Draft>
            name="scope"
            label={d('scope')}
            description={d('deviationsHelp')}
            empty={d('wholeAssociation')}
            options={offered.map((i) => ({ value: i.id, label: i.name }))}
          />
        )}
        {kind !== 'goal' && (
          <>
            <FormSelect<Draft>
              name="comparison"
              label={d('comparison')}
              options={choices(GOAL_COMPARISONS, (c) => t(`programmeLogic.dialog.comparisonNames.${c}`))}
            />
            <FormNumber<Draft> name="target" label={percent ? d('targetPercent') : d('target')} percent={percent} />
            {comparison === 'between' && (
              <FormNumber<Draft> name="targetMax" label={d('targetMax')} percent={percent} />
            )}
          </>
        )}
        {kind === 'manual' && (
          <>
            <FormNumber<Draft> name="valueYear" label={d('valueYear')} />
            <FormNumber<Draft> name="value" label={d('value')} />
            <FormText<Draft> name="source" label={d('source')} description={d('sourceHelp')} />
          </>
        )}
        <div className="row">
          <SubmitButton>{d('add')}</SubmitButton>
          <Button type="button" variant="secondary" onClick={onClose}>
            {d('cancel')}
          </Button>
        </div>
      </BoundForm>
    </Dialog>
  );
}
