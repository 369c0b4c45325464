import type { TocStaffing } from './schema';

export interface PartyStaffing {
  memberId: string;
  /** Sum of the party's shares of a full-time post, in per cent. */
  percent: number;
  /** The same as full-time posts (heltidstjänster): 100 % = 1. */
  fullTimeEquivalents: number;
}

/**
 * What each party puts into the team (seed 001's resources, e.g. "Arbetsförmedlare 25 % (AF)"):
 * the parties in the order they first appear, each with its shares summed. Rounded to hundredths of
 * a per cent so 33,33 + 33,33 + 33,34 is 100, not 99,99999.
 */
export function staffingByParty(rows: readonly TocStaffing[]): PartyStaffing[] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.memberId, (sums.get(row.memberId) ?? 0) + Math.round(row.percent * 100));
  return [...sums].map(([memberId, hundredths]) => ({
    memberId,
    percent: hundredths / 100,
    fullTimeEquivalents: hundredths / 10_000,
  }));
}
