import { canOnEvaluation, tocScopeKind } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { approverNameFor, authorize } from '../../platform/access-control';
import { loadTheoryOfChange } from './load-theory-of-change';
import {
  findSuccessor,
  interventionNames,
  listTheoriesOfChange as listRows,
  memberNames,
  type TheoryOfChangeRow,
} from './theory-of-change.repository';

const insatser = (row: TheoryOfChangeRow, names: Map<string, string>) =>
  row.interventionIds.map((id) => ({ id, name: names.get(id) ?? '' }));

/** The list: every edition the actor may see (drafts only for those who write them), without content. */
export async function listTheoriesOfChange(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'evaluation.read', associationId);
  const rows = (await listRows(ex, associationId)).filter((row) =>
    canOnEvaluation(
      actor.roles,
      row.status === 'draft' ? 'evaluation.draft' : 'evaluation.read',
      associationId,
      row.interventionIds,
    ),
  );
  const names = await interventionNames(
    ex,
    associationId,
    rows.flatMap((r) => r.interventionIds),
  );
  return rows.map(({ content: _content, approvedBy: _by, ...row }) => ({
    ...row,
    approvedByName: approverNameFor(actor, associationId, row.approvedByName),
    scopeKind: tocScopeKind(row.interventionIds),
    interventions: insatser(row as TheoryOfChangeRow, names),
  }));
}

/** One theory of change with the names the editor and the export show. */
export async function getTheoryOfChange(ex: Executor, actor: Actor, associationId: string, id: string) {
  const row = await loadTheoryOfChange(ex, actor, associationId, id, 'evaluation.read');
  return theoryOfChangeView(ex, associationId, {
    ...row,
    approvedByName: approverNameFor(actor, associationId, row.approvedByName),
  });
}

export async function theoryOfChangeView(ex: Executor, associationId: string, row: TheoryOfChangeRow) {
  const names = await interventionNames(ex, associationId, row.interventionIds);
  const parties = await memberNames(
    ex,
    associationId,
    row.content.staffing.map((s) => s.memberId),
  );
  const { approvedBy: _by, ...rest } = row;
  return {
    ...rest,
    scopeKind: tocScopeKind(row.interventionIds),
    interventions: insatser(row, names),
    parties: [...parties].map(([memberId, name]) => ({ id: memberId, name })),
    successorId: (await findSuccessor(ex, associationId, row.id))?.id ?? null,
  };
}
export type TheoryOfChangeView = Awaited<ReturnType<typeof theoryOfChangeView>>;
