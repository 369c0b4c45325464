import { z } from 'zod';
import { idSchema, versionSchema } from '../schemas';

/** How the kommuner split their half: by inhabitants 16–64 of the year, or an agreed key (finance.md). */
export const CONTRIBUTION_KEY_KINDS = ['inhabitants', 'agreed'] as const;
export type ContributionKeyKind = (typeof CONTRIBUTION_KEY_KINDS)[number];

const percent = z
  .number()
  .min(0, 'Andelen måste vara minst 0 %.')
  .max(100, 'Andelen kan vara högst 100 %.')
  .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, 'Ange andelen med högst två decimaler.');
const memberPercent = z.object({ memberId: idSchema, percent });

/**
 * A förbund's key for one year. `kommunPercents` is read only for an agreed key; `regionPercents` empty
 * means the regions split their half equally. `version` null: the key has not been saved for the year.
 */
export const contributionKeyInput = z.object({
  kind: z.enum(CONTRIBUTION_KEY_KINDS),
  kommunPercents: z.array(memberPercent).max(300),
  regionPercents: z.array(memberPercent).max(20),
  version: versionSchema.nullable(),
});
export type ContributionKeyInput = z.infer<typeof contributionKeyInput>;

export interface PercentIssue {
  /** unknown: a share for no member; repeated: a member with two shares; missing: a member without a share; sum: the shares are not 100 %. */
  kind: 'unknown' | 'repeated' | 'missing' | 'sum';
  memberId: string;
  message: string;
  value: number | null;
}

const pct = (v: number) => `${v.toLocaleString('sv-SE', { maximumFractionDigits: 2 })} %`;

/**
 * Checks a key in percent over the members it must cover: every member has a share and the shares sum
 * to 100 % (within a millionth, as `memberContributions` demands). Each problem names the member and its
 * value in Swedish. Source: issue 16 §3 ("an agreed key entered as percentages"), BRIEF (must sum to 100 %).
 */
export function checkPercentKey(
  members: readonly { id: string; name: string }[],
  percents: readonly { memberId: string; percent: number }[],
  what: 'Kommunernas' | 'Regionernas',
): PercentIssue[] {
  const byId = new Map(percents.map((p) => [p.memberId, p.percent]));
  const known = new Set(members.map((m) => m.id));
  const issues: PercentIssue[] = [];
  const seen = new Map<string, number>();
  for (const p of percents) {
    const earlier = seen.get(p.memberId);
    seen.set(p.memberId, p.percent);
    // A second share for the same member would count in the sum but not in the table (one per member).
    if (earlier !== undefined && known.has(p.memberId))
      issues.push({
        kind: 'repeated',
        memberId: p.memberId,
        value: p.percent,
        message: `${members.find((m) => m.id === p.memberId)!.name} har två andelar: ${pct(earlier)} och ${pct(p.percent)}.`,
      });
    else if (!known.has(p.memberId))
      issues.push({
        kind: 'unknown',
        memberId: p.memberId,
        value: p.percent,
        message: `Andelen ${pct(p.percent)} gäller ingen ${what === 'Kommunernas' ? 'medlemskommun' : 'medlemsregion'} i förbundet.`,
      });
  }
  for (const m of members) {
    if (!byId.has(m.id))
      issues.push({ kind: 'missing', memberId: m.id, value: null, message: `${m.name} saknar andel.` });
  }
  if (issues.length > 0) return issues;
  const sum = percentSum(percents);
  if (Math.abs(sum - 100) > 1e-6) {
    return members.map((m) => ({
      kind: 'sum' as const,
      memberId: m.id,
      value: byId.get(m.id)!,
      message: `${what} andelar blir ${pct(sum)}, inte 100 %: ${m.name} har ${pct(byId.get(m.id)!)}.`,
    }));
  }
  return [];
}

const percentSum = (percents: readonly { percent: number }[]) =>
  Math.round(percents.reduce((a, p) => a + p.percent, 0) * 1e6) / 1e6;

/**
 * The key's problems in one Swedish sentence for a summary (every member with its value when the sum is
 * off), or null when the key is whole. Source: as `checkPercentKey`.
 */
export function percentKeySummary(
  members: readonly { id: string; name: string }[],
  percents: readonly { memberId: string; percent: number }[],
  what: 'Kommunernas' | 'Regionernas',
): string | null {
  const issues = checkPercentKey(members, percents, what);
  if (issues.length === 0) return null;
  if (issues[0]!.kind === 'sum') {
    const byId = new Map(percents.map((p) => [p.memberId, p.percent]));
    const list = members.map((m) => `${m.name} ${pct(byId.get(m.id)!)}`).join(', ');
    return `${what} andelar ska bli 100 %, men blir ${pct(percentSum(percents))} (${list}).`;
  }
  return issues.map((i) => i.message).join(' ');
}
