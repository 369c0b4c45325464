import { todayIso } from '@insikt/core';
import { figure, workbookBuffer, type SheetSpec } from '../../platform/excel';
import { invalid } from '../../platform/errors';
import { pdfBuffer, pdfTable, type PdfContent } from '../../platform/pdf';
import { kronorText } from '../socioeconomic/analysis-tables';
import type { ContributionBasis, ContributionsView } from './get-contributions';

type Table = ContributionsView['tables'][number];

const BASIS_SV: Record<ContributionBasis, string> = {
  requested: 'det ansökta statliga beloppet',
  granted: 'det beviljade statliga beloppet',
};
const percentText = (share: number) =>
  `${(Math.round(share * 10_000) / 100).toLocaleString('sv-SE', { maximumFractionDigits: 2 })} %`;

/** What the kommun key is based on, in a sentence (the letter and the workbook say it the same way). */
export function keyText(view: ContributionsView): string {
  const kommun =
    view.key.kind === 'inhabitants'
      ? `Kommunernas fjärdedel fördelas efter antalet invånare 16–64 år i varje kommun (indata för ${view.year} i Insikts fördelningsmodell).`
      : 'Kommunernas fjärdedel fördelas efter de andelar som kommunerna har kommit överens om.';
  const region =
    view.regions.length <= 1
      ? ''
      : view.key.regionPercents.length > 0
        ? ' Regionernas fjärdedel fördelas efter överenskomna andelar.'
        : ' Regionernas fjärdedel fördelas lika mellan regionerna.';
  return kommun + region;
}

/** Each member's basis: inhabitants 16–64 or the agreed percentage. */
function basisOf(view: ContributionsView, memberId: string): string {
  const region = view.regions.find((r) => r.id === memberId);
  if (region)
    return region.percent === null
      ? 'Lika delar'
      : `${region.percent.toLocaleString('sv-SE')} % enligt överenskommelse`;
  const kommun = view.kommuner.find((k) => k.id === memberId)!;
  return view.key.kind === 'inhabitants'
    ? `${(kommun.inhabitants16to64 ?? 0).toLocaleString('sv-SE')} invånare 16–64 år`
    : `${(kommun.percent ?? 0).toLocaleString('sv-SE')} % enligt överenskommelse`;
}

const tableOf = (view: ContributionsView, basis: ContributionBasis) => view.tables.find((t) => t.basis === basis);

/**
 * The letter to the members as PDF (issue 16 §3): förbund, year, the requested state amount and the law's
 * shares, each member's amount with its basis, the key, the date and a signature line for förbundschefen.
 * On the requested amount: the letter goes out in March–April, before the state has granted anything.
 */
export function contributionLetter(view: ContributionsView, director: string | null): Promise<Buffer> {
  const table = tableOf(view, 'requested');
  if (!table)
    throw invalid([{ field: 'year', value: view.year, message: view.problems.join(' ') }], view.problems.join(' '));
  const content: PdfContent[] = [
    { text: `Datum: ${todayIso()}`, margin: [0, 0, 0, 10] },
    { text: `Till förbundets medlemmar: ${table.rows.map((r) => r.name).join(', ')}.`, margin: [0, 0, 0, 10] },
    {
      text: `Enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser bidrar staten genom Försäkringskassan med hälften av förbundets medel, regionen med en fjärdedel och kommunerna tillsammans med en fjärdedel.`,
      margin: [0, 0, 0, 6],
    },
    {
      text: `${view.associationName} har ansökt om ${kronorText(table.stateAmount)} i statliga medel för ${view.year}. Regionen och kommunerna tillför tillsammans lika mycket: ${kronorText(table.regionTotal)} från regionen och ${kronorText(table.kommunTotal)} från kommunerna. Förbundets medel för ${view.year} blir då ${kronorText(table.total)}.`,
      margin: [0, 0, 0, 6],
    },
    { text: keyText(view), margin: [0, 0, 0, 6] },
    { text: `Medlemmarnas bidrag ${view.year}`, style: 'h2', headlineLevel: 2 },
    pdfTable(
      [['Medlem', 'Underlag', 'Andel av sin fjärdedel', 'Bidrag']],
      [
        ...table.rows.map((r) => [r.name, basisOf(view, r.memberId), percentText(r.share), kronorText(r.amount)]),
        ['Summa regionen och kommunerna', '', '', kronorText(table.regionTotal + table.kommunTotal)],
      ],
    ),
    {
      text: 'Beloppen är hela kronor; delarna är avrundade så att de summerar exakt (största rest). Slutligt belopp följer statens beslut om tilldelning.',
      style: 'note',
    },
    { text: 'Underskrift', style: 'h2', headlineLevel: 2 },
    { text: '\n\n_______________________________________' },
    { text: director ? `${director}, förbundschef` : 'Förbundschef' },
    { text: view.associationName },
  ];
  return pdfBuffer({
    title: `Medlemsbidrag ${view.year}`,
    subject: `${view.associationName}: brev till medlemmarna om bidragen för ${view.year}`,
    content,
  });
}

const sheetOf = (view: ContributionsView, table: Table): SheetSpec => ({
  name: table.basis === 'requested' ? 'Ansökt belopp' : 'Beviljat belopp',
  title: `Medlemsbidrag ${view.year} på ${BASIS_SV[table.basis]} (${kronorText(table.stateAmount)})`,
  subtitle: `${view.associationName}, ${view.year}. ${keyText(view)}`,
  headers: [[{ text: 'Medlem' }, { text: 'Underlag' }, { text: 'Andel av sin fjärdedel' }, { text: 'Bidrag' }]],
  rows: [
    ...table.rows.map((r) => ({
      label: r.name,
      values: [basisOf(view, r.memberId), figure(r.share, 'percentTwoDecimals'), figure(r.amount, 'kronor')],
    })),
    { label: 'Regionen tillsammans', values: ['', '', figure(table.regionTotal, 'kronor')] },
    { label: 'Kommunerna tillsammans', values: ['', '', figure(table.kommunTotal, 'kronor')] },
    { label: 'Statens belopp', values: ['', '', figure(table.stateAmount, 'kronor')] },
    { label: 'Förbundets medel', values: ['', '', figure(table.total, 'kronor')] },
  ],
});

/** The table(s) as a workbook: one sheet per amount (requested, and granted once it is). */
export function contributionWorkbook(view: ContributionsView): Promise<Buffer> {
  if (view.tables.length === 0)
    throw invalid([{ field: 'year', value: view.year, message: view.problems.join(' ') }], view.problems.join(' '));
  return workbookBuffer(view.tables.map((t) => sheetOf(view, t)));
}
