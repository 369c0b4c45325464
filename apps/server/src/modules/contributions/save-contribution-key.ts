import { checkPercentKey, percentKeySummary, type ContributionKeyInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { invalid, versionConflict } from '../../platform/errors';
import { insertKey, keyOf, payingMembers, updateKey } from './contributions.repository';

/**
 * Saves the year's key (issue 16 §3). An agreed key must give every member kommun a share and sum to
 * 100 %; so must the regions' percentages when given. Every error names the member and its value.
 */
export async function saveContributionKey(
  tx: Tx,
  actor: Actor,
  associationId: string,
  year: number,
  input: ContributionKeyInput,
) {
  authorize(actor, 'finance.manage', associationId);
  const { regions, kommuner } = await payingMembers(tx, associationId);
  const kommunPercents = input.kind === 'agreed' ? input.kommunPercents : [];
  // One region pays the whole half: a percentage would say nothing.
  const regionPercents = regions.length > 1 ? input.regionPercents : [];
  const issues = [
    ...(input.kind === 'agreed' ? checkPercentKey(kommuner, kommunPercents, 'Kommunernas') : []).map((i) => ({
      field: `kommunPercents.${i.memberId}`,
      value: i.value,
      message: i.message,
    })),
    ...(regionPercents.length > 0 ? checkPercentKey(regions, regionPercents, 'Regionernas') : []).map((i) => ({
      field: `regionPercents.${i.memberId}`,
      value: i.value,
      message: i.message,
    })),
  ];
  if (issues.length > 0) {
    const summary = [
      input.kind === 'agreed' ? percentKeySummary(kommuner, kommunPercents, 'Kommunernas') : null,
      regionPercents.length > 0 ? percentKeySummary(regions, regionPercents, 'Regionernas') : null,
    ];
    throw invalid(issues, summary.filter(Boolean).join(' '));
  }

  const before = await keyOf(tx, associationId, year);
  if ((before?.version ?? null) !== input.version) throw versionConflict();
  const values = { kind: input.kind, kommunPercents, regionPercents };
  const row = before
    ? await updateKey(tx, associationId, year, before.version, values)
    : await insertKey(tx, associationId, year, values);
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'contributions.key',
    entityType: 'association',
    entityId: associationId,
    associationId,
    details: {
      year,
      before: before
        ? { kind: before.kind, kommunPercents: before.kommunPercents, regionPercents: before.regionPercents }
        : null,
      after: values,
    },
  });
}
