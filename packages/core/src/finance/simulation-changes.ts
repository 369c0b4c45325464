import { z } from 'zod';
import { municipalityCodeSchema } from '../schemas';
import { applyModelChanges, simulate, type ModelChange, type ModelYear } from './simulation';
import { assessEquity, type EquityAssessment, type EquityGuideline } from './equity-guideline';
import { memberContributions } from './contributions';

/**
 * How a merger pools the förbund's equity (issue 16 item 6; decision 0054): `sum` adds the förbund's
 * equity (and income), `entered` takes an amount the parties agree on (003 §3.4: how the equity is
 * handled is decided with the new förbundsordning, e.g. some of it paid back to the members).
 */
export const POOLING_RULES = ['sum', 'entered'] as const;
export type PoolingRule = (typeof POOLING_RULES)[number];

const amount = z
  .number()
  .int('Ange hela kronor.')
  .min(0, 'Beloppet kan inte vara negativt.')
  .max(1e12, 'Beloppet är orimligt stort.');
const forbundRef = z.string().trim().min(1).max(80);

/** A saved simulation's change: core's ModelChange, with the merger's pooling rule instead of its result. */
export const simulationChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move-kommun'), kommunId: municipalityCodeSchema, toForbundId: forbundRef }).strict(),
  z.object({ kind: z.literal('request'), forbundId: forbundRef, requested: amount.nullable() }).strict(),
  z.object({ kind: z.literal('distributable'), amount }).strict(),
  z
    .object({
      kind: z.literal('merge'),
      forbundIds: z.array(forbundRef).min(2, 'Välj minst två förbund att slå samman.').max(100),
      id: forbundRef,
      name: z.string().trim().min(1, 'Ange det sammanslagna förbundets namn.').max(200),
      pooling: z.discriminatedUnion('rule', [
        z.object({ rule: z.literal('sum') }).strict(),
        z.object({ rule: z.literal('entered'), equity: z.number().int().min(-1e12).max(1e12) }).strict(),
      ]),
    })
    .strict(),
]);
export type SimulationChange = z.infer<typeof simulationChangeSchema>;
export const simulationChangesSchema = z.array(simulationChangeSchema).max(200);

/** A förbund's equity and income for the guideline test (its annual report); null where not known. */
export interface GuidelineFigures {
  equity: number | null;
  income: number | null;
}

/** The pooled equity of one merger and its guideline test. */
export interface PooledEquity {
  mergeId: string;
  name: string;
  rule: PoolingRule;
  income: number | null;
  equity: number | null;
  /** Null when the figures are missing: the merged förbund is then above when any part was (core `applyModelChanges`). */
  assessment: EquityAssessment | null;
}

/**
 * Turns saved changes into core's ModelChange[]: a merger's pooled equity by its rule (sum of the parts,
 * or the entered amount) with the parts' income summed, re-tested against the guideline. A merger of a
 * merged förbund pools the earlier pooled figures. Source: issue 16 item 6, decision 0054.
 */
export function toModelChanges(
  changes: readonly SimulationChange[],
  guideline: EquityGuideline | null,
  figuresOf: (forbundId: string) => GuidelineFigures | undefined,
): { changes: ModelChange[]; pooled: PooledEquity[] } {
  const merged = new Map<string, GuidelineFigures>();
  const pooled: PooledEquity[] = [];
  const out = changes.map((c): ModelChange => {
    if (c.kind !== 'merge') return c;
    const parts = c.forbundIds.map((id) => merged.get(id) ?? figuresOf(id) ?? { equity: null, income: null });
    const sum = (pick: (p: GuidelineFigures) => number | null) =>
      parts.every((p) => pick(p) !== null) ? parts.reduce((s, p) => s + pick(p)!, 0) : null;
    const income = sum((p) => p.income);
    const equity = c.pooling.rule === 'sum' ? sum((p) => p.equity) : c.pooling.equity;
    merged.set(c.id, { income, equity });
    const known = income !== null && equity !== null;
    pooled.push({
      mergeId: c.id,
      name: c.name,
      rule: c.pooling.rule,
      income,
      equity,
      assessment: known ? assessEquity(guideline, income, equity) : null,
    });
    const { pooling: _pooling, ...rest } = c;
    return known ? { ...rest, pooled: { guideline, income, equity } } : rest;
  });
  return { changes: out, pooled };
}

