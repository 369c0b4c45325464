import { IMPLEMENTATION_BARRIERS, type ImplementationBarrier, type ImplementationStatus } from './codes';

/** What became of an ended insats in ordinary services; "undecided": no result recorded yet. */
export const IMPLEMENTATION_OUTCOMES = ['full', 'partial', 'not', 'undecided'] as const;
export type ImplementationOutcome = (typeof IMPLEMENTATION_OUTCOMES)[number];

const RESULT_OF: Partial<Record<ImplementationStatus, Exclude<ImplementationOutcome, 'undecided'>>> = {
  implemented_fully: 'full',
  implemented_partly: 'partial',
  not_implemented: 'not',
  // Carried on with someone else's money: not taken over by the members' ordinary services.
  other_financing: 'not',
};

/**
 * The outcome of an insats's implementation: the latest status in its history that carries a result
 * (helt, delvis, ej, annan finansiering). "Avslutad" closes the record and keeps the result before it.
 */
export function implementationOutcome(history: readonly { status: ImplementationStatus }[]): ImplementationOutcome {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const result = RESULT_OF[history[i]!.status];
    if (result) return result;
  }
  return 'undecided';
}

/** Whole calendar months from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) return -wholeMonthsBetween(to, from);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The median of a list of numbers (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One ended insats as the board view needs it. */
export interface EndedInterventionFacts {
  id: string;
  name: string;
  endDate: string;
  statusHistory: readonly { status: ImplementationStatus }[];
  decisions: readonly { date: string }[];
  barriers: readonly ImplementationBarrier[];
  /** Whether its goals were met (goal fulfilment); null when not measured or hidden by disclosure control. */
  goalsMet: boolean | null;
}

export interface ImplementationSummary {
  ended: number;
  outcomes: Record<ImplementationOutcome, number>;
  /** Implemented fully or partly ÷ ended insatser with a known outcome (helt, delvis or ej). */
  rateOfKnown: number | null;
  /** Implemented fully or partly ÷ all ended insatser, those without a decision included. */
  rateOfEnded: number | null;
  /** Whole months from the insats's end to the first decision of any party (negative: decided before the end). */
  monthsToDecision: { count: number; median: number; min: number; max: number } | null;
  /** Barriers of the ended insatser, each insats counted once per barrier, most common first. */
  barriers: { barrier: ImplementationBarrier; count: number }[];
  /** Ended insatser whose goals were met. */
  successful: number;
  /** Of those, the ones not implemented fully or partly (ej implementerad or no decision): the sources' finding. */
  successfulNotImplemented: { id: string; name: string; endDate: string; outcome: ImplementationOutcome }[];
}

const implemented = (o: ImplementationOutcome) => o === 'full' || o === 'partial';

/**
 * The board's view of implementation over ended insatser (issue 13 §7): outcomes, the implementation
 * rate on two denominators, months from end to decision, barriers, and the successful insatser that
 * were not implemented — the recurring finding of seed 001 §2.3.2 and seed 002 §7.2.
 */
export function summariseImplementation(insatser: readonly EndedInterventionFacts[]): ImplementationSummary {
  const outcomes: Record<ImplementationOutcome, number> = { full: 0, partial: 0, not: 0, undecided: 0 };
  const months: number[] = [];
  const barrierCounts = new Map<ImplementationBarrier, number>();
  const successfulNotImplemented: ImplementationSummary['successfulNotImplemented'] = [];
  let successful = 0;
  for (const insats of insatser) {
    const outcome = implementationOutcome(insats.statusHistory);
    outcomes[outcome] += 1;
    const first = insats.decisions.map((d) => d.date).sort()[0];
    if (first) months.push(wholeMonthsBetween(insats.endDate, first));
    for (const barrier of new Set(insats.barriers)) barrierCounts.set(barrier, (barrierCounts.get(barrier) ?? 0) + 1);
    if (insats.goalsMet === true) {
      successful += 1;
      if (!implemented(outcome))
        successfulNotImplemented.push({ id: insats.id, name: insats.name, endDate: insats.endDate, outcome });
    }
  }
  const done = outcomes.full + outcomes.partial;
  const known = done + outcomes.not;
  return {
    ended: insatser.length,
    outcomes,
    rateOfKnown: known === 0 ? null : done / known,
    rateOfEnded: insatser.length === 0 ? null : done / insatser.length,
    monthsToDecision:
      months.length === 0
        ? null
        : { count: months.length, median: median(months)!, min: Math.min(...months), max: Math.max(...months) },
    barriers: [...barrierCounts.entries()]
      .map(([barrier, count]) => ({ barrier, count }))
      .sort(
        (a, b) =>
          b.count - a.count || IMPLEMENTATION_BARRIERS.indexOf(a.barrier) - IMPLEMENTATION_BARRIERS.indexOf(b.barrier),
      ),
    successful,
    successfulNotImplemented,
  };
}

/**
 * Whether an insats met its goals, from each measured goal's `met` (goal fulfilment of its last year
 * with a measured value): met when at least one goal was measured and every measured goal was met.
 */
export function goalsMet(results: readonly (boolean | null)[]): boolean | null {
  const measured = results.filter((m): m is boolean => m !== null);
  if (measured.length === 0) return null;
  return measured.every(Boolean);
}
