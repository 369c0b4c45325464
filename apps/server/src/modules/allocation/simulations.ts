import { sql } from 'drizzle-orm';
import { can, type SimulationChange } from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import { allocationSimulations } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { associationScope, authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { invalid, notFound, versionConflict } from '../../platform/errors';
import { findSimulation, listSimulations, type SimulationRecord } from './allocation.repository';
import { loadModelYear } from './model-results';
import { simulationResult } from './simulation-result';

/**
 * Who may change a simulation: a förbund's belongs to it (allocation.simulate there, decision 0054);
 * a national one (no förbund) is the system administrator's (allocation.manage).
 */
function authorizeChange(actor: Actor, associationId: string | null) {
  if (associationId === null) authorize(actor, 'allocation.manage');
  else authorize(actor, 'allocation.simulate', associationId);
}

/** The national simulations and those of the actor's förbund (allocation.read). */
export async function simulations(ex: Executor, actor: Actor): Promise<SimulationRecord[]> {
  const scope = associationScope(actor, 'allocation.read');
  return listSimulations(ex, scope.kind === 'all' ? 'all' : scope.ids);
}

async function readable(ex: Executor, actor: Actor, id: string): Promise<SimulationRecord> {
  authorize(actor, 'allocation.read');
  const row = await findSimulation(ex, id);
  // Another förbund's simulation does not exist for this actor.
  if (!row || (row.associationId && !actor.operator && !can(actor.roles, 'allocation.read', row.associationId)))
    throw notFound('Simuleringen');
  return row;
}

/** A simulation with its result computed on the model year as it is now. */
export async function getSimulation(ex: Executor, actor: Actor, id: string) {
  const row = await readable(ex, actor, id);
  const loaded = await loadModelYear(ex, row.year);
  return { ...row, ...(await simulationResult(ex, loaded, row.changes)), loaded };
}
export type SimulationView = Awaited<ReturnType<typeof getSimulation>>;

/** Changes that do not fit the year (an unknown förbund, a kommun in none) are refused with a 400. */
async function checkChanges(ex: Executor, year: number, changes: SimulationChange[]) {
  const { problems } = await simulationResult(ex, await loadModelYear(ex, year), changes);
  if (problems.length) throw invalid([{ field: 'changes', message: problems.join(' ') }], problems.join(' '));
}

export async function createSimulation(
  tx: Tx,
  actor: Actor,
  input: { name: string; year: number; associationId: string | null; changes: SimulationChange[] },
) {
  authorizeChange(actor, input.associationId);
  await checkChanges(tx, input.year, input.changes);
  const [row] = await tx.insert(allocationSimulations).values(input).returning();
  await writeAudit(tx, actor, {
    action: 'allocation.simulation.create',
    entityType: 'allocation_simulation',
    entityId: row!.id,
    associationId: input.associationId,
    details: { after: input },
  });
  return row!;
}

export async function updateSimulation(
  tx: Tx,
  actor: Actor,
  id: string,
  input: { name: string; changes: SimulationChange[]; version: number },
) {
  // Without the permission anywhere: 403 before anything is looked up, as everywhere else.
  authorize(actor, 'allocation.simulate');
  const before = await readable(tx, actor, id);
  authorizeChange(actor, before.associationId);
  await checkChanges(tx, before.year, input.changes);
  const [row] = await tx
    .update(allocationSimulations)
    .set({
      name: input.name,
      changes: input.changes,
      version: sql`${allocationSimulations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(sql`${allocationSimulations.id} = ${id}::uuid and ${allocationSimulations.version} = ${input.version}`)
    .returning();
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'allocation.simulation.update',
    entityType: 'allocation_simulation',
    entityId: id,
    associationId: before.associationId,
    details: {
      before: { name: before.name, changes: before.changes },
      after: { name: input.name, changes: input.changes },
    },
  });
  return row;
}

export async function deleteSimulation(tx: Tx, actor: Actor, id: string, version: number) {
  authorize(actor, 'allocation.simulate');
  const before = await readable(tx, actor, id);
  authorizeChange(actor, before.associationId);
  const [row] = await tx
    .delete(allocationSimulations)
    .where(sql`${allocationSimulations.id} = ${id}::uuid and ${allocationSimulations.version} = ${version}`)
    .returning({ id: allocationSimulations.id });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'allocation.simulation.delete',
    entityType: 'allocation_simulation',
    entityId: id,
    associationId: before.associationId,
    details: { before: { name: before.name, year: before.year, changes: before.changes } },
  });
}