/** A member (region or kommun) of the förbund in a comparison. */
export interface MemberRef {
  id: string;
  name: string;
}

export interface MemberComparisonRow {
  id: string;
  name: string;
  kind: 'region' | 'kommun';
  /** What the member pays to match the granted state money, before and after the changes (kr). */
  before: number;
  after: number;
  difference: number;
  /** The förbund (after the changes) the member pays into. */
  forbundIds: string[];
}

/**
 * Before and after per member: each förbund's granted state money is matched by its members (region
 * and kommuner each half, the kommuner by inhabitants 16–64, `memberContributions`), and a member of
 * several förbund (a region) pays the sum. A merged förbund's regions are its parts' regions. Förbund
 * without kommuner or regions cannot be split and are listed in `notSplit`.
 * Source: issue 16 item 6 ("before/after per förbund and per member"), finance.md "Members' contributions".
 */
export function memberComparison(
  year: ModelYear,
  changes: readonly ModelChange[],
  regionsOf: (forbundId: string) => readonly MemberRef[],
): { rows: MemberComparisonRow[]; notSplit: string[] } {
  const { before, after, rows: simRows } = simulate(year, changes);
  const changed = applyModelChanges(year, changes);
  const formerIds = new Map(simRows.map((r) => [r.id, r.formerIds]));
  const kommunById = new Map(year.kommuner.map((k) => [k.id, k]));
  const table = new Map<string, MemberComparisonRow>();
  const notSplit = new Set<string>();
  const add = (
    result: typeof before,
    forbund: ModelYear['forbund'],
    side: 'before' | 'after',
    regions: (id: string) => MemberRef[],
  ) => {
    for (const f of result.forbund) {
      const kommuner = forbund.find((x) => x.id === f.id)!.kommunIds.map((id) => kommunById.get(id)!);
      const regionList = regions(f.id);
      if (kommuner.length === 0 || regionList.length === 0 || kommuner.every((k) => k.inhabitants16to64 === 0)) {
        notSplit.add(f.name);
        continue;
      }
      const split = memberContributions(f.granted, regionList, { kind: 'inhabitants', kommuner });
      for (const [kind, parts] of [
        ['region', split.regions],
        ['kommun', split.kommuner],
      ] as const) {
        for (const p of parts) {
          const key = `${kind}:${p.id}`;
          const row = table.get(key) ?? {
            id: p.id,
            name: p.name,
            kind,
            before: 0,
            after: 0,
            difference: 0,
            forbundIds: [],
          };
          row[side] += p.amount;
          if (side === 'after') row.forbundIds.push(f.id);
          row.difference = row.after - row.before;
          table.set(key, row);
        }
      }
    }
  };
  const unionOf = (ids: readonly string[]) => [
    ...new Map(ids.flatMap((id) => regionsOf(id)).map((r) => [r.id, { ...r }])).values(),
  ];
  add(before, year.forbund, 'before', (id) => unionOf([id]));
  add(after, changed.forbund, 'after', (id) => unionOf(formerIds.get(id) ?? [id]));
  const rows = [...table.values()].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name, 'sv') : a.kind === 'region' ? -1 : 1,
  );
  return { rows, notSplit: [...notSplit] };
}

/**
 * The members a simulation is about: those paying into a merged förbund or one linked to Insikt (`linked`,
 * by the ids before the changes); the rest of the country apart, so the table a board reads is not 290
 * kommuner long. When nothing is merged or linked, every member is in focus. Source: issue 16 item 6.
 */
export function membersInFocus(
  result: { rows: readonly { id: string; formerIds: readonly string[] }[]; members: readonly MemberComparisonRow[] },
  linked: ReadonlySet<string>,
): { focus: MemberComparisonRow[]; rest: MemberComparisonRow[] } {
  const focusIds = new Set(
    result.rows.filter((r) => r.formerIds.length > 1 || r.formerIds.some((id) => linked.has(id))).map((r) => r.id),
  );
  if (focusIds.size === 0) return { focus: [...result.members], rest: [] };
  const inFocus = (m: MemberComparisonRow) => m.forbundIds.some((id) => focusIds.has(id));
  return { focus: result.members.filter(inFocus), rest: result.members.filter((m) => !inFocus(m)) };
}
