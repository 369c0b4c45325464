import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/open-db';
import { allocationForbund } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors';
import {
  associationsByName,
  findModelForbund,
  kommunNames,
  modelForbundOf,
  stateMoneyPrefill,
  type ModelForbundRecord,
} from './allocation.repository';
import { requireYear } from './model-years';

/** A förbund row as a user sends it; `undefined` amounts of a linked förbund are filled from its state money. */
export interface ModelForbundInput {
  name: string;
  associationId: string | null;
  municipalityCodes: string[];
  previousAllocation?: number | null;
  requested?: number | null;
  equity: number | null;
  income: number | null;
}

const stored = (r: ModelForbundRecord) => ({
  name: r.name,
  associationId: r.associationId,
  municipalityCodes: r.municipalityCodes,
  previousAllocation: r.previousAllocation,
  requested: r.requested,
  equity: r.equity,
  income: r.income,
});

/**
 * Fills what was left out: for a förbund linked to Insikt, last year's allocation (granted the year
 * before) and the requested amount (of the year) from `state_money_years`; else null (for `requested`:
 * the whole offer). Source: the brief of issue 16 §5.
 */
export async function withPrefill(ex: Executor, year: number, input: ModelForbundInput) {
  const money =
    input.associationId && (input.previousAllocation === undefined || input.requested === undefined)
      ? await stateMoneyPrefill(ex, input.associationId, year)
      : { previousAllocation: null, requested: null };
  return {
    ...input,
    previousAllocation: input.previousAllocation === undefined ? money.previousAllocation : input.previousAllocation,
    requested: input.requested === undefined ? money.requested : input.requested,
  };
}

/**
 * Kommun codes that exist and that no other förbund of the year holds, and an Insikt förbund that
 * exists, else a 400 naming them.
 */
async function checkRow(ex: Executor, year: number, input: ModelForbundInput, exceptId: string | null) {
  const codes = input.municipalityCodes;
  const names = await kommunNames(ex);
  const owners = new Map(
    (await modelForbundOf(ex, year))
      .filter((f) => f.id !== exceptId)
      .flatMap((f) => f.municipalityCodes.map((c) => [c, f.name] as const)),
  );
  const issues = codes.flatMap((code, i) => {
    if (!names.has(code))
      return [{ field: `municipalityCodes.${i}`, message: `Okänd kommunkod ${code}.`, value: code }];
    const owner = owners.get(code);
    if (owner)
      return [
        {
          field: `municipalityCodes.${i}`,
          message: `${names.get(code)} (${code}) ingår redan i ${owner} för ${year}.`,
          value: code,
        },
      ];
    return [];
  });
  if (new Set(codes).size !== codes.length)
    issues.push({ field: 'municipalityCodes', message: 'En kommun står två gånger.', value: codes.join(' ') });
  if (input.associationId && ![...(await associationsByName(ex)).values()].includes(input.associationId))
    issues.push({ field: 'associationId', message: 'Förbundet finns inte i Insikt.', value: input.associationId });
  if (issues.length) throw invalid(issues, issues.map((i) => i.message).join(' '));
}

const duplicateName = (year: number, name: string) =>
  conflict(`Det finns redan ett förbund som heter ${name} i modellåret ${year}.`);

export async function addModelForbund(tx: Tx, actor: Actor, year: number, input: ModelForbundInput) {
  authorize(actor, 'allocation.manage');
  await requireYear(tx, year);
  await checkRow(tx, year, input, null);
  if ((await modelForbundOf(tx, year)).some((f) => f.name === input.name)) throw duplicateName(year, input.name);
  const values = await withPrefill(tx, year, input);
  const [row] = await tx
    .insert(allocationForbund)
    .values({ ...values, year })
    .returning();
  await writeAudit(tx, actor, {
    action: 'allocation.forbund.create',
    entityType: 'allocation_forbund',
    entityId: row!.id,
    details: { year, after: values },
  });
  return row!;
}

export async function updateModelForbund(
  tx: Tx,
  actor: Actor,
  year: number,
  id: string,
  input: ModelForbundInput & { version: number },
) {
  authorize(actor, 'allocation.manage');
  const before = await findModelForbund(tx, year, id);
  if (!before) throw notFound('Förbundet i modellåret');
  await checkRow(tx, year, input, id);
  if ((await modelForbundOf(tx, year)).some((f) => f.id !== id && f.name === input.name))
    throw duplicateName(year, input.name);
  const { version, ...rest } = input;
  const values = await withPrefill(tx, year, rest);
  const [row] = await tx
    .update(allocationForbund)
    .set({ ...values, version: sql`${allocationForbund.version} + 1`, updatedAt: sql`now()` })
    .where(sql`${allocationForbund.id} = ${id}::uuid and ${allocationForbund.version} = ${version}`)
    .returning();
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'allocation.forbund.update',
    entityType: 'allocation_forbund',
    entityId: id,
    details: { year, before: stored(before), after: values },
  });
  return row;
}

export async function deleteModelForbund(tx: Tx, actor: Actor, year: number, id: string, version: number) {
  authorize(actor, 'allocation.manage');
  const before = await findModelForbund(tx, year, id);
  if (!before) throw notFound('Förbundet i modellåret');
  const [row] = await tx
    .delete(allocationForbund)
    .where(sql`${allocationForbund.id} = ${id}::uuid and ${allocationForbund.version} = ${version}`)
    .returning({ id: allocationForbund.id });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'allocation.forbund.delete',
    entityType: 'allocation_forbund',
    entityId: id,
    details: { year, before: stored(before) },
  });
}

export { stored as storedForbund };
