import { and, eq } from 'drizzle-orm';
import { DEVIATION_TRANSITIONS, type DeviationStatus, type DeviationType, type HinderKind } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import {
  bodyMeetings,
  deviationEvents,
  deviations,
  deviationSettings,
  members,
  roleAssignments,
  users,
} from '../../db/schema';
import { newReportToken } from '../deviations/deviations.repository';
import type { DemoEvaluationContext } from './demo-evaluation';
import { randomSource } from './random';

/** Reports of the kind seed 003 and the förbund's Excel lists hold: a party, a type, what happened. */
const REPORTS: { type: DeviationType; hinder: HinderKind | null; party: number; text: string; answer: string }[] = [
  {
    type: 'agreement_breach',
    hinder: 'organisational',
    party: 0,
    text: 'Försäkringskassans handläggare kom inte till det överenskomna trepartsmötet och ingen ersättare skickades.',
    answer: 'Försäkringskassan har infört en rutin för ersättare vid trepartsmöten. Påminnelse skickas en vecka före.',
  },
  {
    type: 'agreement_breach',
    hinder: 'organisational',
    party: 1,
    text: 'Arbetsförmedlingen deltog inte i den gemensamma planeringen som överenskommelsen beskriver.',
    answer: 'Arbetsförmedlingen har utsett en kontaktperson per insats som deltar i planeringen.',
  },
  {
    type: 'rules_lock',
    hinder: 'structural',
    party: 0,
    text: 'Regeln om arbetsförmåga mot hela arbetsmarknaden gjorde att deltagaren inte kunde ta del av arbetsträningen.',
    answer: 'Frågan är lyft nationellt genom förbundets styrelse. Lokalt prövas arbetsträning inom ramen för insatsen.',
  },
  {
    type: 'hard_to_reach',
    hinder: 'organisational',
    party: 2,
    text: 'Det gick inte att nå rätt kontakt inom psykiatrin under tre veckor trots flera försök.',
    answer: 'Regionen har publicerat en kontaktlista för samverkan med funktionsbrevlåda per mottagning.',
  },
  {
    type: 'information_lost',
    hinder: 'cultural',
    party: 3,
    text: 'Beslut om försörjningsstöd nådde inte coachen, så planeringen byggde på gamla uppgifter.',
    answer: 'Socialtjänsten informerar coachen vid ändrade beslut när samtycke finns.',
  },
  {
    type: 'information_lost',
    hinder: 'organisational',
    party: 1,
    text: 'En ändrad handlingsplan skickades inte vidare till övriga parter före uppföljningsmötet.',
    answer: 'Parterna har kommit överens om att handlingsplaner delas senast två dagar före mötet.',
  },
  {
    type: 'agreement_breach',
    hinder: 'organisational',
    party: 2,
    text: 'Regionens representant uteblev från tre av fyra möten i styrgruppen under våren.',
    answer: 'Regionen har utsett en ny representant med mandat och ersättare.',
  },
  {
    type: 'other',
    hinder: null,
    party: 3,
    text: 'Lokaler för gemensamma möten saknades när kommunens lokal sades upp.',
    answer: 'Kommunen har ordnat en ny lokal som alla parter kan boka.',
  },
];

/** The steps a case of the given final status went through, in order (issue 15 §2). */
function pathTo(final: DeviationStatus, local: boolean): DeviationStatus[] {
  const path: DeviationStatus[] = ['received'];
  while (path.at(-1) !== final) {
    const next = DEVIATION_TRANSITIONS[path.at(-1)!];
    path.push(next.length > 1 ? (local ? next[0]! : next[1]!) : next[0]!);
  }
  return path;
}

/**
 * About 40 deviation cases over two years across the demo förbund (issue 15 §7), in every state, with
 * the beredningsgrupp's and the board's meeting dates, the report link on, and the first förbund's
 * publication open without login. No reporter contact details: the demo names no one.
 */
