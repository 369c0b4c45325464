import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNull } from 'drizzle-orm';
import {
  addMonths,
  todayIso,
  EXAMPLE_PRICE_LIST_ROWS,
  can,
  INTERVENTION_SCOPED_ROLES,
  ROLE_CODES,
  isGlobalRole,
  saveAnalysisInput,
  builtInTemplate,
  emptyAssessment,
  emptyLogic,
  type Permission,
  type RoleAssignment,
  type RoleCode,
  emptyTocContent,
} from '@insikt/core';
import {
  associations,
  auditLog,
  evidenceItems,
  bodyMembers,
  interventionGoalValues,
  interventions,
  members,
  participations,
  priceLists,
  theoriesOfChange,
  selfAssessments,
  selfAssessmentTemplates,
  yearlyDocuments,
} from '../src/db/schema';
import { memberVersion } from '../src/modules/organisation/organisation.repository';
import { saveAnalysis } from '../src/modules/socioeconomic/analyses';
import { cliActor } from '../src/platform/actor';
import { deviationAccessCases } from './deviation-access-cases';
import { financeAccessCases } from './finance-access-cases';
import { structuralAccessCases } from './structural-access-cases';
import { surveyAccessCases } from './survey-access-cases';
import { surveyResultsAccessCases } from './survey-results-access-cases';
import { notificationAccessCases } from './notification-access-cases';
import { fincalAccessCases } from './fincal-access-cases';
import { allocationAccessCases } from './allocation-access-cases';
import {
  call,
  grantRole,
  login,
  seedAssociation,
  seedUser,
  startTestApp,
  unique,
  type Session,
  type TestContext,
} from './harness';

/**
 * The access matrix: every API route, for every role, against the actor's own förbund and
 * another förbund, must give the expected status. The expectation is derived from the route's
 * declared permission and the one permission table in packages/core; the guard test at the end
 * fails when a route is added without a case here.
 */
type Target = 'own' | 'other';
type Actor = RoleCode | 'anonymous';
interface Request {
  url: string;
  body?: unknown;
  /** A file upload sent as the raw body. */
  file?: string | Buffer;
  /** The upload's media type (default text/csv, the import's). */
  contentType?: string;
  session?: Session;
}
interface Case {
  /** How the route is scoped: to an association (in the path or body), to anything anywhere, or to the caller. */
  scope: 'association' | 'intervention' | 'anywhere' | 'self' | 'public' | 'association_document';
  ok: number;
  prepare: (associationId: string, actor: Actor) => Promise<Request>;
}

let ctx: TestContext;
const ids: Record<Target, string> = { own: '', other: '' };
const sessions = new Map<Actor, Session | null>();

const roleIn = (role: RoleCode, associationId: string): RoleAssignment[] => [
  { role, associationId: isGlobalRole(role) ? null : associationId },
];

