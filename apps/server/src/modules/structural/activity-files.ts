import {
  ACTIVITY_KIND_LABELS_SV,
  ACTIVITY_KINDS,
  attendanceChartHeight,
  attendanceChartOption,
  type ReleasedCounts,
} from '@insikt/core';
import { figure, workbookBuffer, type CellValue, type SheetSpec } from '../../platform/excel';
import { keepTogether, pdfBuffer, pdfChart, pdfTable, type PdfContent } from '../../platform/pdf';
import type { ActivityReportView } from './activity-report';
import { actualisationPdf, actualisationSheets } from './actualisation-files';

type Report = ActivityReportView;
type Totals = Report['total'];

const periodText = (r: Report) =>
  r.period.fromYear === r.period.toYear ? `${r.period.fromYear}` : `${r.period.fromYear}–${r.period.toYear}`;
const subject = (r: Report) =>
  `${r.intervention ? `${r.intervention.name}, ${r.associationName}` : `${r.associationName}, alla strukturövergripande insatser`}, ${periodText(r)}`;
const NOTE =
  'Deltagare räknas per tillfälle: en person på tre möten räknas tre gånger. Deltagartimmar är deltagare gånger aktivitetens timmar. Andelen kvinnor räknas av dem med känt kön; de med uppgift saknas står utanför andelen och anges för sig.';
const protectionNote = (r: Report) =>
  r.protection
    ? `Röjandeskydd: antal 1–${r.protection.threshold - 1} visas "<5", större antal kan vara flyttade upp till ${r.protection.maxNoise} åt något håll, så delar summerar inte alltid exakt till totalen. Timmar för dolda antal visas "..".`
    : 'Exakta tal.';

const count = (v: number | null): CellValue => (v === null ? '<5' : figure(v, 'count'));
const hours = (v: number | null): CellValue => (v === null ? '..' : figure(v, 'decimal'));
const countText = (v: number | null) => (v === null ? '<5' : v.toLocaleString('sv-SE'));
const hoursText = (v: number | null) =>
  v === null ? '..' : v.toLocaleString('sv-SE', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const shareText = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);
const evenText = (t: Totals) =>
  t.balance.even === null ? 'Kan inte bedömas' : t.balance.even ? 'Ja, inom 40–60 %' : 'Nej, utanför 40–60 %';
const unknownText = (t: Totals) => `${countText(t.balance.unknown)} med uppgift saknas står utanför andelen`;
const genders = (c: ReleasedCounts) => [c.women, c.men, c.unknown, c.total] as const;

const GENDER_HEADERS = ['Kvinnor', 'Män', 'Uppgift saknas', 'Totalt'];
const yearRows = (r: Report) => [
  ...r.years.map((y) => ({ label: `${y.year}`, totals: y.totals })),
  { label: `Hela perioden ${periodText(r)}`, totals: r.total },
];
const actualisationRows = (r: Report) => [
  ...r.actualisations.years.map((y) => ({ label: `${y.year}`, summary: y.summary })),
  { label: `Hela perioden ${periodText(r)}`, summary: r.actualisations.total },
];

