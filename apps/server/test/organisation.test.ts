import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../src/db/schema';
import {
  call,
  login,
  seedAssociation,
  seedUser,
  startTestApp,
  unique,
  type Session,
  type TestContext,
} from './harness';

let ctx: TestContext;
let system: Session;

beforeAll(async () => {
  ctx = await startTestApp();
  system = await login(ctx, (await seedUser(ctx, 'system_admin', null)).email);
});
afterAll(() => ctx.close());

interface AssociationBody {
  id: string;
  name: string;
  version: number;
  countyName: string;
  municipalities: { code: string }[];
  members: { id: string; kind: string; name: string; municipalityCode: string | null }[];
  bodyMembers: { id: string; name: string; version: number; memberName: string | null }[];
}

describe('creating a förbund', () => {
  it('stores the county and kommuner and creates FK, AF, the region and each kommun as members', async () => {
    const name = unique('Finnveden');
    const response = await call(ctx, system, 'POST', '/api/v1/associations', {
      name,
      countyCode: '06',
      municipalityCodes: ['0662', '0665', '0683'],
      organisationNumber: '222000-1234',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<AssociationBody>();
    expect(body.countyName).toBe('Jönköpings län');
    expect(body.municipalities.map((m) => m.code)).toEqual(['0662', '0665', '0683']);
    expect(body.members.map((m) => m.name)).toEqual([
      'Försäkringskassan',
      'Arbetsförmedlingen',
      'Region Jönköpings län',
      'Gislaveds kommun',
      'Vaggeryds kommun',
      'Värnamo kommun',
    ]);
    const entries = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, body.id), eq(auditLog.action, 'association.create')));
    expect(entries).toHaveLength(1);
  });

  it('names the field and value of a kommun outside the county, in Swedish', async () => {
    const response = await call(ctx, system, 'POST', '/api/v1/associations', {
      name: unique('Fel'),
      countyCode: '06',
      municipalityCodes: ['0662', '0180'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      { field: 'municipalityCodes', value: '0180', message: 'Kommunen Stockholm ligger inte i Jönköpings län.' },
    ]);
  });

  it('refuses unknown SCB codes and malformed input with the field named', async () => {
    const unknown = await call(ctx, system, 'POST', '/api/v1/associations', {
      name: unique('X'),
      countyCode: '99',
      municipalityCodes: ['0662'],
    });
    expect(unknown.json().error.issues[0]).toMatchObject({ field: 'countyCode', value: '99' });
    const malformed = await call(ctx, system, 'POST', '/api/v1/associations', {
      name: '',
      countyCode: '6',
      municipalityCodes: [],
    });
    expect(malformed.statusCode).toBe(400);
    const fields = malformed
      .json<{ error: { issues: { field: string }[] } }>()
      .error.issues.map((i) => i.field)
      .sort();
    expect(fields).toEqual(['countyCode', 'municipalityCodes', 'name']);
  });

  it('refuses a second förbund with the same name (any case) with 409', async () => {
    const name = unique('Dubbel');
    expect(
      (await call(ctx, system, 'POST', '/api/v1/associations', { name, countyCode: '06', municipalityCodes: ['0662'] }))
        .statusCode,
    ).toBe(201);
    const again = await call(ctx, system, 'POST', '/api/v1/associations', {
      name: name.toUpperCase(),
      countyCode: '06',
      municipalityCodes: ['0665'],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/finns redan/);
  });
});

describe('editing a förbund', () => {
  it('updates kommuner: added ones become members, removed ones stop being members', async () => {
    const created = await seedAssociation(ctx, unique('Ändra'), ['0662', '0665']);
    const response = await call(ctx, system, 'PUT', `/api/v1/associations/${created.id}`, {
      name: created.name,
      countyCode: '06',
      municipalityCodes: ['0665', '0683'],
      version: created.version,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<AssociationBody>();
    expect(body.version).toBe(created.version + 1);
    expect(
      body.members
        .filter((m) => m.kind === 'municipality')
        .map((m) => m.municipalityCode)
        .sort(),
    ).toEqual(['0665', '0683']);
  });

  it('refuses a stale version with 409 and keeps the newer change', async () => {
    const created = await seedAssociation(ctx);
    const first = await call(ctx, system, 'PUT', `/api/v1/associations/${created.id}`, {
      name: `${created.name} A`,
      countyCode: '06',
      municipalityCodes: ['0662'],
      version: created.version,
    });
    expect(first.statusCode).toBe(200);
    const stale = await call(ctx, system, 'PUT', `/api/v1/associations/${created.id}`, {
      name: `${created.name} B`,
      countyCode: '06',
      municipalityCodes: ['0662'],
      version: created.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const now = (await call(ctx, system, 'GET', `/api/v1/associations/${created.id}`)).json<AssociationBody>();
    expect(now.name).toBe(`${created.name} A`);
  });
});

describe('members and bodies', () => {
  it('adds, renames and removes members; a kommun member must be one of the kommuner', async () => {
    const created = await seedAssociation(ctx);
    const url = `/api/v1/associations/${created.id}/members`;
    const outside = await call(ctx, system, 'POST', url, {
      kind: 'municipality',
      name: 'Stockholms kommun',
      municipalityCode: '0180',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.issues[0].field).toBe('municipalityCode');
    const dup = await call(ctx, system, 'POST', url, { kind: 'fk', name: 'försäkringskassan' });
    expect(dup.statusCode).toBe(409);
    const added = await call(ctx, system, 'POST', url, { kind: 'region', name: 'Region Extra' });
    expect(added.statusCode).toBe(201);
    const { id, version } = added.json<{ id: string; version: number }>();
    const renamed = await call(ctx, system, 'PUT', `${url}/${id}`, { kind: 'region', name: 'Region Omdöpt', version });
    expect(renamed.statusCode).toBe(200);
    // A second edit made from the same, now stale, version would silently undo the first: 409.
    const stale = await call(ctx, system, 'PUT', `${url}/${id}`, { kind: 'region', name: 'Region Gammal', version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const again = await call(ctx, system, 'PUT', `${url}/${id}`, {
      kind: 'region',
      name: 'Region Ny',
      version: renamed.json<{ version: number }>().version,
    });
    expect(again.statusCode).toBe(200);
    expect((await call(ctx, system, 'DELETE', `${url}/${id}`)).statusCode).toBe(204);
    const after = (await call(ctx, system, 'GET', `/api/v1/associations/${created.id}`)).json<AssociationBody>();
    expect(after.members.some((m) => m.id === id)).toBe(false);
  });

  it('keeps people of the board with role and member organisation, with optimistic versioning', async () => {
    const created = await seedAssociation(ctx);
    const detail = (await call(ctx, system, 'GET', `/api/v1/associations/${created.id}`)).json<AssociationBody>();
    const fk = detail.members.find((m) => m.kind === 'fk')!;
    const url = `/api/v1/associations/${created.id}/body-members`;
    const added = await call(ctx, system, 'POST', url, {
      body: 'board',
      name: 'Anna Andersson',
      bodyRole: 'chair',
      memberId: fk.id,
      email: 'anna@fk.se',
    });
    expect(added.statusCode).toBe(201);
    const person = added.json<{ id: string; version: number }>();
    const updated = await call(ctx, system, 'PUT', `${url}/${person.id}`, {
      body: 'board',
      name: 'Anna Andersson',
      bodyRole: 'viceChair',
      memberId: fk.id,
      version: person.version,
    });
    expect(updated.statusCode).toBe(200);
    const stale = await call(ctx, system, 'PUT', `${url}/${person.id}`, {
      body: 'board',
      name: 'Anna A',
      bodyRole: 'member',
      memberId: null,
      version: person.version,
    });
    expect(stale.statusCode).toBe(409);
    const list = (await call(ctx, system, 'GET', `/api/v1/associations/${created.id}`)).json<AssociationBody>()
      .bodyMembers;
    expect(list).toEqual([
      expect.objectContaining({ name: 'Anna Andersson', memberName: 'Försäkringskassan', version: 2 }),
    ]);
    const otherAssociation = await seedAssociation(ctx);
    const otherMember = (
      await call(ctx, system, 'GET', `/api/v1/associations/${otherAssociation.id}`)
    ).json<AssociationBody>().members[0]!;
    const foreign = await call(ctx, system, 'POST', url, {
      body: 'office',
      name: 'Bo',
      bodyRole: 'director',
      memberId: otherMember.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect((await call(ctx, system, 'DELETE', `${url}/${person.id}`)).statusCode).toBe(204);
  });
});

describe('reference data', () => {
  it('serves the 21 counties and 290 kommuner of SCB', async () => {
    const counties = (await call(ctx, system, 'GET', '/api/v1/reference/counties')).json<unknown[]>();
    expect(counties).toHaveLength(21);
    const all = (await call(ctx, system, 'GET', '/api/v1/reference/municipalities')).json<unknown[]>();
    expect(all).toHaveLength(290);
    const jonkoping = (await call(ctx, system, 'GET', '/api/v1/reference/municipalities?county=06')).json<
      { name: string }[]
    >();
    expect(jonkoping).toHaveLength(13);
    expect(jonkoping[0]?.name).toBe('Aneby');
  });
});
