import { apportion, FinanceInputError } from './apportion';

/** How the kommuner split their quarter: by inhabitants 16–64, or an agreed key in percent. Source: finance.md "Members' contributions". */
export type KommunKey =
  | { kind: 'inhabitants'; kommuner: { id: string; name: string; inhabitants16to64: number }[] }
  | { kind: 'agreed'; kommuner: { id: string; name: string; percent: number }[] };

export interface MemberPart {
  id: string;
  name: string;
  /** Share of the region half or the kommun half (0–1). */
  share: number;
  amount: number;
}

export interface MemberContributions {
  stateAmount: number;
  regionTotal: number;
  kommunTotal: number;
  /** The förbund's funds: the state's half plus the members' half. */
  total: number;
  regions: MemberPart[];
  kommuner: MemberPart[];
}

function parts(total: number, rows: { id: string; name: string }[], weights: number[]): MemberPart[] {
  const amounts = apportion(total, weights);
  const sum = weights.reduce((a, b) => a + b, 0);
  return rows.map((r, i) => ({ id: r.id, name: r.name, share: weights[i]! / sum, amount: amounts[i]! }));
}

/**
 * What each member pays for a state amount (requested or granted), whole kronor: the region(s) together and
 * the kommuner together each match half of it (the law: state ½, region ¼, kommuner ¼); an odd krona goes to
 * the region(s). The kommun half is split by the key; every split by largest remainder so the parts sum
 * exactly. Several regions split their half by `percent` (equal when not given).
 * Source: finance.md "Members' contributions", seed 003 §2.5, issue 16 item 3.
 */
export function memberContributions(
  stateAmount: number,
  regions: readonly { id: string; name: string; percent?: number }[],
  key: KommunKey,
): MemberContributions {
  if (!Number.isInteger(stateAmount) || stateAmount < 0) {
    throw new FinanceInputError(
      `Statens belopp måste vara ett heltal ≥ 0 kr, fick ${stateAmount}.`,
      'stateAmount',
      stateAmount,
    );
  }
  if (regions.length === 0) throw new FinanceInputError('Minst en region måste vara medlem.', 'regions', 0);
  if (key.kommuner.length === 0) throw new FinanceInputError('Minst en kommun måste vara medlem.', 'kommuner', 0);
  const weights =
    key.kind === 'inhabitants' ? key.kommuner.map((k) => k.inhabitants16to64) : key.kommuner.map((k) => k.percent);
  key.kommuner.forEach((k, i) => {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) {
      const field = key.kind === 'inhabitants' ? 'inhabitants16to64' : 'percent';
      throw new FinanceInputError(`Kommun ${k.name}: ${field} måste vara ≥ 0, fick ${w}.`, field, w);
    }
  });
  if (key.kind === 'agreed') {
    const sum = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-6) {
      throw new FinanceInputError(`Kommunernas överenskomna andelar ska bli 100 %, blev ${sum} %.`, 'percent', sum);
    }
  }
  const [regionTotal, kommunTotal] = apportion(stateAmount, [1, 1]) as [number, number];
  return {
    stateAmount,
    regionTotal,
    kommunTotal,
    total: stateAmount * 2,
    regions: parts(
      regionTotal,
      [...regions],
      regions.map((r) => r.percent ?? 100 / regions.length),
    ),
    kommuner: parts(kommunTotal, key.kommuner, weights),
  };
}

/** Offered, requested, granted and used state money for a year, and the utilisation used / offered. Source: finance.md, issue 16 item 3. */
export function stateMoneyYear(money: { offered: number; requested: number; granted: number; used: number }) {
  return { ...money, utilisation: money.offered === 0 ? null : money.used / money.offered };
}

/**
 * The offer behind a used amount and a utilisation share, whole kronor: the issue's correction reads 003's
 * bracketed amounts as money used (3 205 000 kr at 80 % → about 4 006 000; 3 036 000 kr at 55 % → 5 520 000).
 */
export function offerFromUtilisation(used: number, utilisation: number): number {
  if (!(utilisation > 0 && utilisation <= 1)) {
    throw new FinanceInputError(
      `Utnyttjandegraden måste vara över 0 och högst 1, fick ${utilisation}.`,
      'utilisation',
      utilisation,
    );
  }
  return Math.round(used / utilisation);
}
