import type { AuditQuery, AuditSummary } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope, authorize } from '../../platform/access-control';
import { nameKey, namesOf, searchAuditLog as search, type NamedKind, type NameRef } from './audit.repository';

type Entry = Awaited<ReturnType<typeof search>>['entries'][number];

// Entity types whose records have a name worth showing (sessions, reports and imports have none).
const NAMED: readonly string[] = [
  'user',
  'association',
  'intervention',
  'participation',
  'member',
  'body_member',
  'price_list',
  'socioeconomic_analysis',
];

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const number = (value: unknown) => (typeof value === 'number' ? value : null);

/** A second record an entry's details point to: the person put on an insats's staff, the insats of an analysis. */
function subjectOf(entry: Entry): NameRef | null {
  const details = entry.details;
  if (entry.action.startsWith('intervention.staff_') && text(details.userId))
    return { kind: 'user', id: text(details.userId)! };
  if (entry.action === 'socioeconomic.analysis.create' && text(details.interventionId))
    return { kind: 'intervention', id: text(details.interventionId)! };
  return null;
}

/** How many records an entry covers: personal data read in bulk, rows imported, sessions ended. */
function countOf(entry: Entry): number | null {
  const d = entry.details;
  if (entry.action === 'personal_data.read') return number(d.count) ?? 1;
  if (entry.action.startsWith('import.')) return number(d.rows);
  if (entry.action === 'user.sessions_end') return number(d.ended);
  return null;
}

function refsOf(entry: Entry): NameRef[] {
  const refs: NameRef[] = [];
  if (entry.userId) refs.push({ kind: 'actor', id: entry.userId });
  if (entry.entityType && entry.entityId && NAMED.includes(entry.entityType))
    refs.push({ kind: entry.entityType as NamedKind, id: entry.entityId });
  const subject = subjectOf(entry);
  if (subject) refs.push(subject);
  return refs;
}

/**
 * The audit log of the associations the actor administers. Entries without an association
 * (logins, system events) are only visible to a system administrator. Each entry carries a
 * `summary` the web turns into one sentence: who did what to which record, by name, with names
 * looked up in the actor's associations only.
 */
export async function searchAuditLog(ex: Executor, actor: Actor, query: AuditQuery) {
  if (query.associationId) authorize(actor, 'audit.read', query.associationId);
  const scope = associationScope(actor, 'audit.read');
  const result = await search(ex, scope, query);
  const names = await namesOf(ex, scope, result.entries.flatMap(refsOf));
  const nameOf = (ref: NameRef | null) => (ref ? (names.get(nameKey(ref.kind, ref.id)) ?? null) : null);
  return {
    total: result.total,
    entries: result.entries.map((entry) => {
      const changed = entry.details.changed;
      const summary: AuditSummary = {
        actorName: entry.userId ? nameOf({ kind: 'actor', id: entry.userId }) : null,
        action: entry.action,
        entityType: entry.entityType,
        entityName:
          entry.entityType && entry.entityId && NAMED.includes(entry.entityType)
            ? // A removed record is named by the entry itself (the reader may see the entry's details).
              (nameOf({ kind: entry.entityType as NamedKind, id: entry.entityId }) ?? text(entry.details.name))
            : null,
        subjectName: nameOf(subjectOf(entry)),
        role: text(entry.details.role),
        count: countOf(entry),
        changed: Array.isArray(changed) ? changed.filter((c): c is string => typeof c === 'string') : [],
      };
      return { ...entry, summary };
    }),
  };
}
