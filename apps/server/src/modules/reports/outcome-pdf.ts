import {
  beforeAfterChartOption,
  categoryChartHeight,
  formatShare,
  genderFlags,
  genderShareChartOption,
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  protectionNoteSv,
  todayIso,
} from '@insikt/core';
import { keepTogether, pdfBuffer, pdfChart, pdfTable, type PdfContent } from '../../platform/pdf';
import type { BeforeAfterGroup, BeforeAfterReport } from './before-after-report';
import { beforeAfterTable, codeLabelSv } from './before-after-table';
import type { OutcomeGroup, OutcomeReport } from './outcome-report';
import { outcomeCellText } from './outcome-table';
import { GROUPING_LABELS_SV } from './outcome-xlsx';

/**
 * The share in work after exit per group, women and men: the chart, then the same figures in a
 * table with each group's full name (the chart wraps or shortens long names).
 */
function overviewChart(report: OutcomeReport, threshold: number): PdfContent[] {
  const option = genderShareChartOption(
    report.groups.map((g) => ({
      label: g.label,
      kvinna: g.cells.andel_forvarvsarbete.kvinna,
      man: g.cells.andel_forvarvsarbete.man,
    })),
    {
      description: 'Stapeldiagram över andelen i förvärvsarbete per grupp och kön.',
      kvinna: 'Kvinnor',
      man: 'Män',
    },
  );
  const title = 'Andel i förvärvsarbete efter avslut, kvinnor och män';
  const height = categoryChartHeight(report.groups.map((g) => g.label));
  return [
    keepTogether({ text: title, style: 'h3' }, pdfChart(option, height)),
    { text: ' ', fontSize: 4 },
    pdfTable(
      [['Andel i förvärvsarbete efter avslut', ...OUTCOME_COLUMNS.map((c) => OUTCOME_COLUMN_LABELS_SV[c])]],
      report.groups.map((g) => [
        g.label,
        ...OUTCOME_COLUMNS.map((column) => outcomeCellText(g, 'andel_forvarvsarbete', column, threshold)),
      ]),
    ),
  ];
}

function genderText(group: OutcomeGroup): PdfContent[] {
  if (group.suppressedCells?.length) return [];
  const flags = genderFlags(group.cells);
  const lines: string[] = [];
  if (flags.unevenDistribution !== null)
    lines.push(`Könsfördelningen ligger utanför 40–60 %: ${formatShare(flags.unevenDistribution)} kvinnor.`);
  for (const gap of flags.gaps) {
    const label = OUTCOME_INDICATORS.find((i) => i.id === gap.indicator)!.label;
    lines.push(`${label}: kvinnor ${formatShare(gap.women)}, män ${formatShare(gap.men)}.`);
  }
  if (lines.length === 0)
    return [{ text: 'Jämställdhet: jämn fördelning och inga stora skillnader i utfall.', style: 'note' }];
  return [{ text: 'Jämställdhet – att uppmärksamma:', style: 'h3' }, { ul: lines }];
}

function beforeAfterSection(group: BeforeAfterGroup | undefined, threshold: number): PdfContent[] {
  if (!group || group.support.length + group.occupation.length === 0) return [];
  const codes = group.support.map((row) => codeLabelSv('support', row.code));
  const option = beforeAfterChartOption(group.support, 'total', {
    description: 'Stapeldiagram över andelen med varje försörjning före och efter.',
    code: (code) => codeLabelSv('support', code),
    before: 'Före start',
    after: 'Vid avslut',
  });
  const table = (kind: 'support' | 'occupation') => {
    const { header, rows } = beforeAfterTable(group, kind, threshold);
    return pdfTable(header, rows);
  };
  return [
    keepTogether({ text: 'Försörjning och sysselsättning före och efter', style: 'h3' }, table('support')),
    ...(group.occupation.length ? [{ text: ' ' }, table('occupation')] : []),
    { text: 'Antal (andel av gruppens avslutade). En deltagare kan ha flera försörjningar.', style: 'note' },
    ...(group.support.length
      ? [
          keepTogether(
            { text: 'Försörjning före start och vid avslut, andel av avslutade (totalt)', style: 'h3' },
            pdfChart(option, categoryChartHeight(codes)),
          ),
        ]
      : []),
  ];
}

/**
 * The outcome report for the board: the overview chart, then per group the indicators of §3
 * (Totalt/Kvinnor/Män), the gender-equality flags and the before/after tables with their chart.
 */
export function outcomePdf(outcome: OutcomeReport, beforeAfter: BeforeAfterReport, threshold = 5): Promise<Buffer> {
  const beforeAfterByKey = new Map(beforeAfter.groups.map((g) => [g.key, g]));
  const groups = outcome.groups.flatMap((group): PdfContent[] => [
    { text: group.label, style: 'h2', pageBreak: 'before' },
    pdfTable(
      [['Avslutade deltagare', ...OUTCOME_COLUMNS.map((c) => OUTCOME_COLUMN_LABELS_SV[c])]],
      OUTCOME_INDICATORS.map(({ id, label }) => [
        label,
        ...OUTCOME_COLUMNS.map((column) => outcomeCellText(group, id, column, threshold)),
      ]),
    ),
    ...genderText(group),
    ...beforeAfterSection(beforeAfterByKey.get(group.key), threshold),
  ]);
  const notes = [
    '"–": inga avslutade i gruppen. Andelar i hela procent, heltider (40 timmar i veckan) med en decimal.',
    ...(outcome.suppressed ? [protectionNoteSv(threshold)] : []),
  ];
  return pdfBuffer({
    title: 'Utfallsrapport',
    subject: `Avslutade deltagare ${outcome.period.from} – ${outcome.period.to} · ${GROUPING_LABELS_SV[outcome.groupBy]} · framtagen ${todayIso()}`,
    content: [
      ...(outcome.groups.length
        ? overviewChart(outcome, threshold)
        : [{ text: 'Inga avslutade deltagare under perioden.', style: 'subtitle' }]),
      ...notes.map((text) => ({ text, style: 'note' })),
      ...groups,
    ],
  });
}
