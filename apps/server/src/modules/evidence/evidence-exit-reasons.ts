import {
  emptyTally,
  EXIT_REASON_COLUMNS_SV,
  exitReasonRowsSv,
  exitReasonTable,
  exitReasonTallyKey,
  type BeforeAfterTally,
  type EvidenceTable,
  type ExitReason,
  type Gender,
} from '@insikt/core';
import { planReport, reportScope } from '../reports/report-plan';
import { assertGrouping, reportProtection } from '../reports/report-protection';
import {
  evidenceTable,
  groupingOf,
  groupsOf,
  protectedDefinition,
  scopeLabelOf,
  yearPeriod,
  type EvidenceContext,
} from './evidence-context';
import { exitReasonTallies, type ExitReasonTallyRow } from './evidence.repository';

/** The rows folded into one entry per group with its per-gender tallies (`n` = every exited). */
function fold(rows: readonly ExitReasonTallyRow[]) {
  const groups = new Map<
    string,
    { label: string; associationIds: string[]; tallies: Record<Gender, BeforeAfterTally> }
  >();
  for (const row of rows) {
    const group = groups.get(row.key) ?? {
      label: row.label,
      associationIds: row.associationIds,
      tallies: { kvinna: emptyTally(), man: emptyTally() },
    };
    const tally = group.tallies[row.gender];
    tally.n += row.count;
    tally.nKey = (tally.nKey ?? 0) + row.keySum;
    if (row.reason !== null) {
      const key = exitReasonTallyKey(row.reason as ExitReason);
      tally.counts[key] = row.count;
      (tally.keys ??= {})[key] = row.keySum;
    }
    groups.set(row.key, group);
  }
  return [...groups.entries()].map(([key, group]) => ({ key, ...group }));
}

export const exitReasonsTitle = (year: number) => `Avslutsorsaker ${year} (bortfallsanalys)`;

/**
 * Why participations ended in the year (bortfallsanalys, tolvfältaren field 3): the exited of the
 * outcome report per reason, always protected (the publication flag), in the report's scope.
 */
export async function exitReasonEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const period = yearPeriod(ctx.year);
  const groupBy = groupingOf(ctx);
  assertGrouping(ctx.actor, groupBy);
  const protection = reportProtection(ctx.actor, { ...period, suppress: true })!;
  const plan = await planReport(ctx.ex, ctx.actor, groupBy);
  const rows = await exitReasonTallies(ctx.ex, groupBy, period.from, period.to, {
    ...reportScope(ctx.actor),
    recordKeySeed: ctx.disclosure.recordKeySeed,
  });
  const groups = groupsOf(ctx, fold(rows)).map((g) => ({
    ...g,
    label: plan.describe(groupBy, g.key, g.label, g.associationIds).label,
  }));
  const several = groups.length > 1;
  const header = ['Avslutsorsak', ...EXIT_REASON_COLUMNS_SV];
  const body = groups.flatMap((g) =>
    exitReasonRowsSv(exitReasonTable(g.tallies, protection.threshold), protection.threshold).map((r) => [
      several ? `${g.label}: ${r.label}` : r.label,
      ...r.values,
    ]),
  );
  return evidenceTable(
    ctx,
    {
      source: 'exit_reasons',
      title: exitReasonsTitle(ctx.year),
      definition: protectedDefinition(
        'Deltagare som avslutades under året, utom felregistreringar, efter registrerad avslutsorsak; andelar av de avslutade. Avslut utan angiven orsak räknas bland de avslutade men under ingen orsak.',
      ),
      period,
      scopeLabel: scopeLabelOf(ctx, groups),
      protected: true,
    },
    [header, ...body],
  );
}
