import { canOnEvaluation, todayIso, tocIndicators, tocScopeKind } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { personNameFor, authorize } from '../../platform/access-control';
import type { Disclosure } from '../../platform/disclosure';
import { auditOutcomeFigures } from '../indicators/audit-figures';
import { fulfilmentYears, indicatorFulfilments } from '../indicators/indicator-fulfilment';
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
    approvedByName: personNameFor(actor, associationId, row.approvedByName),
    scopeKind: tocScopeKind(row.interventionIds),
    interventions: insatser(row as TheoryOfChangeRow, names),
  }));
}

/** An effect's indicator is known by its place: "short.collaboration.0" (horizon, dimension, effect). */
export const effectKey = (path: readonly (string | number)[]) => path.slice(1, 4).join('.');

/**
 * One theory of change with the names the editor and the export show, and the fulfilment of its
 * effects' indicators in a year and the two before: a theory of change has no year of its own, and
 * its effects are followed as long as it is in use, so the current year unless asked (decision 0028).
 */
export async function getTheoryOfChange(
  ex: Executor,
  actor: Actor,
  associationId: string,
  id: string,
  disclosure: Disclosure,
  /** The last year shown; the current year unless the reader asks for another. */
  year = Number(todayIso().slice(0, 4)),
) {
  const row = await loadTheoryOfChange(ex, actor, associationId, id, 'evaluation.read');
  const years = fulfilmentYears(year);
  const linked = tocIndicators(row.content).map(({ path, indicator }) => ({ rowId: effectKey(path), indicator }));
  const fulfilment = {
    years,
    indicators: await indicatorFulfilments(ex, actor, associationId, linked, years, disclosure),
  };
  await auditOutcomeFigures(ex, actor, { entityType: 'theory_of_change', entityId: id, associationId }, fulfilment);
  return { ...(await theoryOfChangeView(ex, actor, associationId, row)), fulfilment };
}

/**
 * A theory of change as `actor` sees it: the approver's name only for those who may see the förbund's
 * people, and its next edition only when the actor may see that one too (a draft is not there for a reader).
 */
export async function theoryOfChangeView(ex: Executor, actor: Actor, associationId: string, row: TheoryOfChangeRow) {
  const names = await interventionNames(ex, associationId, row.interventionIds);
  const parties = await memberNames(
    ex,
    associationId,
    row.content.staffing.map((s) => s.memberId),
  );
  const { approvedBy: _by, ...rest } = row;
  const successor = await findSuccessor(ex, associationId, row.id);
  const seen = (s: NonNullable<typeof successor>) =>
    canOnEvaluation(
      actor.roles,
      s.status === 'draft' ? 'evaluation.draft' : 'evaluation.read',
      associationId,
      s.interventionIds,
    );
  return {
    ...rest,
    approvedByName: personNameFor(actor, associationId, row.approvedByName),
    scopeKind: tocScopeKind(row.interventionIds),
    interventions: insatser(row, names),
    parties: [...parties].map(([memberId, name]) => ({ id: memberId, name })),
    successorId: successor && seen(successor) ? successor.id : null,
  };
}
export type TheoryOfChangeView = Awaited<ReturnType<typeof getTheoryOfChange>>;
