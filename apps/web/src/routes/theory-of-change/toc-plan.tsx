import { Button, Fieldset, Heading, Table } from '@digdir/designsystemet-react';
import {
  PLAN_PHASES,
  planTimeline,
  SEED_001_QUESTIONS,
  todayIso,
  type EvaluationPlan,
  type TimelineStep,
} from '@insikt/core';
import { useFieldArray, useFormContext, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDate } from '../../lib/fields';
import { useFormFrame } from '../../lib/form';
import { ItemList } from './item-list';
import type { TocDraft } from './toc-draft';

/**
 * The evaluation plan: questions, cycles × phases with dates, delrapport and lärandeworkshop (seed 001
 * l.285–289). Only the last cycle can be removed, so the mechanisms' assessments keep their cycle.
 */
export function TocPlan() {
  const { t } = useTranslation();
  const { readOnly } = useFormFrame();
  const { getValues, setValue } = useFormContext<TocDraft>();
  const { fields, append, remove } = useFieldArray<TocDraft, 'content.plan.cycles'>({ name: 'content.plan.cycles' });
  const addSeedQuestions = () =>
    setValue('content.plan.questions', [
      ...getValues('content.plan.questions'),
      ...SEED_001_QUESTIONS.map((text) => ({ text })),
    ]);
  return (
    <div className="stack">
      <ItemList name="content.plan.questions" legend={t('theoryOfChange.questions')} />
      {!readOnly && (
        <div>
          <Button type="button" variant="tertiary" onClick={addSeedQuestions}>
            {t('theoryOfChange.addSeedQuestions')}
          </Button>
        </div>
      )}
      <Heading level={3} data-size="xs">
        {t('theoryOfChange.timeline')}
      </Heading>
      <Timeline />
      {/* Read-only, the timeline above already shows every date. */}
      {!readOnly &&
        fields.map((field, c) => (
          <Fieldset key={field.id}>
            <Fieldset.Legend>{t('theoryOfChange.cycleN', { n: c + 1 })}</Fieldset.Legend>
            {PLAN_PHASES.map((phase, j) => (
              <div key={phase} className="row">
                {(['from', 'to'] as const).map((end) => (
                  <FormDate<TocDraft>
                    key={end}
                    nullable
                    name={`content.plan.cycles.${c}.phases.${j}.${end}` as Path<TocDraft>}
                    label={t(`theoryOfChange.phaseDate.${end}`, {
                      phase: t(`theoryOfChange.phases.${phase}`),
                      n: c + 1,
                    })}
                  />
                ))}
              </div>
            ))}
            <div className="row">
              <FormDate<TocDraft>
                nullable
                name={`content.plan.cycles.${c}.interimReport` as Path<TocDraft>}
                label={t('theoryOfChange.interimReportN', { n: c + 1 })}
              />
              <FormDate<TocDraft>
                nullable
                name={`content.plan.cycles.${c}.workshop` as Path<TocDraft>}
                label={t('theoryOfChange.workshopN', { n: c + 1 })}
              />
            </div>
            {!readOnly && fields.length > 1 && c === fields.length - 1 && (
              <div>
                <Button type="button" variant="tertiary" data-color="danger" onClick={() => remove(c)}>
                  {t('theoryOfChange.removeCycle', { n: c + 1 })}
                </Button>
              </div>
            )}
          </Fieldset>
        ))}
      {!readOnly && (
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              append({
                phases: PLAN_PHASES.map((phase) => ({ phase, from: null, to: null })),
                interimReport: null,
                workshop: null,
              })
            }
          >
            {t('theoryOfChange.addCycle')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The plan as a timeline by today's date: what is done, what runs, what comes next. */
function Timeline() {
  const { t } = useTranslation();
  const plan = useWatch<TocDraft, 'content.plan'>({ name: 'content.plan' }) as EvaluationPlan;
  const today = todayIso();
  const label = (s: TimelineStep) =>
    s.kind === 'phase' ? t(`theoryOfChange.phases.${s.phase!}`) : t(`theoryOfChange.milestones.${s.kind}`);
  return (
    <div className="table-wrap">
      <Table data-size="sm">
        <caption>{t('theoryOfChange.timelineCaption', { today })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('theoryOfChange.cycle')}</Table.HeaderCell>
            <Table.HeaderCell>{t('theoryOfChange.step')}</Table.HeaderCell>
            <Table.HeaderCell>{t('theoryOfChange.from')}</Table.HeaderCell>
            <Table.HeaderCell>{t('theoryOfChange.to')}</Table.HeaderCell>
            <Table.HeaderCell>{t('theoryOfChange.state')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {planTimeline(plan, today).map((s, i) => (
            <Table.Row key={i}>
              <Table.Cell>{s.cycle}</Table.Cell>
              <Table.Cell>{label(s)}</Table.Cell>
              <Table.Cell className="nowrap">{s.from ?? '–'}</Table.Cell>
              <Table.Cell className="nowrap">{s.kind === 'phase' ? (s.to ?? '–') : ''}</Table.Cell>
              <Table.Cell>
                {s.status === 'current' || s.status === 'next' ? (
                  <strong>{t(`theoryOfChange.timelineStatus.${s.status}`)}</strong>
                ) : (
                  t(`theoryOfChange.timelineStatus.${s.status}`)
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
