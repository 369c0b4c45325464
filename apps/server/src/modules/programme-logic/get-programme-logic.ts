import { logicIndicators } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';
import { auditOutcomeFigures } from '../indicators/audit-figures';
import { fulfilmentYears, indicatorFulfilments } from '../indicators/indicator-fulfilment';
import { readDocument } from '../yearly-documents/document-access';
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
  const years = fulfilmentYears(row.year);
  const linked = logicIndicators(row.content).map(({ row: r, indicator }) => ({ rowId: r.id, indicator }));
  const fulfilment = {
    years,
    indicators: await indicatorFulfilments(ex, actor, associationId, linked, years, disclosure),
  };
  await auditOutcomeFigures(ex, actor, { entityType: 'programme_logic', entityId: id, associationId }, fulfilment);
  return { ...row, fulfilment };
}
