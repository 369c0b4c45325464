import {
  can,
  goalValueIndicator,
  indicatorFulfilment,
  indicatorInterventionId,
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_INDICATORS,
  type FulfilmentStatus,
  type GoalComparison,
  type LogicIndicator,
  type OutcomeCells,
  type OutcomeIndicatorId,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';
import { listCatalogue } from '../interventions/interventions.repository';
import { agreementDeviationsPerYear, readsDeviationCounts } from '../deviations/deviation-counts';
import { surveyIndicatorValues, type SurveyIndicatorValues } from '../surveys/survey-indicator';
import { boardGoals, boardOutcomeCells, type BoardGoals } from './board-figures';

/** Fulfilment is shown for a document's year and the two before it: the trend the board follows. */
export const FULFILMENT_YEARS = 3;

/** The years whose fulfilment is shown for a document of `year`. */
export const fulfilmentYears = (year: number) =>
  Array.from({ length: FULFILMENT_YEARS }, (_, i) => year - FULFILMENT_YEARS + 1 + i);

export interface IndicatorResult {
  year: number;
  actual: number | null;
  status: FulfilmentStatus;
  /** Where a reported value comes from; the outcome report and insats goals need no note. */
  source: string | null;
}

export interface IndicatorView {
  id: string;
  /** What the indicator measures in its document: a delmål's row id, or an effect's place in a theory of change. */
  rowId: string;
  kind: LogicIndicator['kind'];
  /** What is measured, in Swedish (the outcome report's own labels, the insats's name and goal). */
  label: string;
  /** The outcome indicator whose unit the values have (a share as "34 %"), null for a plain number. */
  valueIndicatorId: OutcomeIndicatorId | null;
  comparison: GoalComparison;
  target: number | null;
  targetMax: number | null;
  results: IndicatorResult[];
}

/** An indicator as a document links it: to a delmål's row, or to an effect. */
export interface LinkedIndicator {
  rowId: string;
  indicator: LogicIndicator;
}

const outcomeLabel = (id: OutcomeIndicatorId) => OUTCOME_INDICATORS.find((i) => i.id === id)!.label;
const FORBUND = '';

/**
 * Every linked indicator with its measured value and fulfilment per year: the outcome report's
 * figures (the whole förbund's or one insats's) and insats goals as the board sees them (protected),
 * reported values as entered. The verdict is core's `indicatorFulfilment`. Shared by the programme
 * logic and the theory of change, so the same indicator gets the same verdict in both.
 */
export async function indicatorFulfilments(
  ex: Executor,
  actor: Actor,
  associationId: string,
  linked: readonly LinkedIndicator[],
  years: readonly number[],
  disclosure: Disclosure,
): Promise<IndicatorView[]> {
  const cellsFor = new Map<string, Map<number, OutcomeCells | null>>();
  for (const { indicator: i } of linked)
    if (i.kind === 'outcome' && !cellsFor.has(i.interventionId ?? FORBUND))
      cellsFor.set(
        i.interventionId ?? FORBUND,
        await boardOutcomeCells(ex, actor, associationId, years, disclosure, i.interventionId ?? null),
      );
  const insatsIds = [...new Set(linked.flatMap(({ indicator }) => indicatorInterventionId(indicator) ?? []))];
  const names = new Map((insatsIds.length ? await listCatalogue(ex, associationId) : []).map((i) => [i.id, i.name]));
  // An insats's goals are the förbund's own (the national reader is not shown them, decision 0016), even
  // when a fastställd document links to them: such a reader gets the row without the goal's text or figures.
  const goalsShown = can(actor.roles, 'intervention.read', associationId);
  const goals = new Map<string, BoardGoals | null>();
  for (const { indicator: i } of linked)
    if (i.kind === 'goal' && !goals.has(i.interventionId))
      goals.set(
        i.interventionId,
        goalsShown && names.has(i.interventionId)
          ? await boardGoals(ex, actor, associationId, i.interventionId, disclosure, names.get(i.interventionId)!)
          : null,
      );
  const surveyValues = new Map<string, SurveyIndicatorValues>();
  for (const { indicator: i } of linked)
    if (i.kind === 'survey') surveyValues.set(i.id, await surveyIndicatorValues(ex, actor, associationId, i, years));
  // The counts as the deviation statistics show them to this reader (issue 15 §6, decision 0048): an
  // utvärderare or insatsansvarig those of assigned insatser only (not the förbund's total, which counts
  // the others), a role without the statistics none. Null: not shown, with the reason as the label.
  const deviationCounts = new Map<string, Map<number, number> | null>();
  for (const { indicator: i } of linked)
    if (i.kind === 'deviations')
      deviationCounts.set(
        i.id,
        readsDeviationCounts(actor, associationId, i.interventionId ?? null)
          ? await agreementDeviationsPerYear(ex, associationId, i.interventionId ?? null, years)
          : null,
      );

  const view = (rowId: string, indicator: LogicIndicator): IndicatorView => {
    const base = { id: indicator.id, rowId, kind: indicator.kind };
    const results = (
      target: { comparison: GoalComparison; target: number; targetMax?: number | null } | null,
      value: (y: number) => { actual: number | null; source: string | null },
    ) =>
      years.map((y) => {
        const { actual, source } = value(y);
        return { year: y, actual, source, status: target ? indicatorFulfilment(target, actual) : ('no_data' as const) };
      });
    switch (indicator.kind) {
      case 'outcome': {
        const scope = indicator.interventionId
          ? (names.get(indicator.interventionId) ?? 'insats som inte längre finns')
          : 'hela förbundet';
        const cells = cellsFor.get(indicator.interventionId ?? FORBUND)!;
        return {
          ...base,
          label: `${outcomeLabel(indicator.indicatorId)}, ${OUTCOME_COLUMN_LABELS_SV[indicator.column].toLowerCase()}, ${scope}`,
          valueIndicatorId: indicator.indicatorId,
          comparison: indicator.comparison,
          target: indicator.target,
          targetMax: indicator.targetMax ?? null,
          results: results(indicator, (y) => ({
            actual: cells.get(y)?.[indicator.indicatorId][indicator.column] ?? null,
            source: null,
          })),
        };
      }
      case 'manual':
        return {
          ...base,
          label: indicator.label,
          valueIndicatorId: null,
          comparison: indicator.comparison,
          target: indicator.target,
          targetMax: indicator.targetMax ?? null,
          results: results(indicator, (y) => {
            const entry = indicator.values.find((v) => v.year === y);
            return { actual: entry?.value ?? null, source: entry?.source ?? null };
          }),
        };
      case 'survey': {
        const measured = surveyValues.get(indicator.id)!;
        return {
          ...base,
          label: measured.label,
          // A positive share is a share: shown in the unit of the outcome report's shares ("82 %").
          valueIndicatorId: indicator.measure === 'positive_share' ? 'fordelning' : null,
          comparison: indicator.comparison,
          target: indicator.target,
          targetMax: indicator.targetMax ?? null,
          results: results(indicator, (y) => ({ actual: measured.values.get(y) ?? null, source: null })),
        };
      }
      case 'deviations': {
        const counts = deviationCounts.get(indicator.id) ?? null;
        const scope = indicator.interventionId
          ? (names.get(indicator.interventionId) ?? 'insats som inte längre finns')
          : 'hela förbundet';
        const hidden = counts ? '' : ' (visas bara för roller som får läsa avvikelsestatistiken för den)';
        return {
          ...base,
          label: `Antal avvikelser från överenskommelsen mellan parterna, ${scope}${hidden}`,
          valueIndicatorId: null,
          comparison: indicator.comparison,
          target: indicator.target,
          targetMax: indicator.targetMax ?? null,
          results: results(indicator, (y) => ({ actual: counts?.get(y) ?? null, source: null })),
        };
      }
      case 'goal': {
        const insats = goals.get(indicator.interventionId);
        const goal = insats?.goals[indicator.goalIndex];
        return {
          ...base,
          label: goal
            ? `${insats!.name}: ${goal.description}`
            : goalsShown
              ? 'Insatsens mål finns inte längre'
              : 'Insatsens mål visas bara för förbundets egna roller',
          valueIndicatorId: goal ? goalValueIndicator(goal) : null,
          comparison: goal?.comparison ?? 'at_least',
          target: goal?.target ?? null,
          targetMax: goal?.targetMax ?? null,
          // A goal followed up by hand may lack a target: its value is shown, its fulfilment is "no data".
          results: results(goal?.target != null ? { ...goal, target: goal.target } : null, (y) => ({
            actual: goal?.results.find((r) => r.year === y)?.actual ?? null,
            source: null,
          })),
        };
      }
    }
  };
  return linked.map(({ rowId, indicator }) => view(rowId, indicator));
}
