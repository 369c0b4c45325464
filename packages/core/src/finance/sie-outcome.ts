import type { SieError, SieFile } from './sie';

/** Where an account's amounts go: a budget line, and whether the line is income (credit shown positive) or cost. */
export interface AccountMapping {
  account: string;
  lineId: string;
  kind: 'income' | 'cost';
}

export type Granularity = 'month' | 'tertial';

export interface LinePeriodOutcome {
  lineId: string;
  /** `YYYY-MM` or `YYYY-T1` (January–April), `-T2` (May–August), `-T3` (September–December). */
  period: string;
  /** Income and costs both positive. */
  amount: number;
}

export type SieOutcomeResult =
  { ok: true; source: 'period-balances' | 'vouchers'; rows: LinePeriodOutcome[] } | { ok: false; errors: SieError[] };

const periodKey = (yyyymm: string, granularity: Granularity) =>
  granularity === 'month'
    ? `${yyyymm.slice(0, 4)}-${yyyymm.slice(4, 6)}`
    : `${yyyymm.slice(0, 4)}-T${Math.ceil(Number(yyyymm.slice(4, 6)) / 4)}`;

/** BAS result accounts (classes 3–8) are outcome; balance accounts (1–2) are not mapped. */
const isResultAccount = (account: string) => /^[3-8]/.test(account);

/**
 * Outcome per line and period from a parsed SIE file and the förbund's account mapping (mapped once, then
 * re-imported). Uses the account totals of #PSALDO for the year when the file has them, otherwise the
 * #TRANS of its vouchers by date. Every result account with amounts must be mapped: an unmapped account is
 * an error naming it; when #RES is given, the periods must add up to it. Source: issue 16 item 1 (SIE import).
 */
export function sieOutcomeByLine(
  file: SieFile,
  mapping: readonly AccountMapping[],
  granularity: Granularity,
  yearIndex = 0,
): SieOutcomeResult {
  const byAccount = new Map(mapping.map((m) => [m.account, m]));
  const names = new Map(file.accounts.map((a) => [a.number, a.name]));
  const errors: SieError[] = [];
  const totals = file.periodBalances.filter((p) => p.yearIndex === yearIndex && p.objects === '');
  const source = totals.length > 0 ? 'period-balances' : 'vouchers';
  const year = file.years.find((y) => y.yearIndex === yearIndex);
  const amounts: { line: number; account: string; yyyymm: string; amount: number }[] =
    source === 'period-balances'
      ? totals.map((p) => ({ line: p.line, account: p.account, yyyymm: p.period, amount: p.amount }))
      : file.vouchers
          .filter((v) => !year || (v.date >= year.start && v.date <= year.end))
          .flatMap((v) =>
            v.transactions.map((t) => ({
              line: t.line,
              account: t.account,
              yyyymm: (t.date ?? v.date).slice(0, 6),
              amount: t.amount,
            })),
          );

  // Line, then period: öre.
  const sums = new Map<string, Map<string, number>>();
  const perAccount = new Map<string, number>();
  const unmapped = new Set<string>();
  for (const a of amounts.filter((x) => isResultAccount(x.account))) {
    const m = byAccount.get(a.account);
    if (!m) {
      if (!unmapped.has(a.account)) {
        unmapped.add(a.account);
        const name = names.get(a.account);
        errors.push({
          line: a.line,
          field: 'konto',
          value: a.account,
          message: `Rad ${a.line}: konto ${a.account}${name ? ` (${name})` : ''} har belopp men ingen rad i förbundets kontomappning.`,
        });
      }
      continue;
    }
    const ore = Math.round(a.amount * 100) * (m.kind === 'income' ? -1 : 1);
    const periods = sums.get(m.lineId) ?? new Map<string, number>();
    const period = periodKey(a.yyyymm, granularity);
    periods.set(period, (periods.get(period) ?? 0) + ore);
    sums.set(m.lineId, periods);
    perAccount.set(a.account, (perAccount.get(a.account) ?? 0) + Math.round(a.amount * 100));
  }
  for (const r of file.results.filter((x) => x.yearIndex === yearIndex && byAccount.has(x.account))) {
    const got = perAccount.get(r.account) ?? 0;
    if (got !== Math.round(r.amount * 100)) {
      errors.push({
        line: r.line,
        field: '#RES',
        value: r.account,
        message: `Rad ${r.line}: konto ${r.account}: periodernas summa ${(got / 100).toFixed(2)} kr stämmer inte med #RES ${r.amount.toFixed(2)} kr.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const rows = [...sums].flatMap(([lineId, periods]) =>
    [...periods].map(([period, ore]) => ({ lineId, period, amount: ore / 100 })),
  );
  rows.sort((a, b) => a.lineId.localeCompare(b.lineId) || a.period.localeCompare(b.period));
  return { ok: true, source, rows };
}
