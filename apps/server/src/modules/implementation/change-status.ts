import type { ImplementationStatusInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid, versionConflict } from '../../platform/errors';
import { authorizeRecord } from './get-implementation';
import { findRecord, writeRecord, type ImplementationRow } from './implementation.repository';
import { checkMembers } from './save-implementation';

/**
 * Changes an insats's implementation status and appends the change to its history: the date it took
 * effect, which parties (delvis), and who recorded it when. History is kept in date order, so a change
 * dated before the latest one is refused rather than rewriting what the board has already seen.
 */
export async function changeImplementationStatus(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  input: ImplementationStatusInput,
) {
  await authorizeRecord(tx, actor, 'evaluation.write', associationId, interventionId);
  await checkMembers(
    tx,
    associationId,
    input.memberIds.map((id, i) => ({ field: `memberIds.${i}`, id })),
  );
  const current: Pick<ImplementationRow, 'status' | 'statusHistory' | 'version'> = (await findRecord(
    tx,
    associationId,
    interventionId,
  )) ?? { status: 'not_planned', statusHistory: [], version: 0 };
  if (current.version !== input.version) throw versionConflict();
  const latest = current.statusHistory.at(-1);
  if (latest && input.date < latest.date)
    throw invalid(
      [
        {
          field: 'date',
          value: input.date,
          message: `Datumet kan inte vara före den senaste ändringen (${latest.date}).`,
        },
      ],
      `Statusändringar förs i datumordning: ${input.date} är före den senaste ändringen (${latest.date}).`,
    );
  const change = {
    status: input.status,
    date: input.date,
    memberIds: input.status === 'implemented_partly' ? input.memberIds : [],
    note: input.note,
    recordedBy: actor.name || actor.email,
    recordedAt: new Date().toISOString(),
  };
  const history = [...current.statusHistory, change];
  const row = await writeRecord(tx, associationId, interventionId, input.version, {
    status: input.status,
    statusHistory: history,
  });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'implementation.status',
    entityType: 'intervention',
    entityId: interventionId,
    associationId,
    details: { before: current.status, after: input.status, date: input.date },
  });
  return row;
}
