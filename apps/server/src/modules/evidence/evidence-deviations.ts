import { DEVIATION_TYPE_SV, type EvidenceTable } from '@insikt/core';
import { DEVIATION_NOTE, DIMENSIONS, statusNote, summaryRows } from '../deviations/deviation-files';
import { deviationStatistics } from '../deviations/deviation-statistics';
import { evidenceTable, yearPeriod, type EvidenceContext } from './evidence-context';

const DEFINITION =
  'Avvikelseärenden (Lex Heller) mottagna under året: för dokumentets insatser de ärenden som gäller dem, för förbundet alla, också forum utan insats. Alla steg i flödet räknas. Indikatorn "antal avvikelser från överenskommelsen mellan parterna" (seed 000) är ärenden av typen frånvaro från eller brott mot överenskommelsen.';

/**
 * The year's deviation statistics (issue 15 §4, decision 0050) for the document's insatser or the
 * förbund, frozen into the evidence: the same computation and scope as the board's statistics (the
 * actor's reach of `deviation.statistics`), exact counts (decision 0045), nothing about a reporter.
 */
export async function deviationEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const s = await deviationStatistics(
    ctx.ex,
    ctx.actor,
    ctx.associationId,
    { fromYear: ctx.year, toYear: ctx.year },
    true,
    ctx.interventionIds.length ? ctx.interventionIds : undefined,
  );
  const dimensions = DIMENSIONS.filter(([key]) => key !== 'byMonth').flatMap(([key, title]) =>
    s[key].map((c) => [`${title}: ${c.label}`, `${c.count}`]),
  );
  const agreement = s.agreementIndicator.reduce((sum, a) => sum + a.count, 0);
  return evidenceTable(
    ctx,
    {
      source: 'deviations',
      title: `Avvikelser ${ctx.year}`,
      definition: `${DEFINITION} ${statusNote()} ${DEVIATION_NOTE}`,
      period: yearPeriod(ctx.year),
      scopeLabel: ctx.fallbackScopeLabel,
      protected: false,
    },
    [
      ['Mått', 'Värde'],
      ...summaryRows(s),
      ['Antal avvikelser från överenskommelsen mellan parterna', `${agreement}`],
      ...dimensions,
      ...s.recurring.map((r) => [
        `Återkommande inom 12 månader: ${r.partyLabel}, ${DEVIATION_TYPE_SV[r.type].toLowerCase()}`,
        `${r.recurrences} av ${r.cases}`,
      ]),
    ],
  );
}
