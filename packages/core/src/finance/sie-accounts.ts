import type { SieFile } from './sie';

/** A result account of an SIE file with its amount for the year (SIE signs: income negative). */
export interface SieResultAccount {
  account: string;
  name: string | null;
  amount: number;
}

/**
 * The result accounts (BAS classes 3–8) an SIE file has amounts on for a year: what the förbund maps to
 * its lines at the first import. Taken from #RES, else the #PSALDO totals, else the #TRANS of the year's
 * vouchers, in account order. Source: issue 16 item 1 ("map accounts to lines once").
 */
export function sieResultAccounts(file: SieFile, yearIndex = 0): SieResultAccount[] {
  const names = new Map(file.accounts.map((a) => [a.number, a.name]));
  const year = file.years.find((y) => y.yearIndex === yearIndex);
  const results = file.results.filter((r) => r.yearIndex === yearIndex);
  const balances = file.periodBalances.filter((p) => p.yearIndex === yearIndex && p.objects === '');
  const amounts =
    results.length > 0
      ? results
      : balances.length > 0
        ? balances
        : file.vouchers
            .filter((v) => !year || (v.date >= year.start && v.date <= year.end))
            .flatMap((v) => v.transactions);
  const ore = new Map<string, number>();
  for (const a of amounts.filter((x) => /^[3-8]\d{3}$/.test(x.account))) {
    ore.set(a.account, (ore.get(a.account) ?? 0) + Math.round(a.amount * 100));
  }
  return [...ore]
    .filter(([, v]) => v !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([account, v]) => ({ account, name: names.get(account) ?? null, amount: v / 100 }));
}

/** The index (#RAR) of the file's financial year that starts in `year`, or null. Source: the SIE 4 standard (#RAR). */
export function sieYearIndex(file: SieFile, year: number): number | null {
  return file.years.find((y) => y.start.startsWith(String(year)))?.yearIndex ?? null;
}
