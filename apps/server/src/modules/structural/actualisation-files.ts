import {
  ACTUALISATION_DECISION_LABELS_SV,
  ACTUALISATION_DECISIONS,
  attendanceChartHeight,
  attendanceChartOption,
} from '@insikt/core';
import { figure, type CellValue, type SheetSpec } from '../../platform/excel';
import { keepTogether, pdfChart, pdfTable, type PdfContent } from '../../platform/pdf';
import type { ActivityReportView } from './activity-report';

type Summary = ActivityReportView['actualisations']['total'];
type Rows = { label: string; summary: Summary }[];

export const ACTUALISATION_NOTE =
  'Aktualiseringar är ärenden som parterna tagit upp i arbetsgruppen, räknade efter datumet de togs upp. Andelen egenförsörjande räknas bland de kopplade deltaganden som har avslutats med en känd situation vid avslut (i arbete eller studier och utan offentlig försörjning); pågående deltaganden och avslut utan registrerad situation står utanför andelen.';

const count = (v: number | null): CellValue => (v === null ? '<5' : figure(v, 'count'));
const countText = (v: number | null) => (v === null ? '<5' : v.toLocaleString('sv-SE'));
const shareText = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);
const GENDER_HEADERS = ['Totalt', 'Kvinnor', 'Män', 'Uppgift saknas'];
const OUTCOME_HEADERS = [
  'Aktualiseringar',
  'Ledde till deltagande',
  'Avslutade',
  'Avslutade med känd situation (nämnare)',
  'Egenförsörjande vid avslut',
  'Andel egenförsörjande',
];
const outcomeValues = (s: Summary) => [s.raised, s.linked, s.ended, s.endedKnown, s.selfSupporting];

/** The aktualiseringar's sheets of the activity report's workbook: per party and gender, decisions and outcome. */
export function actualisationSheets(rows: Rows, total: Summary, subtitle: string): SheetSpec[] {
  const sub = `${subtitle} ${ACTUALISATION_NOTE}`;
  return [
    {
      name: 'Aktualiseringar per part',
      title: 'Aktualiseringar per part och kön',
      subtitle: sub,
      headers: [[{ text: 'Part' }, ...GENDER_HEADERS.map((text) => ({ text }))]],
      rows: total.byParty.map((p) => ({
        label: p.label,
        values: [p.total, p.women, p.men, p.unknownGender].map(count),
      })),
    },
    {
      name: 'Aktualiseringar och utfall',
      title: 'Aktualiseringar, beslut och andel som når egenförsörjning per år',
      subtitle: sub,
      headers: [
        [
          { text: 'År' },
          ...OUTCOME_HEADERS.map((text) => ({ text })),
          ...ACTUALISATION_DECISIONS.map((d) => ({ text: `Beslut: ${ACTUALISATION_DECISION_LABELS_SV[d]}` })),
        ],
      ],
      rows: rows.map(({ label, summary: s }) => ({
        label,
        values: [
          ...outcomeValues(s).map(count),
          s.selfSupportingShare === null ? '–' : figure(s.selfSupportingShare, 'percent'),
          ...ACTUALISATION_DECISIONS.map((d) => count(s.byDecision[d])),
        ],
      })),
    },
  ];
}

/** The aktualiseringar's part of the PDF: per party and gender with the chart, decisions and the share. */
export function actualisationPdf(rows: Rows, total: Summary, period: string): PdfContent[] {
  const content: PdfContent[] = [
    { text: `Aktualiseringar per part och kön, ${period}`, style: 'h2', headlineLevel: 2 },
    { text: ACTUALISATION_NOTE, style: 'note' },
  ];
  if (total.byParty.length === 0) return [...content, { text: 'Inga aktualiseringar under perioden.' }];
  const bars = total.byParty.map((p) => ({
    label: p.label,
    counts: { women: p.women, men: p.men, unknown: p.unknownGender, total: p.total },
  }));
  return [
    ...content,
    keepTogether(
      pdfChart(
        attendanceChartOption(bars, {
          women: 'Kvinnor',
          men: 'Män',
          unknown: 'Uppgift saknas',
          description: 'Aktualiseringar per part och kön',
        }),
        attendanceChartHeight(bars),
      ),
    ),
    pdfTable(
      [['Part', ...GENDER_HEADERS]],
      total.byParty.map((p) => [p.label, ...[p.total, p.women, p.men, p.unknownGender].map(countText)]),
    ),
    { text: 'Beslut och andel som når egenförsörjning', style: 'h2', headlineLevel: 2 },
    pdfTable(
      [['', ...rows.map((r) => r.label)]],
      [
        ...OUTCOME_HEADERS.slice(0, 5).map((h, i) => [h, ...rows.map((r) => countText(outcomeValues(r.summary)[i]!))]),
        [OUTCOME_HEADERS[5]!, ...rows.map((r) => shareText(r.summary.selfSupportingShare))],
        ...ACTUALISATION_DECISIONS.map((d) => [
          `Beslut: ${ACTUALISATION_DECISION_LABELS_SV[d]}`,
          ...rows.map((r) => countText(r.summary.byDecision[d])),
        ]),
      ],
    ),
  ];
}
