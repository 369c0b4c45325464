import { defaultMembers } from '@insikt/core';
import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db';
import {
  associationMunicipalities,
  associations,
  bodyMembers,
  counties,
  interventions,
  members,
  municipalities,
  participations,
  persons,
  roleAssignments,
  roleInterventions,
  users,
} from '../../db/schema';
import { cliActor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { conflict } from '../../platform/errors';
import { generateOneTimePassword, hashPassword } from '../../platform/passwords';
import {
  DEMO_ASSOCIATIONS,
  DEMO_INTERVENTIONS,
  DEMO_PREFIX,
  DEMO_ROLES,
  DURATION_WEIGHTS,
  EDUCATION_WEIGHTS,
  EXIT_WEIGHTS,
  SUPPORT_BEFORE_WEIGHTS,
} from './demo-data';
import { demoEvaluation } from './demo-evaluation';
import { demoFinance } from './demo-finacc';
import { demoFollowUps } from './demo-follow-ups';
import { demoFincal } from './demo-fincal';
import { demoFinmodel } from './demo-finmodel';
import { randomSource } from './random';
import { withGoalIds } from '../interventions/goal-ids';
import { demoManualGoal, insertDemoGoalValues } from './demo-goal-values';
import { demoStructural } from './demo-structural';

export const DEMO_ADMIN_EMAIL = 'admin@demo.insikt.se';

export interface DemoLogin {
  role: string;
  email: string;
  association: string | null;
}

/** Participations per unit of intake and year, so three förbund get about 3 000 over three years. */
const PER_INTAKE_YEAR = 85;

/**
 * Loads a realistic, clearly labelled demo ("Demo – …" förbund, @demo.insikt.se accounts):
 * three förbund in Jönköpings län with members, board and office, about 21 insatser and about
 * 3 000 participations over the last three years with plausible outcomes and gender differences.
 * Deterministic: the same seed gives the same data. Refuses to load twice.
 */
export async function loadDemo(
  db: Db,
  today: string,
  seed = 2003_1210,
): Promise<{ password: string; logins: DemoLogin[]; participations: number }> {
  const existing = await db.select().from(associations).where(eq(associations.name, DEMO_ASSOCIATIONS[0].name));
  if (existing.length > 0) throw conflict('Demodata finns redan i databasen.');
  const password = `Demo-${generateOneTimePassword()}`;
  const passwordHash = await hashPassword(password);
  const random = randomSource(seed);
  const logins: DemoLogin[] = [];
  let total = 0;

  await db.transaction(async (tx) => {
    const [county] = await tx.select().from(counties).where(eq(counties.code, '06'));
    for (const demo of DEMO_ASSOCIATIONS) {
      const kommuner = await tx
        .select()
        .from(municipalities)
        .where(inArray(municipalities.code, [...demo.municipalities]));
      const [association] = await tx.insert(associations).values({ name: demo.name, countyCode: '06' }).returning();
      const associationId = association!.id;
      await tx
        .insert(associationMunicipalities)
        .values(kommuner.map((m) => ({ associationId, municipalityCode: m.code })));
      const memberRows = await tx
        .insert(members)
        .values(defaultMembers(county!, kommuner).map((m) => ({ ...m, associationId })))
        .returning();
      await tx.insert(bodyMembers).values([
        { associationId, body: 'board', name: 'Karin Lindqvist', bodyRole: 'chair', memberId: memberRows[3]!.id },
        { associationId, body: 'board', name: 'Erik Johansson', bodyRole: 'viceChair', memberId: memberRows[2]!.id },
        { associationId, body: 'board', name: 'Sara Ahmadi', bodyRole: 'member', memberId: memberRows[0]!.id },
        { associationId, body: 'board', name: 'Lars Nyberg', bodyRole: 'member', memberId: memberRows[1]!.id },
        {
          associationId,
          body: 'preparatoryGroup',
          name: 'Maria Holm',
          bodyRole: 'member',
          memberId: memberRows[0]!.id,
        },
        { associationId, body: 'preparatoryGroup', name: 'Johan Ek', bodyRole: 'member', memberId: memberRows[1]!.id },
        { associationId, body: 'office', name: 'Anna Berg', bodyRole: 'director' },
      ]);

      const interventionIds: string[] = [];
      for (const spec of DEMO_INTERVENTIONS) {
        const firstYear = Number(today.slice(0, 4)) - 3;
        const manualGoal = demoManualGoal();
        const [row] = await tx
          .insert(interventions)
          .values({
            associationId,
            name: spec.name,
            kind: spec.kind,
            description: spec.description,
            targetGroup: spec.targetGroup,
            startDate: `${firstYear}-01-01`,
            status: 'active',
            ownerMemberId: memberRows[3]!.id,
            partnerMemberIds: [memberRows[0]!.id, memberRows[1]!.id],
            municipalityCodes: [...demo.municipalities],
            budgets: [0, 1, 2].map((i) => ({
              year: firstYear + i,
              budget:
                Math.round((spec.kind === 'structural' ? 600_000 : 1_800_000 * spec.intake * demo.size) / 1000) * 1000,
              actualCost:
                Math.round((spec.kind === 'structural' ? 560_000 : 1_720_000 * spec.intake * demo.size) / 1000) * 1000,
            })),
            staffing: spec.staffing,
            goals:
              spec.kind === 'individual'
                ? withGoalIds([
                    {
                      description: 'Minst 30 % i förvärvsarbete vid avslut',
                      indicatorId: 'andel_forvarvsarbete',
                      column: 'total',
                      comparison: 'at_least',
                      target: 0.3,
                    },
                    {
                      description: 'Jämn könsfördelning (40–60 % kvinnor)',
                      indicatorId: 'fordelning',
                      column: 'kvinna',
                      comparison: 'between',
                      target: 0.4,
                      targetMax: 0.6,
                    },
                  ])
                : [manualGoal],
          })
          .returning();
        interventionIds.push(row!.id);
        if (spec.kind === 'structural')
          await insertDemoGoalValues(tx, associationId, row!.id, manualGoal.id, firstYear);
        if (spec.kind === 'individual')
          total += await insertParticipants(tx, associationId, row!.id, spec, demo.size, today, random);
      }

      for (const role of DEMO_ROLES) {
        const email = `${role.local}.${demo.slug}@demo.insikt.se`;
        const [user] = await tx
          .insert(users)
          .values({ email, name: `${role.name} (${demo.name.replace(DEMO_PREFIX, '')})`, passwordHash })
          .returning();
        const [assignment] = await tx
          .insert(roleAssignments)
          .values({ userId: user!.id, role: role.role, associationId })
          .returning();
        if (role.interventions?.length) {
          await tx.insert(roleInterventions).values(
            role.interventions.map((i) => ({
              roleAssignmentId: assignment!.id,
              interventionId: interventionIds[i]!,
            })),
          );
        }
        logins.push({ role: role.role, email, association: demo.name });
      }
      await demoEvaluation(tx, { associationId, interventionIds, index: DEMO_ASSOCIATIONS.indexOf(demo), today });
      await demoFinance(tx, { associationId, interventionIds, index: DEMO_ASSOCIATIONS.indexOf(demo), today });
      await demoStructural(tx, { associationId, index: DEMO_ASSOCIATIONS.indexOf(demo), today });
      await writeAudit(tx, cliActor(), {
        action: 'demo.load',
        entityType: 'association',
        entityId: associationId,
        associationId,
      });
    }
    await demoFincal(tx, today);
    await demoFinmodel(tx);
    const globalLogins: DemoLogin[] = [];
    for (const global of [
      { email: DEMO_ADMIN_EMAIL, name: 'Systemadministratör (demo)', role: 'system_admin' as const },
      { email: 'nationell@demo.insikt.se', name: 'Nationell läsare (demo)', role: 'national_reader' as const },
    ]) {
      const [user] = await tx
        .insert(users)
        .values({ email: global.email, name: global.name, passwordHash })
        .onConflictDoNothing()
        .returning();
      if (!user) continue;
      await tx.insert(roleAssignments).values({ userId: user.id, role: global.role, associationId: null });
      globalLogins.push({ role: global.role, email: global.email, association: null });
    }
    logins.unshift(...globalLogins);
  });
  return { password, logins, participations: total };
}

type Random = ReturnType<typeof randomSource>;

async function insertParticipants(
  tx: Tx,
  associationId: string,
  interventionId: string,
  spec: (typeof DEMO_INTERVENTIONS)[number],
  size: number,
  today: string,
  random: Random,
): Promise<number> {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const count = Math.round(PER_INTAKE_YEAR * spec.intake * size * 3);
  const personRows = await tx
    .insert(persons)
    .values(
      Array.from({ length: Math.round(count * 0.95) }, (_, i) => ({
        associationId,
        reference: `DEMO-${interventionId.slice(0, 4)}-${i + 1}`,
      })),
    )
    .returning({ id: persons.id });
  const rows = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const women = random.chance(spec.women);
    const age = random.int(spec.ages[0], spec.ages[1]);
    const start = random.dateBetween(
      `${lastYear - 2}-01-01`,
      today < `${lastYear + 1}-10-01` ? today : `${lastYear + 1}-10-01`,
    );
    const days = random.int(45, 720);
    const exitCandidate = random.addDays(start, days);
    const exited = exitCandidate < today;
    let exitReason = exited ? random.weighted(EXIT_WEIGHTS) : null;
    // Men reach work a little more often (the gender gap the equality view should show).
    if (exitReason && exitReason !== 'felregistrering' && random.chance(spec.workRate * (women ? 0.85 : 1.15) - 0.1))
      exitReason = 'arbete';
    const works = exitReason === 'arbete' || (exitReason !== null && random.chance(0.05));
    const studies = exitReason === 'studier' || (exitReason !== null && age < 30 && random.chance(0.15));
    const personIndex = i < personRows.length ? i : random.int(0, personRows.length - 1);
    const anonymous = random.chance(0.08);
    const key = `${personIndex}|${start}`;
    if (!anonymous && used.has(key)) continue;
    used.add(key);
    const supportBefore = random.weighted(SUPPORT_BEFORE_WEIGHTS);
    rows.push({
      associationId,
      interventionId,
      personId: anonymous ? null : personRows[personIndex]!.id,
      anonymousKey: anonymous ? `demo-${interventionId}-${i}` : null,
      consent: !anonymous,
      gender: women ? ('kvinna' as const) : ('man' as const),
      birthYear: Number(start.slice(0, 4)) - age,
      startDate: start,
      exitDate: exited ? exitCandidate : null,
      exitReason,
      education: random.weighted(EDUCATION_WEIGHTS),
      publicSupportBefore: random.weighted(DURATION_WEIGHTS),
      supportBefore: [supportBefore],
      supportAfter: exited ? (works ? ['lon' as const] : studies ? ['studiemedel' as const] : [supportBefore]) : [],
      workHoursBefore: random.chance(0.1) ? random.int(4, 16) : 0,
      studyHoursBefore: 0,
      workHoursAfter: exited ? (works ? random.pick([10, 20, 25, 30, 40, 40]) : 0) : null,
      studyHoursAfter: exited ? (studies ? random.pick([20, 40]) : 0) : null,
      ...(exited
        ? demoFollowUps(
            i * 7919 + count * 104_729,
            { date: exitCandidate, works, studies, support: supportBefore },
            random.chance(0.6),
            today,
          )
        : {}),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(participations).values(rows.slice(i, i + 500));
  return rows.length;
}
