import {
  formatIndicatorValue,
  formatOutcomeValue,
  goalSource,
  goalValueIndicator,
  interventionScope,
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_INDICATORS,
  type EvidenceTable,
  type StoredGoal,
  type OutcomeColumn,
  type OutcomeIndicatorId,
  targetTextSv,
} from '@insikt/core';
import { listInterventions, type InterventionRow } from '../interventions/interventions.repository';
import { goalFulfilmentOf } from '../reports/goal-fulfilment';
import { evidenceTable, yearPeriod, type EvidenceContext } from './evidence-context';

const KIND_SV: Record<InterventionRow['kind'], string> = {
  individual: 'Individinriktad',
  structural: 'Strukturövergripande',
};

/** The document's insatser (or the förbund's, within the actor's reach) that ran some time in the year. */
export async function insatserOf(ctx: EvidenceContext): Promise<InterventionRow[]> {
  const { from, to } = yearPeriod(ctx.year);
  const scope = interventionScope(ctx.actor.roles, 'intervention.read', ctx.associationId);
  const rows = await listInterventions(ctx.ex, ctx.associationId, scope);
  return rows.filter(
    (i) =>
      (ctx.interventionIds.length === 0 || ctx.interventionIds.includes(i.id)) &&
      i.startDate <= to &&
      (i.endDate === null || i.endDate >= from),
  );
}

type Goal = StoredGoal & { column: OutcomeColumn };
const goalsOf = (i: InterventionRow) => i.goals as Goal[];

export const interventionsTitle = (year: number) => `Insatser ${year}`;

/** The insatser active in the year with kind, period, target group and goals (tolvfältaren field 1). */
export async function interventionsEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const insatser = await insatserOf(ctx);
  return evidenceTable(
    ctx,
    {
      source: 'interventions',
      title: interventionsTitle(ctx.year),
      definition:
        'Insatser som pågick någon gång under året (startdatum senast årets sista dag och inget slutdatum före årets första), med typ, period, målgrupp och mål som de är registrerade i Insikt.',
      period: yearPeriod(ctx.year),
      scopeLabel: ctx.fallbackScopeLabel,
      protected: false,
    },
    [
      ['Insats', 'Typ', 'Period', 'Målgrupp', 'Mål'],
      ...insatser.map((i) => [
        i.name,
        KIND_SV[i.kind],
        `${i.startDate} – ${i.endDate ?? 'tills vidare'}`,
        i.targetGroup || '–',
        goalsOf(i)
          .map((g) => g.description)
          .join('; ') || '–',
      ]),
    ],
  );
}

/** "minst 30 %", "högst 2", "40 %–60 %", or "–" for a goal without a target, in the goal's unit. */
const targetText = (goal: Goal): string =>
  targetTextSv(goalValueIndicator(goal), { ...goal, target: goal.target ?? null });

const indicatorText = (id: OutcomeIndicatorId, column: OutcomeColumn) =>
  `${OUTCOME_INDICATORS.find((i) => i.id === id)!.label} (${OUTCOME_COLUMN_LABELS_SV[column].toLowerCase()})`;

/**
 * The goals of the insatser active in the year against the year's measured value, from the goal
 * fulfilment the insats page shows, in its protected version (issue 12 §5).
 */
export async function goalFulfilmentEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const insatser = (await insatserOf(ctx)).filter((i) => goalsOf(i).length > 0);
  const rows: string[][] = [];
  for (const insats of insatser) {
    const { goals } = await goalFulfilmentOf(ctx.ex, ctx.actor, ctx.associationId, insats.id, ctx.disclosure, {
      suppress: true,
    });
    for (const goal of goals) {
      const result = goal.results.find((r) => r.year === ctx.year);
      const label = insatser.length > 1 ? `${insats.name}: ${goal.description}` : goal.description;
      const met = result?.met == null ? 'Inga uppgifter' : result.met ? 'Ja' : 'Nej';
      if (goalSource(goal) === 'manual') {
        // As entered by the förbund, with its source (decision 0062); without a target nothing is judged.
        const measured = result?.manual
          ? `${formatIndicatorValue(goalValueIndicator(goal), result.manual.value)} (${result.manual.source})`
          : '–';
        const verdict = goal.target == null ? 'Inget målvärde' : met;
        rows.push([label, 'Registrerat värde', targetText(goal), measured, verdict]);
        continue;
      }
      if (goal.survey) {
        // No distribution for the insats that year: nothing measured ("–"); one without a shown share: "..".
        const measured = result?.survey?.distributions.length
          ? result.actual === null
            ? '..'
            : formatOutcomeValue('fordelning', result.actual)
          : '–';
        rows.push([label, `Enkät: ${goal.surveyLabel}`, targetText(goal), measured, met]);
        continue;
      }
      if (goal.deviations) {
        // Exact counts (decision 0045); a role without the statistics gets "..", as for a hidden value.
        const measured = result?.actual == null ? '..' : formatOutcomeValue('antal', result.actual);
        rows.push([label, goal.deviationLabel ?? '', targetText(goal), measured, met]);
        continue;
      }
      // No exits: nothing to measure ("–"); exits but no value: hidden by disclosure control ("..").
      const actual =
        !result || result.exits === 0
          ? '–'
          : result.actual === null
            ? '..'
            : formatOutcomeValue(goal.indicatorId!, result.actual);
      rows.push([label, indicatorText(goal.indicatorId!, goal.column), targetText(goal), actual, met]);
    }
  }
  return evidenceTable(
    ctx,
    {
      source: 'goal_fulfilment',
      title: `Måluppfyllelse ${ctx.year}`,
      definition:
        'Insatsernas mål med målvärde mot årets värde i utfallsrapporten (deltagare som avslutades under året), i en enkät (andel positiva svar bland insatsens svar i utskick som stängde under året) eller i avvikelserna (ärenden om insatsen mottagna under året, exakta antal) eller i ett värde som förbundet registrerat för hand med sin källa (visas som det registrerades), med röjandeskydd: ".." är ett värde som döljs, "–" att ingen avslutades eller att ingen enkät skickades ut.',
      period: yearPeriod(ctx.year),
      scopeLabel: ctx.fallbackScopeLabel,
      protected: true,
    },
    [['Mål', 'Nyckeltal', 'Målvärde', `Utfall ${ctx.year}`, 'Uppfyllt'], ...rows],
  );
}
