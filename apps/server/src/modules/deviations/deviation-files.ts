import { DEVIATION_TYPE_SV, deviationChartHeight, deviationCountChart, todayIso } from '@insikt/core';
import { figure, workbookBuffer, type CellValue, type SheetSpec } from '../../platform/excel';
import { keepTogether, pdfBuffer, pdfChart, pdfTable, type PdfContent } from '../../platform/pdf';
import type { DeviationStatisticsView } from './deviation-statistics';

type Stats = DeviationStatisticsView;

const periodText = (s: Stats) =>
  s.period.fromYear === s.period.toYear ? `${s.period.fromYear}` : `${s.period.fromYear}–${s.period.toYear}`;
export const DEVIATION_NOTE =
  'Avvikelser beskriver organisationer, inte personer: talen är exakta. Ett ärende med flera parter räknas en gång per part. Inga uppgifter om den som rapporterade ingår.';
// Status and "besvarade" change as cases are handled: the files say which day they show.
export const statusNote = () => `Status den ${todayIso()}.`;
const days = (v: number | null): string => (v === null ? '–' : `${v.toLocaleString('sv-SE')} dagar`);
const share = (v: number | null): string => (v === null ? '–' : `${Math.round(v * 100)} %`);

export const DIMENSIONS = [
  ['byParty', 'Per part'],
  ['byType', 'Per typ'],
  ['byStatus', 'Per status'],
  ['byIntervention', 'Per insats eller forum'],
  ['byMonth', 'Per månad'],
] as const;

export const summaryRows = (s: Stats): [string, string][] => [
  ['Ärenden', `${s.total}`],
  ['Besvarade', `${s.answered}`],
  ['Dagar från rapport till svar, median', days(s.medianDaysToAnswer)],
  ['Dagar från rapport till svar, 90:e percentilen', days(s.p90DaysToAnswer)],
  ['Åtgärdade lokalt', `${s.resolvedLocally}`],
  ['Lyfta till parterna', `${s.resolvedRaised}`],
  ['Andel åtgärdade lokalt (av åtgärdade lokalt eller lyfta till parterna)', share(s.shareSolvedLocally)],
];

/** The statistics as a workbook for the board: the summary, each count, recurrence and the indicator. */
export async function deviationWorkbook(s: Stats): Promise<Buffer> {
  const subtitle = `${s.associationName}, ärenden mottagna ${periodText(s)}. ${statusNote()} ${DEVIATION_NOTE}`;
  const countValue = (v: number | null, format: 'percent' | 'count'): CellValue =>
    v === null ? '–' : figure(v, format);
  const sheets: SheetSpec[] = [
    {
      name: 'Sammanfattning',
      title: 'Avvikelser: sammanfattning',
      subtitle,
      headers: [[{ text: 'Mått' }, { text: 'Värde' }]],
      rows: [
        { label: 'Ärenden', values: [s.total], format: 'count' },
        { label: 'Besvarade', values: [s.answered], format: 'count' },
        {
          label: 'Dagar från rapport till svar, median',
          values: [s.medianDaysToAnswer === null ? '–' : figure(s.medianDaysToAnswer, 'decimal')],
        },
        { label: 'Dagar från rapport till svar, 90:e percentilen', values: [countValue(s.p90DaysToAnswer, 'count')] },
        { label: 'Åtgärdade lokalt', values: [s.resolvedLocally], format: 'count' },
        { label: 'Lyfta till parterna', values: [s.resolvedRaised], format: 'count' },
        { label: 'Andel åtgärdade lokalt', values: [countValue(s.shareSolvedLocally, 'percent')] },
      ],
    },
    ...DIMENSIONS.map(([key, title]) => ({
      name: title,
      title: `Avvikelser ${title.toLowerCase()}`,
      subtitle,
      headers: [[{ text: title.replace('Per ', '').replace(/^./, (c) => c.toUpperCase()) }, { text: 'Ärenden' }]],
      rows: s[key].map((c) => ({ label: c.label, values: [c.count], format: 'count' as const })),
    })),
    {
      name: 'Återkommande',
      title: 'Återkommande mönster: samma part och typ inom 12 månader',
      subtitle,
      headers: [[{ text: 'Part' }, { text: 'Typ' }, { text: 'Ärenden' }, { text: 'Återkommande' }]],
      rows: s.recurring.map((r) => ({
        label: r.partyLabel,
        values: [DEVIATION_TYPE_SV[r.type], figure(r.cases, 'count'), figure(r.recurrences, 'count')],
      })),
    },
    {
      name: 'Indikator',
      title: 'Antal avvikelser från överenskommelsen mellan parterna, per insats och år',
      subtitle,
      headers: [[{ text: 'Insats eller forum, år' }, { text: 'Antal' }]],
      // The year in the label: a year alone in a cell would read as a number without a unit.
      rows: s.agreementIndicator.map((a) => ({
        label: `${a.interventionName}, ${a.year}`,
        values: [figure(a.count, 'count')],
      })),
    },
  ];
  return workbookBuffer(sheets);
}

/** The statistics as a PDF for the board: figures, a chart and a table per count, recurrence, the indicator. */
export function deviationPdf(s: Stats): Promise<Buffer> {
  const content: PdfContent[] = [
    { text: `${statusNote()} ${DEVIATION_NOTE}`, style: 'note' },
    { text: 'Sammanfattning', style: 'h2', headlineLevel: 2 },
    pdfTable([['Mått', 'Värde']], summaryRows(s)),
  ];
  for (const [key, title] of DIMENSIONS) {
    const rows = s[key];
    content.push({ text: `Ärenden ${title.toLowerCase()}`, style: 'h2', headlineLevel: 2 });
    if (rows.length === 0) {
      content.push({ text: 'Inga ärenden under perioden.' });
      continue;
    }
    if (key !== 'byMonth')
      content.push(
        keepTogether(
          pdfChart(
            deviationCountChart(rows, { description: `Ärenden ${title.toLowerCase()}` }),
            deviationChartHeight(rows),
          ),
        ),
      );
    content.push(
      pdfTable(
        [[title.replace('Per ', '').replace(/^./, (c) => c.toUpperCase()), 'Ärenden']],
        rows.map((c) => [c.label, `${c.count}`]),
      ),
    );
  }
  content.push({ text: 'Återkommande mönster (samma part och typ inom 12 månader)', style: 'h2', headlineLevel: 2 });
  content.push(
    s.recurring.length === 0
      ? { text: 'Inga återkommande mönster under perioden.' }
      : pdfTable(
          [['Part', 'Typ', 'Ärenden', 'Återkommande']],
          s.recurring.map((r) => [r.partyLabel, DEVIATION_TYPE_SV[r.type], `${r.cases}`, `${r.recurrences}`]),
        ),
  );
  content.push({ text: 'Antal avvikelser från överenskommelsen mellan parterna', style: 'h2', headlineLevel: 2 });
  content.push(
    s.agreementIndicator.length === 0
      ? { text: 'Inga avvikelser av den typen under perioden.' }
      : pdfTable(
          [['Insats eller forum', 'År', 'Antal']],
          s.agreementIndicator.map((a) => [a.interventionName, `${a.year}`, `${a.count}`]),
        ),
  );
  return pdfBuffer({
    title: 'Avvikelser: statistik för styrelsen',
    subject: `${s.associationName}, ärenden mottagna ${periodText(s)}`,
    content,
  });
}
