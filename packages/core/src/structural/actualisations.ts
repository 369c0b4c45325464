import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { perturbCount } from '../disclosure/cell-key';
import { inStudies, inWork, onPublicSupport, type SituationFacts } from '../follow-up/report';
import { GENDERS, type Gender } from '../participation';
import { idSchema, versionSchema } from '../schemas';
import { OTHER_ORGANISATION } from './activity-input';

/** What the joint team decides about a raised case (issue 17 §2, seed 000 §3.2: "gruppen bedömer om individen är i behov av samordning"). */
export const ACTUALISATION_DECISIONS = ['samordning', 'ej_samordning', 'hanvisad', 'ej_beslutad'] as const;
export type ActualisationDecision = (typeof ACTUALISATION_DECISIONS)[number];

export const ACTUALISATION_DECISION_LABELS_SV: Record<ActualisationDecision, string> = {
  samordning: 'Samordning behövs',
  ej_samordning: 'Samordning behövs inte',
  hanvisad: 'Hänvisad till annan insats eller aktör',
  ej_beslutad: 'Inte beslutat än',
};

/**
 * A case raised to a joint team (issue 17 §2): when, by which party, the person's gender and the
 * team's decision; no name, no personnummer. `participationId` links the participation it led to:
 * left out, the link stays as it is (a role without personal-data access never sees or sets it).
 */
export const actualisationInput = z.object({
  date: isoDateSchema(),
  raisedBy: z.union([idSchema, z.literal(OTHER_ORGANISATION)], { error: 'Välj den part som aktualiserade.' }),
  gender: z.enum(GENDERS, { error: 'Välj kvinna, man eller uppgift saknas.' }).nullable(),
  decision: z.enum(ACTUALISATION_DECISIONS, { error: 'Välj arbetsgruppens beslut.' }),
  // Checked for personnummer like all free text (refuseIdentityNumbers); kept only when hänvisad.
  referredTo: z.string().trim().max(200, 'Högst 200 tecken.').default(''),
  participationId: idSchema.nullable().optional(),
});
export type ActualisationInput = z.infer<typeof actualisationInput>;

export const actualisationUpdateInput = actualisationInput.extend({ version: versionSchema });
export type ActualisationUpdateInput = z.infer<typeof actualisationUpdateInput>;

/** A case raised to a joint team; no person, only who raised it, the gender and the link to a participation. */
export interface ActualisationRecord {
  /** The member (party) that raised the case. */
  raisedBy: string;
  gender: Gender | null;
  decision: ActualisationDecision;
  /**
   * The linked participation (felregistrering excluded by the caller): whether it has ended and the
   * situation at exit, null when nothing about it was recorded.
   */
  participation: { exited: boolean; atExit: SituationFacts | null } | null;
}

/**
 * Egenförsörjning at exit: in work or studies and with no public support (participant-data.md §1, "offentlig
 * försörjning"). Seed 000's first key figure, "andel som når egenförsörjning".
 */
export const selfSupporting = (s: SituationFacts) => (inWork(s) || inStudies(s)) && !onPublicSupport(s);

/** Counts of raised cases; numbers are null where disclosure control hides them ("<5"). */
export interface ActualisationSummary<N = number> {
  raised: N;
  byParty: { raisedBy: string; total: N; women: N; men: N; unknownGender: N }[];
  byDecision: Record<ActualisationDecision, N>;
  /** Raised cases that led to a participation. */
  linked: N;
  /** Of those, participations that have ended. */
  ended: N;
  /** Of the ended, those with a situation recorded at exit: the share's denominator. */
  endedKnown: N;
  /** Of those, the ones self-supporting at exit. */
  selfSupporting: N;
  /** selfSupporting / endedKnown; null while none has ended with a known situation (or either is hidden). */
  selfSupportingShare: number | null;
}
export type ReleasedActualisations = ActualisationSummary<number | null>;

/** A raised case with its secret record key (0–255), computed by the server from its secret (decision 0015). */
export interface KeyedActualisation extends ActualisationRecord {
  date: string;
  key: number;
}

interface Cell {
  count: number;
  keySum: number;
}

