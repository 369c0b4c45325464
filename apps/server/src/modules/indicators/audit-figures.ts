import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { IndicatorView } from './indicator-fulfilment';

/** Who looked at outcome report figures through a document's indicators, as when opening the report itself. */
export async function auditOutcomeFigures(
  ex: Executor,
  actor: Actor,
  entity: { entityType: string; entityId: string; associationId: string },
  fulfilment: { years: number[]; indicators: IndicatorView[] },
) {
  if (fulfilment.indicators.some((i) => i.kind === 'outcome'))
    await writeAudit(ex, actor, {
      action: 'report.outcome',
      ...entity,
      details: { years: fulfilment.years, suppressed: true },
    });
}