/** The activity report as a workbook: per year, per kind, per organisation (and year), styrgrupper. */
export async function activityWorkbook(r: Report): Promise<Buffer> {
  const subtitle = `${subject(r)}. ${NOTE} ${protectionNote(r)}`;
  const organisationRows = (label: (org: string) => string, t: Totals) =>
    t.byOrganisation.map((o) => ({
      label: label(o.label),
      values: [
        figure(o.activities, 'count'),
        ...genders(o.participants).map(count),
        ...genders(o.participantHours).map(hours),
      ],
    }));
  const orgHeaders = [
    [
      { text: 'Organisation' },
      { text: 'Aktiviteter' },
      { text: 'Deltagare', span: 4 },
      { text: 'Deltagartimmar', span: 4 },
    ],
    [{ text: '' }, { text: '' }, ...[...GENDER_HEADERS, ...GENDER_HEADERS].map((text) => ({ text }))],
  ];
  const sheets: SheetSpec[] = [
    {
      name: 'Per år',
      title: 'Aktiviteter, deltagare och jämn könsfördelning per år',
      subtitle,
      headers: [
        [
          { text: 'År' },
          { text: 'Aktiviteter' },
          { text: 'Timmar' },
          ...GENDER_HEADERS.map((g) => ({ text: `Deltagare, ${g.toLowerCase()}` })),
          { text: 'Deltagartimmar' },
          { text: 'Andel kvinnor' },
          { text: 'Jämn (40–60 %)' },
          { text: 'Uppgift saknas, utanför andelen' },
        ],
      ],
      rows: yearRows(r).map(({ label, totals: t }) => ({
        label,
        values: [
          figure(t.activities, 'count'),
          figure(t.hours, 'decimal'),
          ...genders(t.participants).map(count),
          hours(t.participantHours.total),
          t.balance.womenShare === null ? '–' : figure(t.balance.womenShare, 'percent'),
          evenText(t),
          count(t.balance.unknown),
        ],
      })),
    },
    {
      name: 'Per slag',
      title: 'Aktiviteter per slag och år',
      subtitle,
      headers: [[{ text: 'Slag' }, ...yearRows(r).map((y) => ({ text: y.label }))]],
      rows: ACTIVITY_KINDS.map((k) => ({
        label: ACTIVITY_KIND_LABELS_SV[k],
        values: yearRows(r).map((y) => y.totals.byKind[k]),
        format: 'count' as const,
      })),
    },
    {
      name: 'Per organisation',
      title: `Deltagare och deltagartimmar per organisation och kön, ${periodText(r)}`,
      subtitle,
      headers: orgHeaders,
      rows: organisationRows((l) => l, r.total),
    },
    {
      name: 'Per organisation och år',
      title: 'Deltagare och deltagartimmar per organisation, kön och år',
      subtitle,
      headers: orgHeaders,
      rows: r.years.flatMap((y) => organisationRows((l) => `${y.year}: ${l}`, y.totals)),
    },
    {
      name: 'Styrgrupper',
      title: 'Styrgruppsmöten per insats och år',
      subtitle,
      headers: [[{ text: 'Insats' }, ...r.years.map((y) => ({ text: `${y.year}` })), { text: 'Totalt' }]],
      rows: r.steeringMeetings.map((s) => ({
        label: s.interventionName,
        values: [...s.byYear.map((y) => y.meetings), s.total],
        format: 'count' as const,
      })),
    },
    ...actualisationSheets(actualisationRows(r), r.actualisations.total, `${subject(r)}. ${protectionNote(r)}`),
  ];
  return workbookBuffer(sheets);
}

/** The activity report as a PDF for the board: figures per year, a chart, organisations, kinds, styrgrupper. */
export function activityPdf(r: Report): Promise<Buffer> {
  const content: PdfContent[] = [
    { text: `${NOTE} ${protectionNote(r)}`, style: 'note' },
    { text: 'Per år', style: 'h2', headlineLevel: 2 },
    pdfTable(
      [['År', 'Aktiviteter', 'Timmar', 'Deltagare', 'Deltagartimmar', 'Andel kvinnor', 'Jämn (40–60 %)']],
      yearRows(r).map(({ label, totals: t }) => [
        label,
        `${t.activities}`,
        hoursText(t.hours),
        countText(t.participants.total),
        hoursText(t.participantHours.total),
        shareText(t.balance.womenShare),
        `${evenText(t)}; ${unknownText(t)}`,
      ]),
    ),
    { text: `Deltagare per organisation och kön, ${periodText(r)}`, style: 'h2', headlineLevel: 2 },
  ];
  if (r.total.byOrganisation.length === 0) content.push({ text: 'Inga deltagare under perioden.' });
  else {
    const bars = r.total.byOrganisation.map((o) => ({ label: o.label, counts: o.participants }));
    content.push(
      keepTogether(
        pdfChart(
          attendanceChartOption(bars, {
            women: 'Kvinnor',
            men: 'Män',
            unknown: 'Uppgift saknas',
            description: 'Deltagare per organisation och kön',
          }),
          attendanceChartHeight(bars),
        ),
      ),
      pdfTable(
        [['Organisation', 'Aktiviteter', ...GENDER_HEADERS, 'Deltagartimmar']],
        r.total.byOrganisation.map((o) => [
          o.label,
          `${o.activities}`,
          ...genders(o.participants).map(countText),
          hoursText(o.participantHours.total),
        ]),
      ),
    );
  }
  content.push(
    { text: 'Aktiviteter per slag', style: 'h2', headlineLevel: 2 },
    pdfTable(
      [['Slag', ...yearRows(r).map((y) => y.label)]],
      ACTIVITY_KINDS.map((k) => [ACTIVITY_KIND_LABELS_SV[k], ...yearRows(r).map((y) => `${y.totals.byKind[k]}`)]),
    ),
    { text: 'Styrgruppsmöten per insats', style: 'h2', headlineLevel: 2 },
    r.steeringMeetings.length === 0
      ? { text: 'Inga styrgruppsmöten under perioden.' }
      : pdfTable(
          [['Insats', ...r.years.map((y) => `${y.year}`), 'Totalt']],
          r.steeringMeetings.map((s) => [s.interventionName, ...s.byYear.map((y) => `${y.meetings}`), `${s.total}`]),
        ),
    ...actualisationPdf(actualisationRows(r), r.actualisations.total, periodText(r)),
  );
  return pdfBuffer({ title: 'Aktivitetsrapport, strukturövergripande insatser', subject: subject(r), content });
}