/** The cells every summary has, whatever the records: each is one set of raised cases. */
function tally(records: readonly (ActualisationRecord & { key?: number })[]) {
  const cells = new Map<string, Cell>();
  const add = (name: string, key: number) => {
    const cell = cells.get(name) ?? { count: 0, keySum: 0 };
    cell.count += 1;
    cell.keySum += key;
    cells.set(name, cell);
  };
  const parties: string[] = [];
  for (const r of records) {
    const key = r.key ?? 0;
    if (!parties.includes(r.raisedBy)) parties.push(r.raisedBy);
    add('raised', key);
    add(`party:${r.raisedBy}:total`, key);
    add(`party:${r.raisedBy}:${r.gender ?? 'unknown'}`, key);
    add(`decision:${r.decision}`, key);
    if (!r.participation) continue;
    add('linked', key);
    if (!r.participation.exited) continue;
    add('ended', key);
    if (!r.participation.atExit) continue;
    add('endedKnown', key);
    if (selfSupporting(r.participation.atExit)) add('selfSupporting', key);
  }
  return { cells, parties };
}

function summary<N extends number | null>(
  records: readonly (ActualisationRecord & { key?: number })[],
  value: (cell: Cell) => N,
): ActualisationSummary<N> {
  const { cells, parties } = tally(records);
  const of = (name: string) => value(cells.get(name) ?? { count: 0, keySum: 0 });
  const endedKnown = of('endedKnown');
  const reached = of('selfSupporting');
  return {
    raised: of('raised'),
    byParty: parties.map((p) => ({
      raisedBy: p,
      total: of(`party:${p}:total`),
      women: of(`party:${p}:kvinna`),
      men: of(`party:${p}:man`),
      unknownGender: of(`party:${p}:unknown`),
    })),
    byDecision: Object.fromEntries(ACTUALISATION_DECISIONS.map((d) => [d, of(`decision:${d}`)])) as Record<
      ActualisationDecision,
      N
    >,
    linked: of('linked'),
    ended: of('ended'),
    endedKnown,
    selfSupporting: reached,
    // Released counts carry noise: the share is capped at 100 %, as the outcome report's shares are.
    selfSupportingShare:
      endedKnown === null || reached === null || endedKnown === 0 ? null : Math.min(1, reached / endedKnown),
  };
}

/**
 * Counts of raised cases per party, gender and decision, and the share reaching egenförsörjning through the
 * linked participations: of the linked participations that have ended with a situation recorded at exit,
 * those self-supporting at exit. An ongoing one has no outcome yet and one ended without a recorded
 * situation cannot be judged: both are outside the share, counted in `linked` (and `ended`). Source: issue
 * 17 §2, seed 000.
 */
export function summariseActualisations(records: readonly ActualisationRecord[]): ActualisationSummary {
  return summary(records, (c) => c.count);
}

/**
 * The same counts released through the cell key method when `threshold` is given (roles without
 * personal-data access, Excel and PDF): each raised case is a record, each count a cell (0 stays,
 * 1 to threshold−1 hidden, larger ±2), and the share is computed from the released counts.
 * Source: issue 17 §2 and §4, decision 0015.
 */
export function releasedActualisations(
  records: readonly KeyedActualisation[],
  threshold: number | null,
): ReleasedActualisations {
  if (threshold === null) return summariseActualisations(records);
  return summary(records, (c) => perturbCount(c.count, c.keySum, threshold));
}

/**
 * The aktualiseringar of whole calendar years: each year and the whole span, by the date the case
 * was raised (a linked participation's outcome counts in the year its case was raised). Protected
 * reports cover whole years only, so every cell is a fixed set of records (decision 0015).
 */
export function actualisationReport(
  records: readonly KeyedActualisation[],
  years: { fromYear: number; toYear: number },
  threshold: number | null,
): { years: { year: number; summary: ReleasedActualisations }[]; total: ReleasedActualisations } {
  const yearOf = (r: KeyedActualisation) => Number(r.date.slice(0, 4));
  const within = records.filter((r) => yearOf(r) >= years.fromYear && yearOf(r) <= years.toYear);
  return {
    years: Array.from({ length: years.toYear - years.fromYear + 1 }, (_, i) => years.fromYear + i).map((year) => ({
      year,
      summary: releasedActualisations(
        within.filter((r) => yearOf(r) === year),
        threshold,
      ),
    })),
    total: releasedActualisations(within, threshold),
  };
}
