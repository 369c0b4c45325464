import { sql } from 'drizzle-orm';
import { validateGuideline, type GuidelineStep } from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import { equityGuidelines } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound, versionConflict } from '../../platform/errors';
import { findGuideline, listGuidelines, type GuidelineRecord } from './allocation.repository';
import { withFinanceInput } from './finance-input';

export interface GuidelineInput {
  decidedOn: string;
  steps: GuidelineStep[];
  note: string;
}

/** Every version of the equity guideline ("trappan"), oldest first: national, read by every role. */
export async function guidelines(ex: Executor, actor: Actor): Promise<GuidelineRecord[]> {
  authorize(actor, 'allocation.read');
  return listGuidelines(ex);
}

const check = (input: GuidelineInput) =>
  withFinanceInput(() => validateGuideline({ decided: input.decidedOn, steps: input.steps }));

/** A new version by its decision date, entered by the system administrator (issue 16 §4). */
export async function createGuideline(tx: Tx, actor: Actor, input: GuidelineInput): Promise<GuidelineRecord> {
  authorize(actor, 'allocation.manage');
  check(input);
  const [row] = await tx.insert(equityGuidelines).values(input).onConflictDoNothing().returning();
  if (!row) throw conflict(`Det finns redan en version av riktlinjen beslutad ${input.decidedOn}.`);
  await writeAudit(tx, actor, {
    action: 'allocation.guideline.create',
    entityType: 'equity_guideline',
    entityId: row.id,
    details: { after: input },
  });
  return row;
}

/** Corrects a version (a stale `version` is refused with 409); the audit keeps before and after. */
export async function updateGuideline(
  tx: Tx,
  actor: Actor,
  id: string,
  input: GuidelineInput & { version: number },
): Promise<GuidelineRecord> {
  authorize(actor, 'allocation.manage');
  check(input);
  const before = await findGuideline(tx, id);
  if (!before) throw notFound('Versionen av riktlinjen');
  // The decision date is unique: refused before the write, which would abort the transaction.
  if ((await listGuidelines(tx)).some((g) => g.id !== id && g.decidedOn === input.decidedOn))
    throw conflict(`Det finns redan en version av riktlinjen beslutad ${input.decidedOn}.`);
  const { version, ...values } = input;
  const [row] = await tx
    .update(equityGuidelines)
    .set({ ...values, version: sql`${equityGuidelines.version} + 1`, updatedAt: sql`now()` })
    .where(sql`${equityGuidelines.id} = ${id}::uuid and ${equityGuidelines.version} = ${version}`)
    .returning();
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'allocation.guideline.update',
    entityType: 'equity_guideline',
    entityId: id,
    details: {
      before: { decidedOn: before.decidedOn, steps: before.steps, note: before.note },
      after: values,
    },
  });
  return row;
}
