import { and, eq } from 'drizzle-orm';
import type { ActualisationDecision, Gender } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { participations, roleAssignments, roleInterventions } from '../../db/schema';
import { structuralActualisations } from '../structural/structural.schema';
import { randomSource } from './random';

const REFERRALS = [
  'Vuxenpsykiatrin',
  'Socialtjänstens försörjningsstöd',
  'Arbetsförmedlingens rustande insatser',
  'Beroendevården',
  'Kommunens arbetsmarknadsenhet',
];

/**
 * Two years of aktualiseringar to the samordnare's arbetsgrupp (issue 17 §6, seed 000 §3.2: "samtliga
 * parter kan aktualisera ärenden"): two to four a month from FK, AF, kommun and region, a plausible mix
 * of decisions, and about half of the cases that needed coordination linked to a participation of the
 * förbund that started within two months after (the gender is then the participation's). Those still
 * undecided are the last month's. Its own random source, so the rest of the demo is unchanged.
 */
export async function demoActualisations(
  tx: Tx,
  context: {
    associationId: string;
    interventionId: string;
    index: number;
    today: string;
    parties: { fk: string; af: string; region: string; kommuner: string[] };
  },
) {
  const { associationId, interventionId, index, today, parties } = context;
  const random = randomSource(1800 + index);
  const candidates = (
    await tx
      .select({
        id: participations.id,
        startDate: participations.startDate,
        gender: participations.gender,
        exitReason: participations.exitReason,
      })
      .from(participations)
      .where(eq(participations.associationId, associationId))
  )
    .filter((p) => p.exitReason !== 'felregistrering')
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const used = new Set<string>();
  const linkFor = (date: string) => {
    const until = random.addDays(date, 60);
    const open = candidates.filter((p) => !used.has(p.id) && p.startDate >= date && p.startDate <= until);
    if (open.length === 0) return null;
    const chosen = random.pick(open);
    used.add(chosen.id);
    return chosen;
  };
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const rows: (typeof structuralActualisations.$inferInsert)[] = [];
  for (let m = 0; m < 24; m++) {
    const first = new Date(Date.UTC(year - 2, month + m, 1)).toISOString().slice(0, 10);
    const last = new Date(Date.UTC(year - 2, month + m + 1, 0)).toISOString().slice(0, 10);
    for (let n = random.int(2, 4); n > 0; n--) {
      const date = random.dateBetween(first, last < today ? last : today);
      const recent = random.addDays(date, 30) > today;
      const decision = random.weighted<ActualisationDecision>([
        ['samordning', 55],
        ['ej_samordning', 15],
        ['hanvisad', 20],
        ['ej_beslutad', recent ? 40 : 0],
      ]);
      const link = decision === 'samordning' && random.chance(0.55) ? linkFor(date) : null;
      const gender: Gender | null =
        link?.gender ??
        random.weighted<Gender | null>([
          ['kvinna', 55],
          ['man', 40],
          [null, 5],
        ]);
      rows.push({
        associationId,
        interventionId,
        date,
        raisedBy: random.weighted([
          [parties.fk, 3],
          [parties.af, 3],
          [random.pick(parties.kommuner.length ? parties.kommuner : [parties.fk]), 4],
          [parties.region, 2],
        ]),
        gender,
        decision,
        referredTo: decision === 'hanvisad' ? random.pick(REFERRALS) : '',
        participationId: link?.id ?? null,
      });
    }
  }
  if (rows.length > 0) await tx.insert(structuralActualisations).values(rows);
}

/** The förbund's demo insatsansvarig records the samordnare's activities and aktualiseringar too. */
export async function assignDemoLead(tx: Tx, associationId: string, interventionId: string) {
  const leads = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.associationId, associationId), eq(roleAssignments.role, 'intervention_lead')));
  if (leads.length === 0) return;
  await tx.insert(roleInterventions).values(leads.map((l) => ({ roleAssignmentId: l.id, interventionId })));
}
