import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';
import { writeAudit } from '../../platform/audit';
import { readDocument } from '../yearly-documents/document-access';
import { logicFulfilment } from './logic-fulfilment';
import { PROGRAMME_LOGIC } from './programme-logic.spec';

/** A programme logic with its indicators' measured fulfilment for its year and the years before. */
export async function getProgrammeLogic(
  ex: Executor,
  actor: Actor,
  associationId: string,
  id: string,
  disclosure: Disclosure,
) {
  const row = await readDocument(ex, actor, associationId, PROGRAMME_LOGIC, id);
  const fulfilment = await logicFulfilment(ex, actor, associationId, row.content, row.year, disclosure);
  if (fulfilment.indicators.some((i) => i.kind === 'outcome'))
    await writeAudit(ex, actor, {
      action: 'report.outcome',
      entityType: 'programme_logic',
      entityId: id,
      associationId,
      details: { years: fulfilment.years, suppressed: true },
    });
  return { ...row, fulfilment };
}
