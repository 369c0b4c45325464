import type { KeyFigures } from '@insikt/core';
import { figure, workbookBuffer, type CellValue } from '../../platform/excel';
import type { compareFinance } from './compare-finance';
import type { financeYearOf } from './get-finance-year';

type FinanceYearView = Awaited<ReturnType<typeof financeYearOf>>;
type Comparison = Awaited<ReturnType<typeof compareFinance>>;

const share = (v: number | null): CellValue => (v === null ? '–' : figure(v, 'percent'));

/** The key figures as rows of a sheet, one column per set of figures (a förbund, a total, budget/outcome). */
function keyFigureRows(columns: (KeyFigures | null)[]) {
  const money = (pick: (k: KeyFigures) => number) => columns.map((k) => (k ? figure(pick(k), 'kronor') : '–'));
  return [
    { label: 'Intäkter', values: money((k) => k.income) },
    { label: 'Kostnader', values: money((k) => k.costs) },
    { label: 'Årets resultat', values: money((k) => k.result) },
    { label: 'Eget kapital (ingående + årets resultat)', values: money((k) => k.equity) },
    {
      label: 'Eget kapital som andel av intäkterna',
      values: columns.map((k) => (k ? share(k.equityShareOfIncome) : '–')),
    },
    { label: 'Administration', values: money((k) => k.administrationCosts) },
    {
      label: 'Administration som andel av kostnaderna',
      values: columns.map((k) => (k ? share(k.administrationShareOfCosts) : '–')),
    },
  ];
}

/** The total column's label: exactly which förbund it covers (brief: no unlabelled totals). */
export function totalLabel(c: Comparison) {
  const where = c.countyName ? `i ${c.countyName}` : 'i landet';
  return `Summa för de ${c.associations.length} förbund ${where} som har bokslut för ${c.year} i Insikt`;
}

/** A förbund's key figures, budget against outcome per line and state money for a year, as Excel. */
export function financeYearWorkbook(y: FinanceYearView, associationName: string) {
  const subtitle = `${associationName}, ${y.year}. Hela kronor.`;
  return workbookBuffer([
    {
      name: 'Nyckeltal',
      title: `Nyckeltal ${y.year}`,
      subtitle,
      headers: [[{ text: 'Nyckeltal' }, { text: `Budget ${y.year}` }, { text: `Utfall ${y.year}` }]],
      rows: keyFigureRows([y.keyFigures.budget, y.keyFigures.outcome]),
      note:
        y.equity && y.equity.status !== 'not-covered'
          ? `Riktlinjen för eget kapital (beslutad ${y.equity.guidelineDecided}): högst ${y.equity.percent} % av intäkterna, ${y.equity.allowed} kr. Över riktlinjen: ${y.equity.above} kr.${y.equity.losesProtection ? ' Förbundet förlorar skyddet i fördelningsmodellen.' : ''}`
          : undefined,
    },
    {
      name: 'Budget och utfall',
      title: `Budget och utfall per rad ${y.year}`,
      subtitle,
      headers: [
        [
          { text: 'Rad' },
          { text: `Budget ${y.year}` },
          { text: `Plan ${y.year + 1}` },
          { text: `Plan ${y.year + 2}` },
          { text: `Utfall ${y.year}` },
          { text: 'Utfall - budget' },
        ],
      ],
      rows: y.lines.map((l) => ({
        label: `${l.kind === 'income' ? 'Intäkt' : 'Kostnad'}: ${l.name}`,
        values: [...l.budgets.map((b) => (b.amount === null ? '–' : b.amount)), l.outcomeTotal, l.difference],
        format: 'kronor' as const,
      })),
    },
  ]);
}

/** The comparison of förbund side by side with its labelled total, as Excel. */
export function comparisonWorkbook(c: Comparison) {
  return workbookBuffer([
    {
      name: 'Jämförelse',
      title: `Nyckeltal ${c.year}, förbund sida vid sida`,
      subtitle: c.countyName
        ? `${c.countyName}. Utfall enligt bokslut, hela kronor.`
        : 'Hela landet. Utfall enligt bokslut, hela kronor.',
      headers: [[{ text: 'Nyckeltal' }, ...c.associations.map((a) => ({ text: a.name })), { text: totalLabel(c) }]],
      rows: [
        ...keyFigureRows([...c.associations.map((a) => a.keyFigures), c.total]),
        {
          label: 'Statliga medel: utnyttjandegrad',
          values: [...c.associations.map((a) => share(a.stateMoney.utilisation)), '–'],
        },
        {
          label: 'Kronor per invånare 16-64 år',
          values: [
            ...c.associations.map((a) =>
              a.perInhabitant.kronor === null ? 'saknas' : figure(a.perInhabitant.kronor, 'kronor'),
            ),
            '–',
          ],
        },
      ],
      note: 'Andelarna i summan är andelar av summorna. Kronor per invånare räknas på den grund varje förbund valt.',
    },
  ]);
}
