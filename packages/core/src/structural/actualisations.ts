import type { Gender } from '../participation';
import { inStudies, inWork, onPublicSupport, type SituationFacts } from '../follow-up/report';

/** What the joint team decides about a raised case (issue 17 §2, seed 000 §3.2: "gruppen bedömer om individen är i behov av samordning"). */
export const ACTUALISATION_DECISIONS = ['samordning', 'ej_samordning', 'hanvisad', 'ej_beslutad'] as const;
export type ActualisationDecision = (typeof ACTUALISATION_DECISIONS)[number];

export const ACTUALISATION_DECISION_LABELS_SV: Record<ActualisationDecision, string> = {
  samordning: 'Samordning behövs',
  ej_samordning: 'Samordning behövs inte',
  hanvisad: 'Hänvisad till annan insats eller aktör',
  ej_beslutad: 'Inte beslutat än',
};

/** A case raised to a joint team; no person, only who raised it, the gender and the link to a participation. */
export interface ActualisationRecord {
  /** The member (party) that raised the case. */
  raisedBy: string;
  gender: Gender | null;
  decision: ActualisationDecision;
  /** The linked participation's exit, when it led to one and it has ended (felregistrering excluded by the caller). */
  participation: { exited: boolean; atExit: SituationFacts | null } | null;
}

/**
 * Egenförsörjning at exit: in work or studies and with no public support (participant-data.md §1, "offentlig
 * försörjning"). Seed 000's first key figure, "andel som når egenförsörjning".
 */
export const selfSupporting = (s: SituationFacts) => (inWork(s) || inStudies(s)) && !onPublicSupport(s);

export interface ActualisationSummary {
  raised: number;
  byParty: { raisedBy: string; total: number; women: number; men: number; unknownGender: number }[];
  byDecision: Record<ActualisationDecision, number>;
  /** Raised cases that led to a participation. */
  linked: number;
  /** Of those, participations that have ended: the share's denominator. */
  exited: number;
  /** Of the ended, those self-supporting at exit. */
  selfSupporting: number;
  /** selfSupporting / exited; null while none has ended. */
  selfSupportingShare: number | null;
}

/**
 * Counts of raised cases per party, gender and decision, and the share reaching egenförsörjning through the
 * linked participations: of the linked participations that have ended, those self-supporting at exit (an
 * ongoing one has no outcome yet and is outside the share, counted in `linked`). Source: issue 17 §2, seed 000.
 */
export function summariseActualisations(records: readonly ActualisationRecord[]): ActualisationSummary {
  const parties = new Map<string, ActualisationSummary['byParty'][number]>();
  const byDecision = Object.fromEntries(ACTUALISATION_DECISIONS.map((d) => [d, 0])) as Record<
    ActualisationDecision,
    number
  >;
  let linked = 0;
  let exited = 0;
  let reached = 0;
  for (const r of records) {
    const p = parties.get(r.raisedBy) ?? { raisedBy: r.raisedBy, total: 0, women: 0, men: 0, unknownGender: 0 };
    p.total += 1;
    if (r.gender === 'kvinna') p.women += 1;
    else if (r.gender === 'man') p.men += 1;
    else p.unknownGender += 1;
    parties.set(r.raisedBy, p);
    byDecision[r.decision] += 1;
    if (!r.participation) continue;
    linked += 1;
    if (!r.participation.exited) continue;
    exited += 1;
    if (r.participation.atExit && selfSupporting(r.participation.atExit)) reached += 1;
  }
  return {
    raised: records.length,
    byParty: [...parties.values()],
    byDecision,
    linked,
    exited,
    selfSupporting: reached,
    selfSupportingShare: exited === 0 ? null : reached / exited,
  };
}
