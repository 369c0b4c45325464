import { recurringDates, type ActivityKind, type AttendanceInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { eq } from 'drizzle-orm';
import { interventions, members } from '../../db/schema';
import { insertActivities } from '../structural/structural.repository';
import { assignDemoLead, demoActualisations } from './demo-actualisations';
import { randomSource } from './random';

/**
 * Each demo förbund's samordnare (issue 17 §6, seed 000 §3): a structural insats with two years of
 * activities up to the demo's today: the monthly arbetsgrupp with FK, AF, kommun and region, the
 * styrgrupp two or three times a half-year, samordnardagar and a yearly training day. Counts vary
 * plausibly, some with "uppgift saknas". Its own random source, so the rest of the demo is unchanged.
 */
/** The arbetsgrupp meets the second Tuesday of the month, as 000's does "en gång per månad". */
function secondTuesdayOfJanuary(year: number) {
  const firstDay = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  return `${year}-01-${String(8 + ((2 - firstDay + 7) % 7)).padStart(2, '0')}`;
}

export async function demoStructural(tx: Tx, context: { associationId: string; index: number; today: string }) {
  const { associationId, index, today } = context;
  const random = randomSource(1700 + index);
  const year = Number(today.slice(0, 4));
  const first = `${year - 2}-01-01`;
  const memberRows = await tx.select().from(members).where(eq(members.associationId, associationId));
  const byKind = (kind: string) => memberRows.filter((m) => m.kind === kind);
  const fk = byKind('fk')[0]!.id;
  const af = byKind('af')[0]!.id;
  const region = byKind('region')[0]!.id;
  const kommuner = byKind('municipality').map((m) => m.id);
  const [insats] = await tx
    .insert(interventions)
    .values({
      associationId,
      name: 'Samordnare för samverkan',
      kind: 'structural',
      description: 'Samordnare som håller ihop arbetsgruppen, styrgruppen och samordnardagarna mellan parterna.',
      targetGroup: 'Personal och chefer hos FK, AF, regionen och kommunerna.',
      startDate: first,
      status: 'active',
      ownerMemberId: kommuner[0] ?? null,
      partnerMemberIds: [fk, af, region],
      staffing: [{ role: 'coordinator', title: 'Samordnare', percent: 50 }],
    })
    .returning();
  const people = (organisationId: string, women: [number, number], men: [number, number]): AttendanceInput => ({
    organisationId,
    women: random.int(...women),
    men: random.int(...men),
    // Sign-in lists do not always say: now and then someone is "uppgift saknas".
    unknown: random.chance(0.12) ? 1 : 0,
  });
  const activity = (date: string, kind: ActivityKind, topic: string, hours: number, attendance: AttendanceInput[]) => ({
    associationId,
    interventionId: insats!.id,
    date,
    kind,
    topic,
    hours,
    attendance: attendance.filter((o) => o.women + o.men + o.unknown > 0),
  });
  const rows = [];
  for (const date of recurringDates(secondTuesdayOfJanuary(year - 2), today, { kind: 'monthly-weekday', week: 2 }))
    rows.push(
      activity(date, 'samverkansmote', 'Arbetsgruppen: aktualiseringar och gemensam planering', 2, [
        people(fk, [1, 2], [0, 1]),
        people(af, [0, 2], [0, 1]),
        people(kommuner[0]!, [1, 3], [0, 1]),
        people(region, [1, 2], [0, 1]),
      ]),
    );
  for (let y = year - 2; y <= year; y++) {
    for (const months of [
      random.pick([
        [2, 5],
        [2, 4, 6],
      ]),
      random.pick([
        [9, 11],
        [9, 10, 12],
      ]),
    ])
      for (const month of months)
        rows.push(
          activity(
            `${y}-${String(month).padStart(2, '0')}-${10 + random.int(0, 15)}`,
            'styrgruppsmote',
            'Styrgruppen',
            1.5,
            [
              people(fk, [0, 1], [0, 1]),
              people(af, [0, 1], [0, 1]),
              people(region, [1, 1], [0, 1]),
              ...kommuner.map((k) => people(k, [0, 1], [0, 1])),
            ],
          ),
        );
    rows.push(
      activity(`${y}-04-${String(random.int(10, 25))}`, 'samordnardag', 'Samordnardag om arbetsförmåga', 6, [
        people(fk, [2, 5], [1, 3]),
        people(kommuner[0]!, [3, 6], [1, 2]),
        people('ovriga', [1, 3], [0, 2]),
      ]),
      activity(`${y}-10-${String(random.int(10, 25))}`, 'samordnardag', 'Samordnardag om unga vuxna', 6, [
        people(af, [2, 4], [1, 3]),
        people(region, [2, 4], [0, 2]),
        people('ovriga', [1, 2], [0, 1]),
      ]),
      activity(
        `${y}-11-${String(random.int(10, 25))}`,
        'utbildningsdag',
        'Utbildningsdag: samverkan kring sjukskrivning',
        6,
        [
          people(fk, [4, 9], [1, 4]),
          people(af, [3, 7], [1, 4]),
          people(region, [4, 8], [1, 3]),
          ...kommuner.map((k) => people(k, [3, 8], [1, 3])),
          people('ovriga', [1, 4], [0, 2]),
        ],
      ),
    );
  }
  await insertActivities(
    tx,
    rows.filter((r) => r.date <= today),
  );
  await demoActualisations(tx, {
    associationId,
    interventionId: insats!.id,
    index,
    today,
    parties: { fk, af, region, kommuner },
  });
  await assignDemoLead(tx, associationId, insats!.id);
}
