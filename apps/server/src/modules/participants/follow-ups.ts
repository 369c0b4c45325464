import {
  followUpProblems,
  followUpTiming,
  followUpWindow,
  interventionScope,
  resolveFollowUp,
  todayIso,
  type FollowUpInput,
  type FollowUpKind,
} from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize, authorizeIntervention } from '../../platform/access-control';
import { auditPersonalDataRead, writeAudit } from '../../platform/audit';
import { invalid, notFound, versionConflict } from '../../platform/errors';
import { dueFollowUps, saveFollowUp } from './follow-ups.repository';
import { followUpColumns } from './participation-row';
import { findParticipation } from './participants.repository';

/**
 * The follow-ups due on `today` (window open, nothing recorded) in the insatser the actor follows:
 * a deltagaransvarig their own, a förbundsadministratör the whole förbund. Each with its window
 * and whether its target date has passed; every listed participation counts as read (audited).
 */
export async function listDueFollowUps(
  ex: Executor,
  actor: Actor,
  associationId: string,
  page: { limit: number; offset: number },
  today = todayIso(),
) {
  authorize(actor, 'participant.read', associationId);
  const scope = interventionScope(actor.roles, 'participant.read', associationId);
  const { total, rows } = await dueFollowUps(ex, associationId, scope, today, page);
  await auditPersonalDataRead(ex, actor, 'participation', [...new Set(rows.map((r) => r.id))], associationId);
  return {
    today,
    total,
    rows: rows.map((r) => {
      const { target, opens, closes } = followUpWindow(r.exitDate, r.kind);
      return { ...r, target, opens, closes, timing: followUpTiming(r.exitDate, r.kind, today) as 'due' | 'overdue' };
    }),
  };
}

/**
 * Records one follow-up of a participation: only within its window after the stored exit date
 * (decision 0022), guarded by the version read, and audited.
 */
export async function recordFollowUp(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  kind: FollowUpKind,
  input: FollowUpInput,
) {
  authorize(actor, 'participant.write', associationId);
  const existing = await findParticipation(tx, associationId, id);
  if (!existing) throw notFound('Deltagaren');
  authorizeIntervention(actor, 'participant.write', associationId, existing.interventionId);
  const today = todayIso();
  const problems = followUpProblems(kind, input, existing.exitDate, today);
  if (problems.length > 0)
    throw invalid(
      problems.map((p) => ({ field: p.part, value: String(input[p.part] ?? ''), message: p.message })),
      problems[0]!.message,
    );
  const followUp = resolveFollowUp(input, today)!;
  const row = await saveFollowUp(tx, associationId, id, input.version, followUpColumns(kind, followUp));
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'participation.follow_up',
    entityType: 'participation',
    entityId: id,
    associationId,
    details: { interventionId: existing.interventionId, kind, reached: followUp.reached, date: followUp.date },
  });
  return { id, kind, version: row.version, ...followUp };
}