async function freshMember(associationId: string) {
  const [row] = await ctx.database.db
    .insert(members)
    .values({ associationId, kind: 'region', name: unique('Region') })
    .returning();
  return row!.id;
}
// Each price list needs its own year within a förbund.
let year = 2100;
const nextYear = () => (year -= 1);
async function freshPriceList(associationId: string) {
  const [row] = await ctx.database.db
    .insert(priceLists)
    .values({ associationId, year: nextYear(), name: unique('Prislista'), rows: EXAMPLE_PRICE_LIST_ROWS })
    .returning();
  return row!;
}
async function freshBodyMember(associationId: string) {
  const [row] = await ctx.database.db
    .insert(bodyMembers)
    .values({ associationId, body: 'board', name: unique('Person'), bodyRole: 'member' })
    .returning();
  return row!;
}
async function versionOf(associationId: string) {
  const [row] = await ctx.database.db.select().from(associations).where(eq(associations.id, associationId));
  return row!;
}
async function freshIntervention(associationId: string) {
  const [row] = await ctx.database.db
    .insert(interventions)
    .values({ associationId, name: unique('Insats'), kind: 'individual', startDate: '2024-01-01' })
    .returning();
  return row!;
}
/** An insats with a goal followed up by hand and its value for 2024 (decision 0062). */
async function freshGoalValue(associationId: string) {
  const goal = {
    id: crypto.randomUUID(),
    description: 'Samverkan',
    column: 'total' as const,
    comparison: 'at_least' as const,
  };
  const [row] = await ctx.database.db
    .insert(interventions)
    .values({ associationId, name: unique('Insats'), kind: 'structural', startDate: '2024-01-01', goals: [goal] })
    .returning();
  const [value] = await ctx.database.db
    .insert(interventionGoalValues)
    .values({ associationId, interventionId: row!.id, goalId: goal.id, year: 2024, value: 3, source: 'Protokoll' })
    .returning();
  return {
    url: `/api/v1/associations/${associationId}/interventions/${row!.id}/goals/${goal.id}/values`,
    value: value!,
  };
}
async function freshParticipation(associationId: string, patch: Partial<typeof participations.$inferInsert> = {}) {
  const intervention = await freshIntervention(associationId);
  const [row] = await ctx.database.db
    .insert(participations)
    .values({
      associationId,
      interventionId: intervention.id,
      consent: false,
      gender: 'man',
      birthYear: 1980,
      startDate: '2024-03-01',
      ...patch,
    })
    .returning();
  return row!;
}
/** A theory of change of a fresh insats, as a draft or fastställd. */
async function freshTheoryOfChange(associationId: string, status: 'draft' | 'approved') {
  const intervention = await freshIntervention(associationId);
  const [row] = await ctx.database.db
    .insert(theoriesOfChange)
    .values({
      associationId,
      title: unique('Förändringsteori'),
      interventionIds: [intervention.id],
      content: emptyTocContent(),
      status,
    })
    .returning();
  return { url: `/api/v1/associations/${associationId}/theories-of-change/${row!.id}`, row: row! };
}
/** A niofält of a fresh insats, stored as the application stores it. */
async function freshAssessment(associationId: string, status: 'draft' | 'approved') {
  const intervention = await freshIntervention(associationId);
  const [row] = await ctx.database.db
    .insert(selfAssessments)
    .values({
      associationId,
      interventionId: intervention.id,
      kind: 'nine',
      year: 2024,
      edition: 1,
      status,
      templateVersion: 1,
      fields: emptyAssessment(builtInTemplate('nine')),
      ...(status === 'approved' ? { approvedAt: new Date(), decisionReference: 'Styrelsen § 1' } : {}),
    })
    .returning();
  return row!;
}
/** Evidence on a fresh niofält: a link, or an uploaded PDF (`withFile`). */
async function freshEvidence(associationId: string, status: 'draft' | 'approved', withFile = false) {
  const document = await freshAssessment(associationId, status);
  const [row] = await ctx.database.db
    .insert(evidenceItems)
    .values({
      associationId,
      documentKind: 'self_assessment',
      documentId: document.id,
      fieldKey: '3',
      createdByName: 'Test',
      ...(withFile
        ? {
            source: 'document',
            title: 'a.pdf',
            fileName: 'a.pdf',
            mediaType: 'application/pdf',
            fileBytes: Buffer.from(PDF),
          }
        : { source: 'link', title: 'Rapport', url: 'https://example.se/' }),
    })
    .returning();
  return { document, item: row! };
}
const PDF = '%PDF-1.4\n%%EOF\n';
/** The förbund's own copy of the niofält template, made afresh. */
async function freshTemplate(associationId: string) {
  await ctx.database.db.delete(selfAssessmentTemplates).where(eq(selfAssessmentTemplates.associationId, associationId));
  const [row] = await ctx.database.db
    .insert(selfAssessmentTemplates)
    .values({ associationId, kind: 'nine', fields: builtInTemplate('nine') })
    .returning();
  return row!;
}
// New documents need a year without one; prepared ones share a year, each a revision of its own
// (ten apart, so a new version of one never takes the next one's number).
let documentYear = 2100;
const nextDocumentYear = () => (documentYear -= 1);
let revision = 0;
/** A förbund-level yearly document (programme logic, effectiveness) as the newest revision of its year. */
async function freshYearlyDocument(
  associationId: string,
  kind: 'programme_logic' | 'effectiveness',
  status: 'draft' | 'approved',
) {
  const content =
    kind === 'programme_logic'
      ? emptyLogic()
      : {
          inner: 'partly',
          innerReasoning: 'God',
          outer: 'no',
          outerReasoning: 'Låg',
          targetInner: 'yes',
          targetOuter: 'yes',
        };
  const [row] = await ctx.database.db
    .insert(yearlyDocuments)
    .values({ associationId, kind, year: 2004, revision: (revision += 10), status, content })
    .returning();
  return row!;
}
const yearlyDocumentCases = (path: string, idParam: string, kind: 'programme_logic' | 'effectiveness') => {
  const base = `/api/v1/associations/:id/${path}`;
  const url = (a: string, id = '') => `/api/v1/associations/${a}/${path}${id ? `/${id}` : ''}`;
  const body =
    kind === 'programme_logic'
      ? () => ({ year: nextDocumentYear(), start: 'template' })
      : () => ({
          year: nextDocumentYear(),
          content: {
            inner: 'yes',
            innerReasoning: 'a',
            outer: 'no',
            outerReasoning: 'b',
            targetInner: 'yes',
            targetOuter: 'yes',
          },
        });
  const approved = async (a: string) => (await freshYearlyDocument(a, kind, 'approved')).id;
  const cases: Record<string, Case> = {
    [`GET ${base}`]: { scope: 'association', ok: 200, prepare: async (a) => ({ url: url(a) }) },
    [`POST ${base}`]: { scope: 'association_document', ok: 201, prepare: async (a) => ({ url: url(a), body: body() }) },
    [`GET ${base}/:${idParam}`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, await approved(a)) }),
    },
    [`GET ${base}/:${idParam}/export`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: `${url(a, await approved(a))}/export?format=docx` }),
    },
    [`PUT ${base}/:${idParam}`]: {
      scope: 'association_document',
      ok: 200,
      prepare: async (a) => {
        const row = await freshYearlyDocument(a, kind, 'draft');
        return { url: url(a, row.id), body: { content: row.content, version: row.version } };
      },
    },
    [`POST ${base}/:${idParam}/approve`]: {
      scope: 'association_document',
      ok: 200,
      prepare: async (a) => {
        const row = await freshYearlyDocument(a, kind, 'draft');
        return {
          url: `${url(a, row.id)}/approve`,
          body: { decisionReference: 'Styrelsemöte § 5', version: row.version },
        };
      },
    },
    [`POST ${base}/:${idParam}/new-version`]: {
      scope: 'association_document',
      ok: 201,
      prepare: async (a) => ({ url: `${url(a, await approved(a))}/new-version` }),
    },
  };
  return cases;
};

const participationBody = (interventionId: string) => ({
  interventionId,
  consent: true,
  personReference: unique('D'),
  gender: 'kvinna',
  birthYear: 1990,
  startDate: '2024-05-01',
});

/** A user holding a role in the target association, plus a second role to remove. */
async function targetUser(associationId: string) {
  const user = await seedUser(ctx, 'reader', associationId);
  await grantRole(ctx, user.id, 'evaluator', associationId);
  const detail = await call(ctx, sessions.get('system_admin')!, 'GET', `/api/v1/users/${user.id}`);
  const body = detail.json<{ version: number; roles: { id: string; role: string }[] }>();
  return { ...user, version: body.version, evaluatorRoleId: body.roles.find((r) => r.role === 'evaluator')!.id };
}
/** Self-service routes act on the caller: give them a session of their own so nothing else breaks. */
async function ownSession(associationId: string, actor: Actor): Promise<Session | undefined> {
  if (actor === 'anonymous') return undefined;
  return login(ctx, (await seedUser(ctx, actor, isGlobalRole(actor) ? null : associationId)).email);
}

