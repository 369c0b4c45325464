import { emptyTocContent, isEditable, type TocCreateInput, type TocUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, versionConflict } from '../../platform/errors';
import { checkReferences, loadTheoryOfChange, requireWritableInterventions } from './load-theory-of-change';
import { insertTheoryOfChangeRow, updateTheoryOfChangeRow } from './theory-of-change.repository';
import { canonicalJson } from '../../platform/canonical-json';

export const APPROVED_REFUSAL =
  'Förändringsteorin är fastställd och kan inte ändras. Starta en ny version för att göra ändringar.';

/** Starts a theory of change for one insats or a cluster, with empty columns and the default plan. */
export async function createTheoryOfChange(tx: Tx, actor: Actor, associationId: string, input: TocCreateInput) {
  authorize(actor, 'evaluation.write', associationId);
  requireWritableInterventions(actor, associationId, input.interventionIds);
  await checkReferences(tx, associationId, input.interventionIds, []);
  const row = await insertTheoryOfChangeRow(tx, {
    associationId,
    title: input.title,
    interventionIds: input.interventionIds,
    content: emptyTocContent(),
  });
  await writeAudit(tx, actor, {
    action: 'theory_of_change.create',
    entityType: 'theory_of_change',
    entityId: row.id,
    associationId,
    details: { title: input.title, interventionIds: input.interventionIds },
  });
  return row;
}

const PARTS = ['resources', 'staffing', 'activities', 'effects', 'mechanisms', 'plan'] as const;

/** Saves the whole draft; a fastställd edition or a stale version is refused with 409. */
export async function updateTheoryOfChange(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: TocUpdateInput,
) {
  const before = await loadTheoryOfChange(tx, actor, associationId, id, 'evaluation.write');
  if (!isEditable(before.status)) throw conflict(APPROVED_REFUSAL);
  requireWritableInterventions(actor, associationId, input.interventionIds);
  await checkReferences(tx, associationId, input.interventionIds, input.content.staffing);
  const row = await updateTheoryOfChangeRow(tx, associationId, id, input.version, {
    title: input.title,
    interventionIds: input.interventionIds,
    content: input.content,
  });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'theory_of_change.update',
    entityType: 'theory_of_change',
    entityId: id,
    associationId,
    details: {
      title: input.title,
      // Which parts changed, so the log says "mekanismer" rather than quoting whole texts.
      changed: PARTS.filter((p) => canonicalJson(before.content[p]) !== canonicalJson(input.content[p])),
    },
  });
  return row;
}
