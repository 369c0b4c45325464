import { sql } from 'drizzle-orm';
import { ALLOCATION_DEFAULTS } from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import { allocationYears } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors';
import { findYear, listYears, type AllocationYearRecord } from './allocation.repository';
import { loadModelYear, resultOf } from './model-results';

export interface YearParameters {
  distributable: number;
  baseGrant: number;
  supportMeasureWeight: number;
  protectionLimit: number;
}

/** The model years with their parameters, newest first (national figures, every role reads them). */
export async function modelYears(ex: Executor, actor: Actor): Promise<AllocationYearRecord[]> {
  authorize(actor, 'allocation.read');
  return listYears(ex);
}

/** A model year: parameters, inputs per kommun, förbund with their guideline test, and the result. */
export async function modelYear(ex: Executor, actor: Actor, year: number) {
  authorize(actor, 'allocation.read');
  const loaded = await loadModelYear(ex, year);
  const { result, problems } = resultOf(loaded);
  return {
    ...loaded.year,
    guideline: loaded.guideline ? { id: loaded.guideline.id, decidedOn: loaded.guideline.decided } : null,
    kommunInputs: loaded.kommunInputs,
    forbund: loaded.forbund.map((f) => ({
      ...f,
      guidelineTest: loaded.assessments.get(f.id) ?? null,
      guidelineFigures: loaded.figures.get(f.id)!,
    })),
    result,
    problems,
  };
}
export type ModelYearView = Awaited<ReturnType<typeof modelYear>>;

function checkParameters(p: YearParameters) {
  if (p.baseGrant > p.distributable)
    throw invalid([
      {
        field: 'baseGrant',
        message: 'Grundbidraget kan inte vara större än beloppet att fördela.',
        value: p.baseGrant,
      },
    ]);
}

/** A new model year; G, the key weight and the protection limit default to seed 003's (ALLOCATION_DEFAULTS). */
export async function createModelYear(
  tx: Tx,
  actor: Actor,
  input: { year: number } & Partial<YearParameters> & { distributable: number },
): Promise<AllocationYearRecord> {
  authorize(actor, 'allocation.manage');
  const values = { ...ALLOCATION_DEFAULTS, ...input };
  checkParameters(values);
  const [row] = await tx.insert(allocationYears).values(values).onConflictDoNothing().returning();
  if (!row) throw conflict(`Modellåret ${input.year} finns redan.`);
  await writeAudit(tx, actor, {
    action: 'allocation.year.create',
    entityType: 'allocation_year',
    entityId: String(input.year),
    details: { after: values },
  });
  return row;
}

/** Changes a model year's parameters; a stale `version` is refused with 409. */
export async function updateModelYear(
  tx: Tx,
  actor: Actor,
  year: number,
  input: YearParameters & { version: number },
): Promise<AllocationYearRecord> {
  authorize(actor, 'allocation.manage');
  const before = await requireYear(tx, year);
  const { version, ...values } = input;
  checkParameters(values);
  const [row] = await tx
    .update(allocationYears)
    .set({ ...values, version: sql`${allocationYears.version} + 1`, updatedAt: sql`now()` })
    .where(sql`${allocationYears.year} = ${year} and ${allocationYears.version} = ${version}`)
    .returning();
  if (!row) throw versionConflict();
  const { distributable, baseGrant, supportMeasureWeight, protectionLimit } = before;
  await writeAudit(tx, actor, {
    action: 'allocation.year.update',
    entityType: 'allocation_year',
    entityId: String(year),
    details: { before: { distributable, baseGrant, supportMeasureWeight, protectionLimit }, after: values },
  });
  return row;
}

/** The year a change of its inputs belongs to; 404 when there is no such model year. */
export async function requireYear(ex: Executor, year: number): Promise<AllocationYearRecord> {
  const row = await findYear(ex, year);
  if (!row) throw notFound(`Modellåret ${year}`);
  return row;
}
