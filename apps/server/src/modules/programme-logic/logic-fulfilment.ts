import {
  can,
  indicatorFulfilment,
  logicIndicators,
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_INDICATORS,
  type FulfilmentStatus,
  type GoalComparison,
  type LogicIndicator,
  type OutcomeIndicatorId,
  type ProgrammeLogicContent,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';
import { listCatalogue } from '../interventions/interventions.repository';
import { boardGoals, boardOutcomeCells, type BoardGoals } from './board-figures';

/** Fulfilment is shown for the logic's year and the two before it: the trend the board follows. */
export const FULFILMENT_YEARS = 3;

export interface IndicatorResult {
  year: number;
  actual: number | null;
  status: FulfilmentStatus;
  /** Where a reported value comes from; the outcome report and insats goals need no note. */
  source: string | null;
}

export interface IndicatorView {
  id: string;
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

const outcomeLabel = (id: OutcomeIndicatorId) => OUTCOME_INDICATORS.find((i) => i.id === id)!.label;

/**
 * Every linked indicator of a logic with its measured value and fulfilment per year: the outcome
 * report's figures and insats goals as the board sees them (protected), reported values as entered.
 * The verdict is core's `indicatorFulfilment`.
 */
export async function logicFulfilment(
  ex: Executor,
  actor: Actor,
  associationId: string,
  content: ProgrammeLogicContent,
  year: number,
  disclosure: Disclosure,
): Promise<{ years: number[]; indicators: IndicatorView[] }> {
  const years = Array.from({ length: FULFILMENT_YEARS }, (_, i) => year - FULFILMENT_YEARS + 1 + i);
  const linked = logicIndicators(content);
  const cells = linked.some((l) => l.indicator.kind === 'outcome')
    ? await boardOutcomeCells(ex, actor, associationId, years, disclosure)
    : new Map();
  const goalIds = [...new Set(linked.flatMap(({ indicator: i }) => (i.kind === 'goal' ? [i.interventionId] : [])))];
  const names = new Map((goalIds.length ? await listCatalogue(ex, associationId) : []).map((i) => [i.id, i.name]));
  // An insats's goals are the förbund's own (the national reader is not shown them, decision 0016), even
  // when a fastställd logic links to them: such a reader gets the row without the goal's text or figures.
  const goalsShown = can(actor.roles, 'intervention.read', associationId);
  const goals = new Map<string, BoardGoals | null>();
  for (const id of goalIds)
    goals.set(
      id,
      goalsShown && names.has(id) ? await boardGoals(ex, actor, associationId, id, disclosure, names.get(id)!) : null,
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
      case 'outcome':
        return {
          ...base,
          label: `${outcomeLabel(indicator.indicatorId)}, ${OUTCOME_COLUMN_LABELS_SV[indicator.column].toLowerCase()}, hela förbundet`,
          valueIndicatorId: indicator.indicatorId,
          comparison: indicator.comparison,
          target: indicator.target,
          targetMax: indicator.targetMax ?? null,
          results: results(indicator, (y) => ({
            actual: cells.get(y)?.[indicator.indicatorId][indicator.column] ?? null,
            source: null,
          })),
        };
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
          valueIndicatorId: goal?.indicatorId ?? null,
          comparison: goal?.comparison ?? 'at_least',
          target: goal?.target ?? null,
          targetMax: goal?.targetMax ?? null,
          results: results(goal ?? null, (y) => ({
            actual: goal?.results.find((r) => r.year === y)?.actual ?? null,
            source: null,
          })),
        };
      }
    }
  };
  return { years, indicators: linked.map(({ row, indicator }) => view(row.id, indicator)) };
}