const CASES: Record<string, Case> = {
  'GET /api/v1/health': { scope: 'public', ok: 200, prepare: async () => ({ url: '/api/v1/health' }) },
  'GET /api/v1/openapi.json': { scope: 'public', ok: 200, prepare: async () => ({ url: '/api/v1/openapi.json' }) },
  'POST /api/v1/auth/login': {
    scope: 'public',
    ok: 200,
    prepare: async (a) => {
      const user = await seedUser(ctx, 'reader', a);
      return { url: '/api/v1/auth/login', body: { email: user.email, password: 'Rätt-häst-batteri-häftklammer' } };
    },
  },
  'POST /api/v1/auth/logout': {
    scope: 'self',
    ok: 200,
    prepare: async (a, actor) => ({ url: '/api/v1/auth/logout', session: await ownSession(a, actor) }),
  },
  'GET /api/v1/auth/me': { scope: 'self', ok: 200, prepare: async () => ({ url: '/api/v1/auth/me' }) },
  'POST /api/v1/auth/password': {
    scope: 'self',
    ok: 200,
    prepare: async (a, actor) => ({
      url: '/api/v1/auth/password',
      body: { currentPassword: 'Rätt-häst-batteri-häftklammer', newPassword: 'ett annat långt lösenord' },
      session: await ownSession(a, actor),
    }),
  },
  'POST /api/v1/auth/notices/read': {
    scope: 'self',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/auth/notices/read' }),
  },
  'GET /api/v1/auth/sessions': { scope: 'self', ok: 200, prepare: async () => ({ url: '/api/v1/auth/sessions' }) },
  'DELETE /api/v1/auth/sessions/:sessionId': {
    scope: 'self',
    ok: 200,
    prepare: async (a, actor) => {
      const session = await ownSession(a, actor);
      if (!session) return { url: `/api/v1/auth/sessions/${crypto.randomUUID()}` };
      const list = (await call(ctx, session, 'GET', '/api/v1/auth/sessions')).json<{ id: string }[]>();
      return { url: `/api/v1/auth/sessions/${list[0]!.id}`, session };
    },
  },
  'GET /api/v1/reference/counties': {
    scope: 'self',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/reference/counties' }),
  },
  'GET /api/v1/reference/municipalities': {
    scope: 'self',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/reference/municipalities?county=06' }),
  },
  'GET /api/v1/associations': { scope: 'anywhere', ok: 200, prepare: async () => ({ url: '/api/v1/associations' }) },
  'POST /api/v1/associations': {
    scope: 'anywhere',
    ok: 201,
    prepare: async () => ({
      url: '/api/v1/associations',
      body: { name: unique('Nytt'), countyCode: '06', municipalityCodes: ['0662'] },
    }),
  },
  'GET /api/v1/associations/:id': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}` }),
  },
  'PUT /api/v1/associations/:id': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const row = await versionOf(a);
      return {
        url: `/api/v1/associations/${a}`,
        body: { name: row.name, countyCode: '06', municipalityCodes: ['0662', '0665'], version: row.version },
      };
    },
  },
  'POST /api/v1/associations/:id/members': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/members`,
      body: { kind: 'region', name: unique('Region') },
    }),
  },
  'PUT /api/v1/associations/:id/members/:memberId': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const id = await freshMember(a);
      const [row] = await ctx.database.db.select({ version: memberVersion }).from(members).where(eq(members.id, id));
      return {
        url: `/api/v1/associations/${a}/members/${id}`,
        body: { kind: 'region', name: unique('Region'), version: row!.version },
      };
    },
  },
  'DELETE /api/v1/associations/:id/members/:memberId': {
    scope: 'association',
    ok: 204,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/members/${await freshMember(a)}` }),
  },
  'POST /api/v1/associations/:id/body-members': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/body-members`,
      body: { body: 'office', name: unique('P'), bodyRole: 'officer' },
    }),
  },
  'PUT /api/v1/associations/:id/body-members/:bodyMemberId': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const person = await freshBodyMember(a);
      return {
        url: `/api/v1/associations/${a}/body-members/${person.id}`,
        body: { body: 'board', name: person.name, bodyRole: 'chair', version: person.version },
      };
    },
  },
  'DELETE /api/v1/associations/:id/body-members/:bodyMemberId': {
    scope: 'association',
    ok: 204,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/body-members/${(await freshBodyMember(a)).id}` }),
  },
  'GET /api/v1/users': { scope: 'anywhere', ok: 200, prepare: async () => ({ url: '/api/v1/users' }) },
  'POST /api/v1/users': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => ({
      url: '/api/v1/users',
      body: { email: `${unique('m').replace(/\W/g, '')}@x.se`, name: 'Ny', role: { role: 'reader', associationId: a } },
    }),
  },
  'GET /api/v1/users/:id': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/users/${(await targetUser(a)).id}` }),
  },
  'PUT /api/v1/users/:id': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const user = await targetUser(a);
      return { url: `/api/v1/users/${user.id}`, body: { name: 'Nytt namn', active: true, version: user.version } };
    },
  },
  'POST /api/v1/users/:id/roles': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/users/${(await targetUser(a)).id}/roles`,
      body: { role: 'intervention_lead', associationId: a },
    }),
  },
  'DELETE /api/v1/users/:id/roles/:roleId': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const user = await targetUser(a);
      return { url: `/api/v1/users/${user.id}/roles/${user.evaluatorRoleId}` };
    },
  },
  'POST /api/v1/users/:id/end-sessions': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/users/${(await targetUser(a)).id}/end-sessions` }),
  },
  'POST /api/v1/users/:id/reset-password': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/users/${(await targetUser(a)).id}/reset-password` }),
  },
  'GET /api/v1/audit': { scope: 'anywhere', ok: 200, prepare: async () => ({ url: '/api/v1/audit' }) },
  'GET /api/v1/associations/:id/interventions': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/interventions` }),
  },
  'POST /api/v1/associations/:id/interventions': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/interventions`,
      body: { name: unique('Ny insats'), kind: 'individual', startDate: '2025-01-01' },
    }),
  },
  'GET /api/v1/associations/:id/interventions/:interventionId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}` }),
  },
  'GET /api/v1/associations/:id/interventions/:interventionId/goals': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/goals` }),
  },
  'PUT /api/v1/associations/:id/interventions/:interventionId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const row = await freshIntervention(a);
      return {
        url: `/api/v1/associations/${a}/interventions/${row.id}`,
        body: {
          name: row.name,
          kind: 'individual',
          startDate: '2024-01-01',
          description: 'Ändrad',
          version: row.version,
        },
      };
    },
  },
  'POST /api/v1/associations/:id/interventions/:interventionId/goals/:goalId/values': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => ({ url: (await freshGoalValue(a)).url, body: { year: 2025, value: 4, source: 'Protokoll' } }),
  },
  'PUT /api/v1/associations/:id/interventions/:interventionId/goals/:goalId/values/:valueId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const { url, value } = await freshGoalValue(a);
      return { url: `${url}/${value.id}`, body: { year: 2024, value: 5, source: 'Protokoll', version: value.version } };
    },
  },
  'DELETE /api/v1/associations/:id/interventions/:interventionId/goals/:goalId/values/:valueId': {
    scope: 'intervention',
    ok: 204,
    prepare: async (a) => {
      const { url, value } = await freshGoalValue(a);
      return { url: `${url}/${value.id}?version=${value.version}` };
    },
  },
  'POST /api/v1/associations/:id/interventions/:interventionId/staff': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => {
      const user = await seedUser(ctx, 'reader', a);
      return {
        url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/staff`,
        body: { userId: user.id, role: 'participant_officer' },
      };
    },
  },
  'DELETE /api/v1/associations/:id/interventions/:interventionId/staff/:roleAssignmentId': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const user = await seedUser(ctx, 'reader', a);
      const intervention = await freshIntervention(a);
      const staffed = await call(
        ctx,
        sessions.get('system_admin')!,
        'POST',
        `/api/v1/associations/${a}/interventions/${intervention.id}/staff`,
        {
          userId: user.id,
          role: 'evaluator',
        },
      );
      const roleAssignmentId = staffed.json<{ staff: { roleAssignmentId: string }[] }>().staff[0]!.roleAssignmentId;
      return { url: `/api/v1/associations/${a}/interventions/${intervention.id}/staff/${roleAssignmentId}` };
    },
  },
  'GET /api/v1/associations/:id/participations': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      await freshParticipation(a);
      return { url: `/api/v1/associations/${a}/participations` };
    },
  },
  'POST /api/v1/associations/:id/participations': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/participations`,
      body: participationBody((await freshIntervention(a)).id),
    }),
  },
  'GET /api/v1/associations/:id/participations/:participationId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/participations/${(await freshParticipation(a)).id}` }),
  },
  'PUT /api/v1/associations/:id/participations/:participationId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const row = await freshParticipation(a);
      return {
        url: `/api/v1/associations/${a}/participations/${row.id}`,
        body: {
          ...participationBody(row.interventionId),
          consent: false,
          startDate: row.startDate,
          version: row.version,
        },
      };
    },
  },
  'GET /api/v1/associations/:id/participations/:participationId/history': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/participations/${(await freshParticipation(a)).id}/history`,
    }),
  },
  'GET /api/v1/imports/template': {
    scope: 'self',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/imports/template?format=csv' }),
  },
  'POST /api/v1/imports/participants': {
    scope: 'anywhere',
    ok: 200,
    prepare: async (a) => {
      const [row] = await ctx.database.db.select().from(associations).where(eq(associations.id, a));
      return {
        // Without createInterventions, which only roles that may create insatser may ask for
        // (import-file.test.ts): every role that may import gets 200, with the row's errors if any.
        url: '/api/v1/imports/participants?fileName=d.csv&dryRun=true',
        file: `forbund;insats;deltagar_id;kon;fodelsear;startdatum;samtycke\n${row!.name};Ny;P1;K;1990;2024-01-01;ja\n`,
      };
    },
  },
  'GET /api/v1/reports/outcome': {
    scope: 'anywhere',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/reports/outcome?from=2019-01-01&to=2019-12-31' }),
  },
  'POST /api/v1/socioeconomic/calculate': {
    scope: 'anywhere',
    ok: 200,
    prepare: async () => ({
      url: '/api/v1/socioeconomic/calculate',
      body: { costPerParticipant: 1000, cases: [{ weight: 1, before: { work: 0 }, after: { work: 1 } }] },
    }),
  },
  'POST /api/v1/associations/:id/interventions/:interventionId/socioeconomic/preview': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/socioeconomic/preview`,
      body: { from: '2024-01-01', to: '2024-12-31' },
    }),
  },
  'POST /api/v1/associations/:id/interventions/:interventionId/socioeconomic/analyses': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/socioeconomic/analyses`,
      body: { from: '2024-01-01', to: '2024-12-31', name: 'Analys' },
    }),
  },
  'GET /api/v1/associations/:id/interventions/:interventionId/socioeconomic/analyses': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/socioeconomic/analyses`,
    }),
  },
  'GET /api/v1/associations/:id/interventions/:interventionId/socioeconomic/analyses/:analysisId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const intervention = await freshIntervention(a);
      // Saved as the application saves it: the answer is encoded through its schema.
      const choices = saveAnalysisInput.parse({ from: '2024-01-01', to: '2024-12-31', name: 'Sparad' });
      const admin = { ...cliActor(), roles: [{ role: 'association_admin' as const, associationId: a }] };
      const row = await ctx.database.db.transaction((tx) => saveAnalysis(tx, admin, a, intervention.id, choices));
      return { url: `/api/v1/associations/${a}/interventions/${intervention.id}/socioeconomic/analyses/${row.id}` };
    },
  },
  'GET /api/v1/associations/:id/socioeconomic/analyses': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/socioeconomic/analyses` }),
  },
  'GET /api/v1/price-lists': {
    scope: 'anywhere',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/price-lists' }),
  },
  'GET /api/v1/price-lists/:id': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/price-lists/${(await freshPriceList(a)).id}` }),
  },
  'POST /api/v1/associations/:id/price-lists': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => {
      const [national] = await ctx.database.db.select().from(priceLists).where(isNull(priceLists.associationId));
      return {
        url: `/api/v1/associations/${a}/price-lists`,
        body: { fromId: national!.id, year: nextYear(), name: 'Kopia' },
      };
    },
  },
  'PUT /api/v1/price-lists/:id': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const list = await freshPriceList(a);
      return {
        url: `/api/v1/price-lists/${list.id}`,
        body: { name: 'Ändrad', rows: list.rows, version: list.version },
      };
    },
  },
  'GET /api/v1/associations/:id/follow-ups': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      // One follow-up due today, so the list holds personal data (and its read is audited).
      await freshParticipation(a, { exitDate: addMonths(todayIso(), -6), exitReason: 'arbete' });
      return { url: `/api/v1/associations/${a}/follow-ups` };
    },
  },
  'PUT /api/v1/associations/:id/participations/:participationId/follow-ups/:kind': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const row = await freshParticipation(a, { exitDate: addMonths(todayIso(), -6), exitReason: 'arbete' });
      return {
        url: `/api/v1/associations/${a}/participations/${row.id}/follow-ups/6m`,
        body: {
          date: todayIso(),
          reached: true,
          support: ['lon'],
          occupation: ['arbete'],
          workHours: 20,
          version: row.version,
        },
      };
    },
  },
  'GET /api/v1/associations/:id/interventions/:interventionId/implementation': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/implementation`,
    }),
  },
  'PUT /api/v1/associations/:id/interventions/:interventionId/implementation': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/implementation`,
      body: {
        gapType: 'gap_reducing',
        namedReceiver: 'Enhetschef',
        implementationGoal: 'Mål',
        financingPlan: 'Plan',
        barriers: ['other'],
        barrierOther: 'Annat hinder',
        version: 0,
      },
    }),
  },
  'POST /api/v1/associations/:id/interventions/:interventionId/implementation/status': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/interventions/${(await freshIntervention(a)).id}/implementation/status`,
      body: { status: 'under_investigation', date: '2025-01-01', note: 'Utreds', version: 0 },
    }),
  },
  'GET /api/v1/associations/:id/implementation': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/implementation?from=2023-01-01&to=2023-12-31` }),
  },
  'GET /api/v1/reports/follow-up': {
    scope: 'anywhere',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/reports/follow-up?from=2019-01-01&to=2019-12-31' }),
  },
  'GET /api/v1/reports/before-after': {
    scope: 'anywhere',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/reports/before-after?from=2019-01-01&to=2019-12-31' }),
  },
  'GET /api/v1/associations/:id/self-assessments': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/self-assessments?year=2024` }),
  },
  'POST /api/v1/associations/:id/self-assessments': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/self-assessments`,
      body: { interventionId: (await freshIntervention(a)).id, year: 2025 },
    }),
  },
  'GET /api/v1/associations/:id/self-assessments/history': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/self-assessments/history` }),
  },
  'GET /api/v1/associations/:id/self-assessments/overview': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/self-assessments/overview?year=2024` }),
  },
  'GET /api/v1/associations/:id/self-assessments/:assessmentId': {
    scope: 'association',
    ok: 200,
    // Fastställd, which every role of the förbund reads, whatever its insatser (drafts: self-assessments.test.ts).
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/self-assessments/${(await freshAssessment(a, 'approved')).id}`,
    }),
  },
  'PUT /api/v1/associations/:id/self-assessments/:assessmentId/fields/:field': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const row = await freshAssessment(a, 'draft');
      return {
        url: `/api/v1/associations/${a}/self-assessments/${row.id}/fields/1`,
        body: {
          questions: [
            {
              key: '1.1',
              assessment: 'Gemensamma mål finns.',
              rating: 4,
              actions: [
                { id: 'a1', what: 'Följ upp målen', who: 'Förbundschefen', due: '2025-06-30', status: 'planned' },
              ],
            },
          ],
          version: row.version,
        },
      };
    },
  },
  'POST /api/v1/associations/:id/self-assessments/:assessmentId/approve': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const row = await freshAssessment(a, 'draft');
      return {
        url: `/api/v1/associations/${a}/self-assessments/${row.id}/approve`,
        body: { decisionReference: 'Styrelsemöte 2025-04-16 § 5', version: row.version },
      };
    },
  },
  'POST /api/v1/associations/:id/self-assessments/:assessmentId/new-version': {
    // Another insats's fastställd niofält is read förbund-wide, so writing it is refused (403), not hidden.
    scope: 'association_document',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/self-assessments/${(await freshAssessment(a, 'approved')).id}/new-version`,
    }),
  },
  'GET /api/v1/associations/:id/self-assessments/:assessmentId/export': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/self-assessments/${(await freshAssessment(a, 'approved')).id}/export?format=docx`,
    }),
  },
  'GET /api/v1/associations/:id/self-assessment-templates': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/self-assessment-templates` }),
  },
  'POST /api/v1/associations/:id/self-assessment-templates/:kind': {
    scope: 'association',
    ok: 201,
    prepare: async (a) => {
      await ctx.database.db.delete(selfAssessmentTemplates).where(eq(selfAssessmentTemplates.associationId, a));
      return { url: `/api/v1/associations/${a}/self-assessment-templates/nine` };
    },
  },
  'PUT /api/v1/associations/:id/self-assessment-templates/:kind': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const row = await freshTemplate(a);
      const fields = row.fields.map((f) => ({ number: f.number, questions: f.questions.slice(0, 1) }));
      fields[0]!.questions = [{ key: '1.1', text: 'Finns ett gemensamt mål?', help: 'Egen hjälptext' }];
      return {
        url: `/api/v1/associations/${a}/self-assessment-templates/nine`,
        body: { fields, version: row.version },
      };
    },
  },
  ...yearlyDocumentCases('programme-logics', 'logicId', 'programme_logic'),
  ...yearlyDocumentCases('effectiveness', 'assessmentId', 'effectiveness'),
  'GET /api/v1/reports/trend': {
    scope: 'anywhere',
    ok: 200,
    prepare: async () => ({ url: '/api/v1/reports/trend?fromYear=2018&toYear=2019' }),
  },
  'GET /api/v1/associations/:id/theories-of-change': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `/api/v1/associations/${a}/theories-of-change` }),
  },
  'POST /api/v1/associations/:id/theories-of-change': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/theories-of-change`,
      body: { title: unique('Förändringsteori'), interventionIds: [(await freshIntervention(a)).id] },
    }),
  },
  'GET /api/v1/associations/:id/theories-of-change/:tocId': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: (await freshTheoryOfChange(a, 'approved')).url }),
  },
  'PUT /api/v1/associations/:id/theories-of-change/:tocId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const { url, row } = await freshTheoryOfChange(a, 'draft');
      const content = {
        ...emptyTocContent(),
        activities: { collaboration: [{ text: 'Styrgrupp' }], participants: [] },
      };
      return { url, body: { title: row.title, interventionIds: row.interventionIds, content, version: row.version } };
    },
  },
  'POST /api/v1/associations/:id/theories-of-change/:tocId/approve': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `${(await freshTheoryOfChange(a, 'draft')).url}/approve`,
      body: { decisionReference: 'styrelsemöte 2026-04-16 § 5', version: 1 },
    }),
  },
  'POST /api/v1/associations/:id/theories-of-change/:tocId/new-version': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => ({ url: `${(await freshTheoryOfChange(a, 'approved')).url}/new-version` }),
  },
  'GET /api/v1/associations/:id/theories-of-change/:tocId/document': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => ({ url: `${(await freshTheoryOfChange(a, 'approved')).url}/document?format=docx` }),
  },
  // Evidence of an insats's niofält: read as the document (a fastställd one by every role of the förbund),
  // changed only in a draft.
  'GET /api/v1/associations/:id/evidence-items': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const { document } = await freshEvidence(a, 'approved');
      return { url: `/api/v1/associations/${a}/evidence-items?documentKind=self_assessment&documentId=${document.id}` };
    },
  },
  'POST /api/v1/associations/:id/evidence-items': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => {
      const document = await freshAssessment(a, 'draft');
      return {
        url: `/api/v1/associations/${a}/evidence-items`,
        body: {
          documentKind: 'self_assessment',
          documentId: document.id,
          fieldKey: '3',
          kind: 'link',
          title: 'Delrapport',
          url: 'https://example.se/delrapport',
        },
      };
    },
  },
  'POST /api/v1/associations/:id/evidence-items/upload': {
    scope: 'intervention',
    ok: 201,
    prepare: async (a) => {
      const document = await freshAssessment(a, 'draft');
      return {
        url: `/api/v1/associations/${a}/evidence-items/upload?documentKind=self_assessment&documentId=${document.id}&fieldKey=3&fileName=protokoll.pdf`,
        file: PDF,
        contentType: 'application/pdf',
      };
    },
  },
  'DELETE /api/v1/associations/:id/evidence-items/:itemId': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => {
      const { item } = await freshEvidence(a, 'draft');
      return { url: `/api/v1/associations/${a}/evidence-items/${item.id}?version=${item.version}` };
    },
  },
  'GET /api/v1/associations/:id/evidence-items/:itemId/file': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      const { item } = await freshEvidence(a, 'approved', true);
      return { url: `/api/v1/associations/${a}/evidence-items/${item.id}/file` };
    },
  },
  // The yearly national figures per insats (issue 17 §5): exact for the förbund, protected for läsare.
  'GET /api/v1/associations/:id/national-figures': {
    scope: 'association',
    ok: 200,
    prepare: async (a) => {
      await freshIntervention(a);
      return { url: `/api/v1/associations/${a}/national-figures?year=2025&format=xlsx` };
    },
  },
  // An insats-level document's evidence: the förbund-level one is the förbundsadministratör's alone.
  'GET /api/v1/associations/:id/evidence': {
    scope: 'intervention',
    ok: 200,
    prepare: async (a) => ({
      url: `/api/v1/associations/${a}/evidence?source=outcome&year=2019&interventionId=${(await freshIntervention(a)).id}`,
    }),
  },
  ...surveyAccessCases(() => ctx, freshIntervention),
  ...surveyResultsAccessCases(() => ctx, freshIntervention),
  ...notificationAccessCases(() => ctx),
  ...deviationAccessCases(() => ctx, freshIntervention),
  ...fincalAccessCases(() => ctx),
  ...allocationAccessCases(() => ctx),
  ...financeAccessCases(() => ctx),
  ...structuralAccessCases(() => ctx),
};

function expected(c: Case, permission: Permission | undefined, actor: Actor, target: Target): number {
  if (c.scope === 'public') return c.ok;
  if (actor === 'anonymous') return 401;
  if (c.scope === 'self') return c.ok;
  const roles = roleIn(actor, ids.own);
  if (!permission) throw new Error('a scoped route must declare its permission');
  if (!can(roles, permission)) return 403;
  if (c.scope === 'anywhere') return c.ok;
  if (!can(roles, permission, ids[target])) return 404;
  // The matrix's insats-bound roles are assigned to no insats, so a specific one is not theirs.
  if (c.scope === 'intervention' && INTERVENTION_SCOPED_ROLES.includes(actor)) return 404;
  // A förbund-level evaluation document is written only by roles covering every insats (canOnEvaluation).
  if (c.scope === 'association_document' && INTERVENTION_SCOPED_ROLES.includes(actor)) return 403;
  return c.ok;
}

beforeAll(async () => {
  ctx = await startTestApp();
  ids.own = (await seedAssociation(ctx)).id;
  ids.other = (await seedAssociation(ctx)).id;
  sessions.set('anonymous', null);
  for (const role of ROLE_CODES) {
    sessions.set(role, await login(ctx, (await seedUser(ctx, role, isGlobalRole(role) ? null : ids.own)).email));
  }
});
afterAll(() => ctx.close());

describe('access matrix', () => {
  it('covers every API route, so a new route cannot ship without its access rules', () => {
    const registered = ctx.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(CASES).sort());
  });

  const actors: Actor[] = ['anonymous', ...ROLE_CODES];
  for (const [key, c] of Object.entries(CASES)) {
    it(`${key}`, async () => {
      const [method, path] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
      const route = ctx.app.routeTable.find((r) => r.method === method && r.url === path);
      const failures: string[] = [];
      for (const actor of actors) {
        for (const target of ['own', 'other'] as Target[]) {
          const request = await c.prepare(ids[target], actor);
          const session = request.session ?? sessions.get(actor) ?? null;
          const response = request.file
            ? await ctx.app.inject({
                method,
                url: request.url,
                payload: Buffer.from(request.file),
                headers: {
                  'content-type': request.contentType ?? 'text/csv',
                  ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
                },
              })
            : await call(
                ctx,
                session,
                method,
                request.url,
                request.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}),
              );
          const want = expected(c, route?.config.permission, actor, target);
          if (response.statusCode !== want)
            failures.push(
              `${actor}/${target}: got ${response.statusCode}, want ${want} ${response.body.slice(0, 160)}`,
            );
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('isolation between förbund', () => {
  it('lists only the associations of the user’s own roles', async () => {
    for (const role of ROLE_CODES.filter((r) => !isGlobalRole(r))) {
      const list = (await call(ctx, sessions.get(role)!, 'GET', '/api/v1/associations')).json<{ id: string }[]>();
      expect(list.map((a) => a.id)).toEqual([ids.own]);
    }
    const all = (await call(ctx, sessions.get('national_reader')!, 'GET', '/api/v1/associations')).json<
      { id: string }[]
    >();
    expect(all.map((a) => a.id)).toEqual(expect.arrayContaining([ids.own, ids.other]));
  });
});

describe('accounts used in several förbund', () => {
  /**
   * Identity (name, password, sessions) is the owner's and the system administrator's: an
   * association administrator manages only the roles in its own förbund (issue 11 §2).
   */
  it('lets an association administrator act on the roles, not the identity, of an account with roles elsewhere', async () => {
    const user = await targetUser(ids.other);
    await login(ctx, user.email);
    await grantRole(ctx, user.id, 'reader', ids.own);
    const identityRoutes = (): [string, 'PUT' | 'POST', string, unknown][] => [
      ['rename', 'PUT', `/api/v1/users/${user.id}`, { name: 'Kapad', active: true, version: user.version }],
      ['end sessions', 'POST', `/api/v1/users/${user.id}/end-sessions`, {}],
      ['reset password', 'POST', `/api/v1/users/${user.id}/reset-password`, {}],
    ];
    const statuses = async (actor: Actor) => {
      const out: Record<string, number> = {};
      for (const [name, method, url, body] of identityRoutes()) {
        out[name] = (await call(ctx, sessions.get(actor)!, method, url, body)).statusCode;
      }
      const detail = (await call(ctx, sessions.get(actor)!, 'GET', `/api/v1/users/${user.id}`)).json<{
        sessions: unknown[];
      }>();
      out.sessions = detail.sessions.length;
      return out;
    };
    expect(await statuses('association_admin')).toEqual({
      rename: 403,
      'end sessions': 403,
      'reset password': 403,
      sessions: 0,
    });
    const sysAdmin = await statuses('system_admin');
    expect(sysAdmin).toMatchObject({ rename: 200, 'end sessions': 200, 'reset password': 200 });
  });
});

describe('national reader', () => {
  it('gets the catalogue of any förbund’s insatser and nothing that names people', async () => {
    const national = sessions.get('national_reader')!;
    const intervention = await freshIntervention(ids.other);
    await freshBodyMember(ids.other);
    const list = (await call(ctx, national, 'GET', `/api/v1/associations/${ids.other}/interventions`)).json<
      Record<string, unknown>[]
    >();
    expect(list.length).toBeGreaterThan(0);
    expect(Object.keys(list[0]!).sort()).toEqual([
      'associationId',
      'endDate',
      'id',
      'kind',
      'name',
      'startDate',
      'status',
    ]);
    const page = await call(ctx, national, 'GET', `/api/v1/associations/${ids.other}/interventions/${intervention.id}`);
    expect(page.statusCode).toBe(403);
    const association = (await call(ctx, national, 'GET', `/api/v1/associations/${ids.other}`)).json<{
      bodyMembers: unknown[];
    }>();
    expect(association.bodyMembers).toEqual([]);
    // The förbund's own reader still sees its board.
    const own = (await call(ctx, sessions.get('reader')!, 'GET', `/api/v1/associations/${ids.own}`)).json<{
      bodyMembers: unknown[];
    }>();
    await freshBodyMember(ids.own);
    expect(
      (await call(ctx, sessions.get('reader')!, 'GET', `/api/v1/associations/${ids.own}`)).json<{
        bodyMembers: unknown[];
      }>().bodyMembers.length,
    ).toBe(own.bodyMembers.length + 1);
  });
});

describe('personal data reads are audited', () => {
  it('every route that declares personal data writes a personal_data.read entry', async () => {
    const routes = ctx.app.routeTable.filter((r) => r.config.personalData);
    expect(routes.length).toBeGreaterThanOrEqual(3);
    for (const route of routes) {
      const c = CASES[`${route.method} ${route.url}`]!;
      const request = await c.prepare(ids.own, 'association_admin');
      const session = sessions.get('association_admin')!;
      const before = await countReads();
      const response = await call(ctx, session, route.method as 'GET', request.url, request.body);
      expect(response.statusCode, route.url).toBe(c.ok);
      expect(await countReads(), route.url).toBeGreaterThan(before);
    }
  });
});

async function countReads() {
  const rows = await ctx.database.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(eq(auditLog.action, 'personal_data.read'));
  return rows.length;
}

/**
 * Hostile input against every write endpoint (issue 5): each string in a valid body is replaced,
 * one at a time, by an attack string; oversized, deeply nested and invalid-UTF-8 bodies are sent
 * too. Whatever happens, the answer is a clear 2xx/4xx JSON response – never a 500.
 */
const HOSTILE = [
  // Formula, SQL, markup and path attacks are all plain text to a parameterised query: one string
  // holds them all (a formula must come first to be one), so each field costs four requests, not seven.
  // Kept short so that fields with a length limit still take it and pass it on to the database.
  "=cmd|'/C calc'!A0' OR 1=1;--<script>../../etc/passwd",
  '\u0000\u202e\uFEFF',
  // Half a surrogate pair: no character, refused by PostgreSQL's jsonb (the audit log).
  'Anna \uD800',
  'x'.repeat(20_000),
];
// Query parameters for a route whose schema the route table cannot read (queryKeys null).
const QUERY_PARAMETERS = ['q', 'action', 'entityType', 'association', 'from', 'to', 'county', 'fileName'];
// With years PostgreSQL cannot store or that are no real date here (bodies' dates: logging.test.ts).
const QUERY_HOSTILE = ['\u0000', 'Anna \uD800', '0000-01-01', '9999-12-31', "' OR '1'='1"];

function mutations(body: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (value: unknown, replace: (v: unknown) => unknown) => {
    if (typeof value === 'string') for (const h of HOSTILE) out.push(replace(h));
    else if (Array.isArray(value))
      value.forEach((v, i) => walk(v, (x) => replace(value.map((y, j) => (j === i ? x : y)))));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, (x) => replace({ ...(value as object), [k]: x }));
  };
  walk(body, (x) => x);
  return out;
}

describe('hostile input', () => {
  // Every route times every hostile value: a minute on a quiet machine and growing with each module, so
  // these two get more time than the file's default (they are one loop so a failure lists every route).
  const SWEEP_TIMEOUT = 300_000;
  const writes = Object.entries(CASES).filter(([key]) => /^(POST|PUT) /.test(key));

  it(
    'never answers a write endpoint with a 500, whatever the strings hold',
    async () => {
      const failures: string[] = [];
      for (const [key, c] of writes) {
        const [method, path] = key.split(' ') as ['POST' | 'PUT', string];
        const route = ctx.app.routeTable.find((r) => r.method === method && r.url === path);
        const actor = (['association_admin', 'system_admin', 'participant_officer'] as Actor[]).find(
          (a) => expected(c, route?.config.permission, a, 'own') === c.ok,
        );
        if (!actor || c.scope === 'public') continue;
        const request = await c.prepare(ids.own, actor);
        if (!request.body) continue;
        let target = request.url;
        for (const body of mutations(request.body)) {
          const response = await call(ctx, sessions.get(actor)!, method, target, body);
          if (response.statusCode >= 500)
            failures.push(`${key}: ${response.statusCode} ${response.body.slice(0, 120)}`);
          else expect(response.headers['content-type'], key).toMatch(/json/);
          // A fresh valid request after an accepted write, so it cannot make the next one a conflict;
          // a refused one changed nothing, so its target still stands.
          if (response.statusCode < 300) target = (await c.prepare(ids.own, actor)).url;
        }
      }
      expect(failures).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'never answers a 500 whatever a query string holds, on every route that reads one',
    async () => {
      const failures: string[] = [];
      const session = sessions.get('system_admin')!;
      for (const [key, c] of Object.entries(CASES)) {
        const [method, path] = key.split(' ') as ['GET' | 'POST', string];
        if (c.scope === 'public' || (method !== 'GET' && !path.endsWith('/imports/participants'))) continue;
        // Only the parameters the route declares: one without a querystring schema cannot read any.
        const declared = ctx.app.routeTable.find((r) => r.method === method && r.url === path)?.queryKeys;
        if (declared?.length === 0) continue;
        const request = await c.prepare(ids.own, 'system_admin');
        for (const name of declared ?? QUERY_PARAMETERS) {
          for (const value of QUERY_HOSTILE) {
            const url = new URL(request.url, 'http://x');
            url.searchParams.set(name, value);
            const target = `${url.pathname}${url.search}`;
            const response = request.file
              ? await ctx.app.inject({
                  method,
                  url: target,
                  payload: Buffer.from(request.file),
                  headers: {
                    'content-type': request.contentType ?? 'text/csv',
                    cookie: session.cookie,
                    'x-csrf-token': session.csrf,
                  },
                })
              : await call(ctx, request.session ?? session, method, target);
            if (response.statusCode >= 500)
              failures.push(
                `${key} ${name}=${JSON.stringify(value)}: ${response.statusCode} ${response.body.slice(0, 100)}`,
              );
          }
        }
      }
      expect(failures).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it('refuses oversized, deeply nested and malformed bodies with a 4xx', async () => {
    const session = sessions.get('association_admin')!;
    const raw = (payload: string | Buffer, url = `/api/v1/associations/${ids.own}/interventions`) =>
      ctx.app.inject({
        method: 'POST',
        url,
        payload,
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      });
    const huge = await raw(JSON.stringify({ name: 'x', description: 'y'.repeat(3 * 1024 * 1024) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json<{ error: { message: string } }>().error.message).toMatch(/[a-zåäö]/i);
    const nested = await raw(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(nested.statusCode).toBeGreaterThanOrEqual(400);
    expect(nested.statusCode).toBeLessThan(500);
    const invalidUtf8 = await raw(
      Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
    );
    expect(invalidUtf8.statusCode).toBeGreaterThanOrEqual(400);
    expect(invalidUtf8.statusCode).toBeLessThan(500);
    const notJson = await raw('{"name": ');
    expect(notJson.statusCode).toBe(400);
  });

  it('stores a script tag as text and serves it only as JSON data', async () => {
    const session = sessions.get('association_admin')!;
    const name = `<script>alert("x")</script> ${unique('Insats')}`;
    const created = await call(ctx, session, 'POST', `/api/v1/associations/${ids.own}/interventions`, {
      name,
      kind: 'individual',
      startDate: '2024-01-01',
    });
    expect(created.statusCode).toBe(201);
    const read = await call(
      ctx,
      session,
      'GET',
      `/api/v1/associations/${ids.own}/interventions/${created.json<{ id: string }>().id}`,
    );
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.json<{ name: string }>().name).toBe(name);
    // Browsers are told never to sniff a JSON answer into HTML.
    expect(read.headers['x-content-type-options']).toBe('nosniff');
  });
});
