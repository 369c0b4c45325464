import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { interventions, participations, persons } from '../src/db/schema';
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

/**
 * The same person across files (issue 12 §5): the import learns the missing half of a person's
 * identity, as registration does, so that "antal unika" counts them once; a row whose halves
 * belong to two persons is refused, and the whole file with it.
 */
let ctx: TestContext;
let A: string;
let name: string;
let admin: Session;

interface ImportResult {
  rows: number;
  created: number;
  errorCount: number;
  errors: { row: number; column: string; value: string; message: string }[];
}

const HEADER = 'forbund;insats;deltagar_id;personnummer;kon;fodelsear;startdatum;slutdatum;avslutsorsak;samtycke';
/** One exited participation; gender and birth year only when there is no personnummer. */
const line = (reference: string, pnr: string, start: string, exit = '') =>
  [
    name,
    'Spåret',
    reference,
    pnr,
    pnr ? '' : 'kvinna',
    pnr ? '' : '1985',
    start,
    exit,
    exit ? 'arbete' : '',
    'ja',
  ].join(';');

async function upload(lines: string[], query = '') {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/imports/participants?fileName=personer.csv&createInterventions=true${query}`,
    headers: { 'content-type': 'text/csv', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    payload: Buffer.from([HEADER, ...lines].join('\n')),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ImportResult>();
}

const count = async (table: typeof persons | typeof participations) =>
  (
    await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(eq(table.associationId, A))
  )[0]!.n;

beforeAll(async () => {
  ctx = await startTestApp();
  name = unique('Identitetsförbundet');
  A = (await seedAssociation(ctx, name)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
});
afterAll(() => ctx.close());

describe('one person across import files', () => {
  it('links a pseudonym-only, a pseudonym-and-personnummer and a personnummer-only file to one person', async () => {
    expect(await upload([line('ID-1', '', '2024-01-10', '2024-03-01')])).toMatchObject({ created: 1, errorCount: 0 });
    expect(await upload([line('ID-1', '198503152384', '2024-04-01', '2024-06-01')])).toMatchObject({ created: 1 });
    expect(await upload([line('', '198503152384', '2024-07-01', '2024-09-01')])).toMatchObject({ created: 1 });
    expect(await count(persons)).toBe(1);

    const report = await call(
      ctx,
      admin,
      'GET',
      '/api/v1/reports/outcome?from=2024-01-01&to=2024-12-31&groupBy=association',
    );
    const cells = report.json<{ groups: { cells: Record<string, { total: number }> }[] }>().groups[0]!.cells;
    expect(cells.antal!.total).toBe(3);
    expect(cells.antal_unika!.total).toBe(1);
  });

  it('learns within one file too: the rows name the person by one half, then both, then the other', async () => {
    const before = await count(persons);
    const result = await upload([
      line('ID-2', '', '2024-02-01'),
      line('ID-2', '199001012385', '2024-03-01'),
      line('', '199001012385', '2024-04-01'),
    ]);
    expect(result).toMatchObject({ created: 3, errorCount: 0 });
    expect(await count(persons)).toBe(before + 1);
  });

  it('refuses a row whose pseudonym and personnummer belong to two persons, lists every such row, and writes nothing', async () => {
    await upload([line('ID-3', '', '2024-02-01'), line('', '197512121232', '2024-02-01')]);
    await upload([line('ID-4', '198811204562', '2024-02-01')]);
    const [people, rows] = [await count(persons), await count(participations)];
    const result = await upload([
      line('ID-5', '', '2024-05-01'),
      // An error of another kind first: the persons of the rows after it are still checked.
      line('ID-6', '', '2024-13-01'),
      // ID-3 is one person, this personnummer another.
      line('ID-3', '197512121232', '2024-05-01'),
      // ID-4's person already has another personnummer.
      line('ID-4', '199206067895', '2024-05-01'),
    ]);
    expect(result.errors).toEqual([
      { row: 3, column: 'startdatum', value: '2024-13-01', message: expect.stringMatching(/Ogiltigt datum/) },
      { row: 4, column: 'deltagar_id', value: 'ID-3', message: expect.stringMatching(/annan person/) },
      // The personnummer is never shown back.
      { row: 5, column: 'personnummer', value: '••••••-••••', message: expect.stringMatching(/annat personnummer/) },
    ]);
    expect([await count(persons), await count(participations)]).toEqual([people, rows]);
  });

  it('refuses the same conflict in registration, with the same rule', async () => {
    const [insats] = await ctx.database.db
      .select({ id: interventions.id })
      .from(interventions)
      .where(and(eq(interventions.associationId, A), eq(interventions.name, 'Spåret')));
    const response = await call(ctx, admin, 'POST', `/api/v1/associations/${A}/participations`, {
      interventionId: insats!.id,
      consent: true,
      personReference: 'ID-3',
      personnummer: '197512121232',
      startDate: '2024-06-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0]).toMatchObject({ field: 'personReference' });
  });
});
