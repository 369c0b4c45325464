import type { EvidenceTable } from '@insikt/core';
import { listAnalyses } from '../socioeconomic/analyses.repository';
import type { SavedAnalysis } from '../socioeconomic/analyses';
import { isShowable } from '../socioeconomic/analysis-disclosure';
import { kronorText, paybackText } from '../socioeconomic/analysis-tables';
import type { SocioeconomicReport } from '../socioeconomic/calculate';
import { evidenceTable, yearPeriod, type EvidenceContext } from './evidence-context';

/**
 * The förbund's (or the insatser's) saved socio-economic analyses whose period touches the year,
 * with their key results. Only analyses a protected view may show are listed (a whole calendar
 * year, no group of 1–4 women or men), as a reader sees them; the totals shown do not change when
 * small groups are merged for protection.
 */
export async function socioeconomicEvidence(ctx: EvidenceContext): Promise<EvidenceTable> {
  const period = yearPeriod(ctx.year);
  const rows = await listAnalyses(ctx.ex, {
    associationId: ctx.associationId,
    interventionIds: ctx.interventionIds.length ? [...ctx.interventionIds] : 'all',
  });
  const shown = rows.filter((row) => {
    const input = row.input as SavedAnalysis['input'];
    return (
      row.periodFrom <= period.to &&
      row.periodTo >= period.from &&
      isShowable({ mode: input.mode, periodFrom: row.periodFrom, periodTo: row.periodTo, groups: input.groups })
    );
  });
  return evidenceTable(
    ctx,
    {
      source: 'socioeconomic',
      title: `Sparade nyttoberäkningar ${ctx.year}`,
      definition:
        'Sparade samhällsekonomiska analyser vars period berör året, med deltagare, kostnad per deltagare, samhällets nettonytta efter fem år per deltagare och återbetalningstid för samhället. Analyser som inte kan visas med röjandeskydd (inte ett helt kalenderår, eller färre än fem kvinnor eller män) är inte med.',
      period,
      scopeLabel: ctx.fallbackScopeLabel,
      protected: true,
    },
    [
      [
        'Analys',
        'Insats',
        'Period',
        'Deltagare',
        'Kostnad per deltagare',
        'Nettonytta 5 år per deltagare',
        'Återbetalningstid',
      ],
      ...shown.map((row) => {
        const result = row.result as SocioeconomicReport;
        const society = result.actors.samhallet;
        return [
          row.name,
          row.interventionName,
          `${row.periodFrom} – ${row.periodTo}`,
          String(result.participants),
          kronorText(society.perParticipant.cost),
          kronorText(society.perParticipant.netBenefit5),
          paybackText(society),
        ];
      }),
    ],
  );
}
