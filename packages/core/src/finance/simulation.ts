import {
  allocateStateFunds,
  type AllocationParameters,
  type AllocationResult,
  type ForbundAllocation,
  type ForbundInput,
  type KommunInput,
} from './allocation-model';
import { FinanceInputError } from './apportion';
import { assessEquity, type EquityGuideline } from './equity-guideline';

/** A model year's inputs: the parameters, the förbund and the kommuner. Source: finance.md "Simulation". */
export interface ModelYear {
  params: AllocationParameters;
  forbund: ForbundInput[];
  kommuner: KommunInput[];
}

/** A change to a model year. Source: issue 16 item 6 (a kommun moves, a förbund takes more or less, a new D, merge). */
export type ModelChange =
  | { kind: 'move-kommun'; kommunId: string; toForbundId: string }
  | { kind: 'request'; forbundId: string; requested: number | null }
  | { kind: 'distributable'; amount: number }
  | {
      kind: 'merge';
      forbundIds: string[];
      id: string;
      name: string;
      /** Pooled equity (the chosen rule's result) and income, re-tested against the guideline; without it the merged förbund is above when any part was. */
      pooled?: { guideline: EquityGuideline | null; income: number; equity: number };
    };

function findForbund(forbund: readonly ForbundInput[], id: string): ForbundInput {
  const f = forbund.find((x) => x.id === id);
  if (!f) throw new FinanceInputError(`Simuleringen nämner ett okänt förbund: ${id}.`, 'forbundId', id);
  return f;
}

/**
 * Applies changes in order to a copy of a model year (the input is not changed). A merger gives one förbund
 * with all the kommuner, last year's allocations and requests summed (a request stays "the whole offer"
 * when any part had that), and the guideline re-tested on the pooled equity. Source: finance.md "Simulation",
 * seed 003 §8.2, issue 16 item 6.
 */
export function applyModelChanges(year: ModelYear, changes: readonly ModelChange[]): ModelYear {
  let forbund = year.forbund.map((f) => ({ ...f, kommunIds: [...f.kommunIds] }));
  let params = { ...year.params };
  for (const c of changes) {
    if (c.kind === 'distributable') params = { ...params, distributable: c.amount };
    else if (c.kind === 'request') findForbund(forbund, c.forbundId).requested = c.requested;
    else if (c.kind === 'move-kommun') {
      const to = findForbund(forbund, c.toForbundId);
      const from = forbund.find((f) => f.kommunIds.includes(c.kommunId));
      if (!from)
        throw new FinanceInputError(`Kommunen ${c.kommunId} ingår inte i något förbund.`, 'kommunId', c.kommunId);
      from.kommunIds = from.kommunIds.filter((k) => k !== c.kommunId);
      to.kommunIds.push(c.kommunId);
    } else {
      const parts = c.forbundIds.map((id) => findForbund(forbund, id));
      if (parts.length < 2)
        throw new FinanceInputError('En sammanslagning behöver minst två förbund.', 'forbundIds', c.forbundIds);
      // Two förbund with one id would be compared with each other's parts and found by later changes in turn.
      const taken = forbund.find((f) => f.id === c.id && !parts.includes(f));
      if (taken)
        throw new FinanceInputError(
          `Det sammanslagna förbundet ${c.name} kan inte få samma id som ${taken.name} (${c.id}).`,
          'id',
          c.id,
        );
      const previous = parts.map((p) => p.previousAllocation);
      const requests = parts.map((p) => p.requested);
      const merged: ForbundInput = {
        id: c.id,
        name: c.name,
        kommunIds: parts.flatMap((p) => p.kommunIds),
        previousAllocation: previous.every((p) => p === null)
          ? null
          : previous.reduce<number>((s, p) => s + (p ?? 0), 0),
        aboveGuideline: c.pooled
          ? assessEquity(c.pooled.guideline, c.pooled.income, c.pooled.equity).losesProtection
          : parts.some((p) => p.aboveGuideline),
        requested: requests.some((r) => r === null) ? null : requests.reduce<number>((s, r) => s + (r ?? 0), 0),
      };
      const at = forbund.indexOf(parts[0]!);
      forbund = forbund.filter((f) => !parts.includes(f));
      forbund.splice(Math.min(at, forbund.length), 0, merged);
    }
  }
  return { params, forbund, kommuner: year.kommuner };
}

/** A förbund's figures in a comparison (several förbund summed for a merger). */
export interface SimulationFigures {
  offer: number;
  granted: number;
  /** What the region and kommuner together pay to match the granted state money (the law: as much as the state). */
  membersMatching: number;
  baseGrant: number;
  /** Both keys together. */
  keys: number;
  /** Protection and its cost (the cost is OUR ASSUMPTION, see PROTECTION_COST_ASSUMPTION). */
  protection: number;
  /** Unrequested and redistributed money. */
  requests: number;
}

export interface SimulationRow {
  id: string;
  name: string;
  /** The förbund before the change this row compares with. */
  formerIds: string[];
  protectedAfter: boolean;
  before: SimulationFigures;
  after: SimulationFigures;
  difference: SimulationFigures;
}

const figures = (list: readonly ForbundAllocation[]): SimulationFigures => {
  const t = (pick: (f: ForbundAllocation) => number) => list.reduce((s, f) => s + pick(f), 0);
  return {
    offer: t((f) => f.offer),
    granted: t((f) => f.granted),
    membersMatching: t((f) => f.granted),
    baseGrant: t((f) => f.parts.baseGrant),
    keys: t((f) => f.parts.supportMeasureKey + f.parts.inhabitantsKey),
    protection: t((f) => f.parts.protection + f.parts.protectionCost),
    requests: t((f) => f.parts.unrequested + f.parts.redistributed),
  };
};

/**
 * Runs the allocation model before and after the changes and compares per förbund after the change (a
 * merged förbund against the sum of its parts), with how much of the difference came from each rule: a
 * merger's lost base grants and the part that returns through the keys when D stays the same.
 * Source: finance.md "Simulation", seed 003 §8.2, issue 16 item 6.
 */
export function simulate(
  year: ModelYear,
  changes: readonly ModelChange[],
): { before: AllocationResult; after: AllocationResult; rows: SimulationRow[] } {
  const changed = applyModelChanges(year, changes);
  const before = allocateStateFunds(year.params, year.forbund, year.kommuner);
  const after = allocateStateFunds(changed.params, changed.forbund, changed.kommuner);
  const mergedInto = new Map<string, string[]>();
  for (const c of changes) {
    if (c.kind !== 'merge') continue;
    // A förbund merged twice (into a merger that is merged again) brings its own parts along.
    mergedInto.set(
      c.id,
      c.forbundIds.flatMap((id) => mergedInto.get(id) ?? [id]),
    );
  }
  const rows = after.forbund.map((a) => {
    const formerIds = mergedInto.get(a.id) ?? [a.id];
    const b = figures(before.forbund.filter((f) => formerIds.includes(f.id)));
    const x = figures([a]);
    const difference = Object.fromEntries(
      Object.keys(x).map((k) => [k, x[k as keyof SimulationFigures] - b[k as keyof SimulationFigures]]),
    ) as unknown as SimulationFigures;
    return { id: a.id, name: a.name, formerIds, protectedAfter: a.protected, before: b, after: x, difference };
  });
  return { before, after, rows };
}
