import { PLAN_PHASES, type EvaluationPlan, type PlanPhase } from './schema';

/** Seed 001 l.285–289: two evaluation cycles, each of three phases, with a delrapport and a lärandeworkshop. */
export const DEFAULT_CYCLES = 2;

/** An evaluation plan with `cycles` cycles and no dates yet. */
export function defaultPlan(cycles = DEFAULT_CYCLES): EvaluationPlan {
  return {
    questions: [],
    cycles: Array.from({ length: cycles }, () => ({
      phases: PLAN_PHASES.map((phase) => ({ phase, from: null, to: null })),
      interimReport: null,
      workshop: null,
    })),
  };
}

export const TIMELINE_STATUSES = ['done', 'current', 'next', 'later', 'undated'] as const;
export type TimelineStatus = (typeof TIMELINE_STATUSES)[number];

export interface TimelineStep {
  /** 1-based cycle number. */
  cycle: number;
  kind: 'phase' | 'interim_report' | 'workshop';
  phase: PlanPhase | null;
  from: string | null;
  to: string | null;
  status: TimelineStatus;
}

/**
 * The plan as a timeline by `today` (ISO date): a step is done when it ended before today, current
 * while today is within it, next when it is the earliest step still to start (several if they start
 * the same day), later after that, and undated without dates. A step with one date lasts that day.
 */
export function planTimeline(plan: EvaluationPlan, today: string): TimelineStep[] {
  const steps = plan.cycles.flatMap((c, i): Omit<TimelineStep, 'status'>[] => [
    ...c.phases.map((p) => ({ cycle: i + 1, kind: 'phase' as const, phase: p.phase, from: p.from, to: p.to })),
    { cycle: i + 1, kind: 'interim_report', phase: null, from: c.interimReport, to: c.interimReport },
    { cycle: i + 1, kind: 'workshop', phase: null, from: c.workshop, to: c.workshop },
  ]);
  const start = (s: Omit<TimelineStep, 'status'>) => s.from ?? s.to;
  const end = (s: Omit<TimelineStep, 'status'>) => s.to ?? s.from;
  const upcoming = steps.map(start).filter((d): d is string => d !== null && d > today);
  const next = upcoming.length > 0 ? upcoming.reduce((a, b) => (a < b ? a : b)) : null;
  return steps.map((s) => {
    const from = start(s);
    const to = end(s);
    let status: TimelineStatus;
    if (from === null || to === null) status = 'undated';
    else if (to < today) status = 'done';
    else if (from <= today) status = 'current';
    else status = from === next ? 'next' : 'later';
    return { ...s, status };
  });
}
