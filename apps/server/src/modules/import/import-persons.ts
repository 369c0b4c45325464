import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { bulkInsertIgnoringConflicts } from '../../db/bulk-insert';
import type { Tx } from '../../db/open-db';
import { persons } from '../../db/schema';
import { IDENTITY_CONFLICT, matchPerson, type PersonIdentity } from '../participants/person-identity';
import { shownValue, type ImportIssue } from './parse-row';

/** The identity a consented row gives: its förbund, pseudonym and/or personnummer hash. */
export interface RowIdentity {
  row: number;
  associationId: string;
  reference: string | null;
  personnummerHash: string | null;
}

type Person = PersonIdentity & { associationId: string };

const keyOf = (associationId: string, half: 'ref' | 'pnr', value: string) => `${associationId}|${half}|${value}`;

/**
 * The persons holding any of the identities' halves, keyed by (förbund, half, value); one object
 * per person, so that what a row teaches it is seen by the rows after it. Looked up by pairs, not
 * by pseudonym alone: the same pseudonym in another förbund is another person.
 */
async function findPersons(tx: Tx, identities: RowIdentity[]): Promise<Map<string, Person>> {
  const byId = new Map<string, Person>();
  const found = new Map<string, Person>();
  for (const half of ['ref', 'pnr'] as const) {
    const pairs = identities.flatMap((i) => {
      const value = half === 'ref' ? i.reference : i.personnummerHash;
      return value ? [[i.associationId, value] as const] : [];
    });
    if (pairs.length === 0) continue;
    const column = half === 'ref' ? sql`p.reference` : sql`p.personnummer_hash`;
    // One index lookup per identity. As a plain join, the planner (with statistics from before the
    // import) sorts the whole growing persons table for every batch instead; `limit 1` in a lateral
    // subquery keeps it from flattening the lookup into such a join.
    const result = await tx.execute(sql`
      select p.id, p.reference, p.personnummer_hash, k.association_id
      from unnest(${sql.param(pairs.map(([a]) => a))}::uuid[], ${sql.param(pairs.map(([, v]) => v))}::text[])
        as k(association_id, value)
      cross join lateral (
        select id, reference, personnummer_hash from persons p
        where p.association_id = k.association_id and ${column} = k.value
        limit 1
      ) p`);
    type Row = { id: string; reference: string | null; personnummer_hash: string | null; association_id: string };
    for (const row of (result as unknown as { rows: Row[] }).rows) {
      const person = byId.get(row.id) ?? {
        id: row.id,
        associationId: row.association_id,
        reference: row.reference,
        personnummerHash: row.personnummer_hash,
      };
      byId.set(person.id, person);
      remember(found, person);
    }
  }
  return found;
}

function remember(found: Map<string, Person>, person: Person) {
  if (person.reference) found.set(keyOf(person.associationId, 'ref', person.reference), person);
  if (person.personnummerHash) found.set(keyOf(person.associationId, 'pnr', person.personnummerHash), person);
}

function conflictIssue(identity: RowIdentity, half: 'reference' | 'personnummer'): ImportIssue {
  return half === 'reference'
    ? {
        row: identity.row,
        column: 'deltagar_id',
        value: shownValue(identity.reference!),
        message: IDENTITY_CONFLICT.reference,
      }
    : // The personnummer is never shown back, not even to the one who sent it.
      { row: identity.row, column: 'personnummer', value: '••••••-••••', message: IDENTITY_CONFLICT.personnummer };
}

/**
 * The person of every consented row of a batch (null for anonymous rows), found, created or taught
 * the missing half of their identity by the rule registration uses (matchPerson), row by row in
 * memory. Round trips per batch: two lookups, then, when writing, one insert of the new persons
 * and one update of the persons who learned a half – never one per row. A row whose halves belong
 * to two persons is an issue; then nothing is written (nor when `write` is false: the import
 * already failed, and the batch is only checked, so that every error of the file is listed).
 */
export async function resolvePersons(
  tx: Tx,
  identities: (RowIdentity | null)[],
  write: boolean,
): Promise<{ ids: (string | null)[]; issues: ImportIssue[] }> {
  const present = identities.filter((i): i is RowIdentity => i !== null);
  for (let attempt = 1; ; attempt++) {
    const found = await findPersons(tx, present);
    const created = new Set<Person>();
    const learned = new Set<Person>();
    const issues: ImportIssue[] = [];
    const ids = identities.map((identity) => {
      if (!identity) return null;
      const { associationId, reference, personnummerHash } = identity;
      const match = matchPerson(
        identity,
        personnummerHash ? found.get(keyOf(associationId, 'pnr', personnummerHash)) : undefined,
        reference ? found.get(keyOf(associationId, 'ref', reference)) : undefined,
      );
      if (match.kind === 'conflict') {
        issues.push(conflictIssue(identity, match.half));
        return null;
      }
      if (match.kind === 'new') {
        const person = { id: randomUUID(), associationId, reference, personnummerHash };
        created.add(person);
        remember(found, person);
        return person.id;
      }
      if (match.learned) {
        Object.assign(match.person, match.learned);
        remember(found, match.person);
        // A person created by this batch is inserted with what it learned.
        if (!created.has(match.person)) learned.add(match.person);
      }
      return match.person.id;
    });
    if (!write || issues.length > 0) return { ids, issues };
    if (created.size > 0) {
      const inserted = await tx.execute(
        bulkInsertIgnoringConflicts(
          persons,
          [...created].map(({ id, associationId, reference, personnummerHash }) => ({
            id,
            associationId,
            reference,
            personnummerHash,
          })),
          [persons.id],
        ),
      );
      // Not all inserted: a concurrent import created one of these persons meanwhile. Looking
      // again finds it (and the persons this attempt did insert).
      if ((inserted as unknown as { rows: unknown[] }).rows.length < created.size) {
        if (attempt === 3) throw new Error('persons kept changing during the import');
        continue;
      }
    }
    if (learned.size > 0) {
      const taught = [...learned];
      await tx.execute(sql`
        update persons p
        set reference = coalesce(p.reference, v.reference), personnummer_hash = coalesce(p.personnummer_hash, v.hash)
        from unnest(${sql.param(taught.map((p) => p.id))}::uuid[], ${sql.param(taught.map((p) => p.reference))}::text[],
          ${sql.param(taught.map((p) => p.personnummerHash))}::text[]) as v(id, reference, hash)
        where p.id = v.id`);
    }
    return { ids, issues };
  }
}
