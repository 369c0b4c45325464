import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { conflict } from '../../platform/errors';
import { assertCanWrite } from './document-access';
import type { DocumentKindSpec } from './document-kind';
import { insertDocument, latestBefore, latestOfYear } from './yearly-documents.repository';

/** How a new year's document starts: from the kind's own starting content, or a copy of the latest earlier year. */
export type DocumentStart<C> = { content: C; from: string } | { copyPrevious: true };

/** Starts a year's document as a draft; a year that has one is refused (open it or start a new version). */
export async function createYearlyDocument<C>(
  tx: Tx,
  actor: Actor,
  associationId: string,
  spec: DocumentKindSpec<C>,
  year: number,
  start: DocumentStart<C>,
) {
  assertCanWrite(actor, associationId, 'evaluation.write');
  if (await latestOfYear(tx, associationId, spec.kind, year))
    throw conflict(`${spec.label} för ${year} finns redan. Öppna den, eller starta en ny version av den.`);
  let content: C;
  let from: string;
  if ('copyPrevious' in start) {
    const previous = await latestBefore(tx, associationId, spec.kind, year);
    if (!previous) throw conflict(`Det finns inget tidigare år att kopiera till ${year}.`);
    content = spec.schema.parse(previous.content);
    from = `${previous.year}`;
  } else ({ content, from } = start);
  const row = await insertDocument(tx, {
    associationId,
    kind: spec.kind,
    year,
    content: content as Record<string, unknown>,
  });
  await writeAudit(tx, actor, {
    action: `${spec.kind}.create`,
    entityType: spec.kind,
    entityId: row.id,
    associationId,
    details: { year, from },
  });
  return row;
}