export async function demoDeviations(tx: Tx, context: DemoEvaluationContext): Promise<void> {
  const { associationId, interventionIds, index, today } = context;
  const r = randomSource(1210 + index);
  const memberRows = await tx.select().from(members).where(eq(members.associationId, associationId));
  const byKind = (kind: string) => memberRows.filter((m) => m.kind === kind);
  // FK, AF, the region, the first kommun: the parties REPORTS point at.
  const parties = [byKind('fk')[0]!, byKind('af')[0]!, byKind('region')[0]!, byKind('municipality')[0]!].map(
    (m) => m.id,
  );
  const [handler] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(roleAssignments.associationId, associationId), eq(roleAssignments.role, 'association_admin')));

  // The beredningsgrupp meets every six weeks, the board every quarter: two years back, half a year ahead.
  const start = r.addDays(today, -730);
  const meetings: { body: 'preparatoryGroup' | 'board'; date: string }[] = [];
  for (let d = r.addDays(start, 10); d <= r.addDays(today, 180); d = r.addDays(d, 42))
    meetings.push({ body: 'preparatoryGroup', date: d });
  for (let d = r.addDays(start, 30); d <= r.addDays(today, 180); d = r.addDays(d, 91))
    meetings.push({ body: 'board', date: d });
  await tx.insert(bodyMeetings).values(meetings.map((m) => ({ ...m, associationId })));
  await tx.insert(deviationSettings).values({
    associationId,
    reportToken: newReportToken(),
    reportLinkEnabled: true,
    publicationPublic: index === 0,
  });

  const count = [15, 13, 12][index] ?? 12;
  for (let n = 1; n <= count; n++) {
    const age = Math.round(((count - n) / (count - 1)) * 700) + r.int(0, 20);
    const receivedOn = r.addDays(today, -age);
    // The newest four cases are in the open states, one each; older ones mostly done.
    const newest: DeviationStatus[] = ['received', 'investigating', 'raised', 'solved_locally'];
    const final: DeviationStatus =
      count - n < newest.length
        ? newest[count - n]!
        : age > 150
          ? r.weighted([
              ['published', 6],
              ['answered', 1],
            ])
          : r.pick(['answered', 'raised', 'solved_locally', 'published'] as const);
    // A case raised to the parties was not solved locally, and the other way round.
    const local = final === 'raised' ? false : final === 'solved_locally' ? true : r.chance(0.55);
    const report = REPORTS[(n + index * 3) % REPORTS.length]!;
    const path = pathTo(final, local);
    const raised = path.includes('raised');
    const meetingDate = raised
      ? (meetings.find((m) => m.body === 'board' && m.date > r.addDays(receivedOn, 20))?.date ?? null)
      : null;
    const answeredOn = path.includes('answered')
      ? r.addDays(receivedOn, r.int(raised ? 30 : 8, raised ? 110 : 45))
      : null;
    const cappedAnswer = answeredOn && answeredOn > today ? today : answeredOn;
    const publishedOn = path.includes('published') && cappedAnswer ? r.addDays(cappedAnswer, r.int(2, 14)) : null;
    const [row] = await tx
      .insert(deviations)
      .values({
        associationId,
        number: n,
        channel: r.chance(0.7) ? 'link' : 'staff',
        occurredOn: r.addDays(receivedOn, -r.int(0, 10)),
        receivedOn,
        interventionId: r.chance(0.85) ? interventionIds[r.int(0, interventionIds.length - 1)]! : null,
        forum: '',
        memberIds: r.chance(0.2)
          ? [parties[report.party]!, parties[(report.party + 1) % 4]!]
          : [parties[report.party]!],
        ownOrganisation: r.chance(0.1),
        type: report.type,
        hinderKind: report.hinder,
        description: report.text,
        suggestion: r.chance(0.5) ? 'Ta upp frågan i beredningsgruppen.' : '',
        status: final,
        body: raised ? 'board' : 'preparatoryGroup',
        meetingDate,
        resolution: raised ? 'raised' : path.includes('solved_locally') ? 'local' : null,
        handlerId: final === 'received' ? null : (handler?.id ?? null),
        answer: path.includes('answered') || final === 'raised' ? report.answer : '',
        answeredOn: cappedAnswer,
        publishedOn: publishedOn && publishedOn > today ? today : publishedOn,
      })
      .returning();
    // A case without a forum names its insats; one without an insats is a forum's.
    if (!row!.interventionId)
      await tx.update(deviations).set({ forum: 'Samverkansmöte för parterna' }).where(eq(deviations.id, row!.id));
    const steps = path.slice(1);
    if (steps.length > 0)
      await tx.insert(deviationEvents).values(
        steps.map((to, i) => ({
          deviationId: row!.id,
          associationId,
          kind: 'status' as const,
          fromStatus: path[i]!,
          toStatus: to,
          note: to === 'investigating' ? 'Kontaktade rapportören med följdfrågor.' : '',
          byUserId: handler?.id ?? null,
          byName: handler?.name ?? 'Förbundschef',
          at: new Date(`${r.addDays(receivedOn, Math.min(3 + i * 12, Math.max(0, age)))}T09:00:00Z`),
        })),
      );
  }
}
