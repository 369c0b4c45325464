import type { ApprovalInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { conflict, notFound, versionConflict } from '../../platform/errors';
import { assertCanWrite } from './document-access';
import type { DocumentKindSpec } from './document-kind';
import {
  findDocument,
  insertDocument,
  latestOfYear,
  updateDraft,
  type YearlyDocumentRow,
} from './yearly-documents.repository';

async function draftToChange<C>(tx: Tx, associationId: string, spec: DocumentKindSpec<C>, id: string, version: number) {
  const row = await findDocument(tx, associationId, spec.kind, id);
  if (!row) throw notFound(spec.label);
  if (row.status !== 'draft')
    throw conflict(
      `${spec.label} för ${row.year} är fastställd och kan inte ändras. Starta en ny version för att ändra den.`,
    );
  if (row.version !== version) throw versionConflict();
  return row;
}

const stale = (row: YearlyDocumentRow | undefined) => {
  if (!row) throw versionConflict();
  return row;
};

/** Saves a draft's content; a fastställd document or a stale version is refused with 409. */
export async function updateYearlyDocument<C>(
  tx: Tx,
  actor: Actor,
  associationId: string,
  spec: DocumentKindSpec<C>,
  id: string,
  input: { content: C; version: number },
) {
  assertCanWrite(actor, associationId, 'evaluation.write');
  const row = await draftToChange(tx, associationId, spec, id, input.version);
  const updated = stale(
    await updateDraft(tx, row, input.version, { content: input.content as Record<string, unknown> }),
  );
  await writeAudit(tx, actor, {
    action: `${spec.kind}.update`,
    entityType: spec.kind,
    entityId: id,
    associationId,
    details: { year: row.year, revision: row.revision },
  });
  return updated;
}

/** Fastställer a draft: who, when and the board decision's reference are kept with it. */
export async function approveYearlyDocument<C>(
  tx: Tx,
  actor: Actor,
  associationId: string,
  spec: DocumentKindSpec<C>,
  id: string,
  input: ApprovalInput,
) {
  assertCanWrite(actor, associationId, 'evaluation.approve');
  const row = await draftToChange(tx, associationId, spec, id, input.version);
  const updated = stale(
    await updateDraft(tx, row, input.version, {
      status: 'approved',
      approvedAt: new Date(),
      approvedBy: actor.userId,
      approvedByName: actor.name || actor.email,
      decisionReference: input.decisionReference,
    }),
  );
  await writeAudit(tx, actor, {
    action: `${spec.kind}.approve`,
    entityType: spec.kind,
    entityId: id,
    associationId,
    details: { year: row.year, revision: row.revision, decisionReference: input.decisionReference },
  });
  return updated;
}

/** Starts a draft copy of a fastställd document; only from the year's latest revision, and only one at a time. */
export async function newYearlyDocumentVersion<C>(
  tx: Tx,
  actor: Actor,
  associationId: string,
  spec: DocumentKindSpec<C>,
  id: string,
) {
  assertCanWrite(actor, associationId, 'evaluation.write');
  const row = await findDocument(tx, associationId, spec.kind, id);
  if (!row) throw notFound(spec.label);
  const latest = (await latestOfYear(tx, associationId, spec.kind, row.year))!;
  if (row.status !== 'approved' || latest.id !== row.id)
    throw conflict(`${spec.label} för ${row.year} har redan ett utkast. Arbeta vidare i det.`);
  const copy = await insertDocument(tx, {
    associationId,
    kind: spec.kind,
    year: row.year,
    revision: row.revision + 1,
    content: spec.schema.parse(row.content) as Record<string, unknown>,
  });
  await writeAudit(tx, actor, {
    action: `${spec.kind}.new_version`,
    entityType: spec.kind,
    entityId: copy.id,
    associationId,
    details: { year: row.year, revision: copy.revision, from: row.id },
  });
  return copy;
}
