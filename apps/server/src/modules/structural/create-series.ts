import { randomUUID } from 'node:crypto';
import { recurringDates, StructuralInputError, type ActivitySeriesInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid } from '../../platform/errors';
import { checkOrganisations, presentOnly, structuralInsats } from './activity-access';
import { insertActivities } from './structural.repository';

/**
 * A recurring activity entered once (issue 17 §1: "a monthly joint team entered quickly"): every
 * date of core's rule gets an activity with the same organisations and counts, in one transaction,
 * each editable afterwards. One audit entry names the series and its dates.
 */
export async function createSeries(
  tx: Tx,
  actor: Actor,
  associationId: string,
  interventionId: string,
  input: ActivitySeriesInput,
) {
  await structuralInsats(tx, actor, 'structural.write', associationId, interventionId);
  await checkOrganisations(tx, associationId, input.attendance);
  let dates: string[];
  try {
    dates = recurringDates(input.first, input.until, input.rule);
  } catch (error) {
    if (!(error instanceof StructuralInputError)) throw error;
    throw invalid([{ field: error.field, value: error.value, message: error.message }], error.message);
  }
  if (dates.length === 0)
    throw invalid(
      [{ field: 'until', value: input.until, message: 'Regeln ger inget tillfälle mellan datumen.' }],
      'Regeln ger inget tillfälle mellan datumen.',
    );
  const seriesId = randomUUID();
  const attendance = presentOnly(input.attendance);
  const rows = await insertActivities(
    tx,
    dates.map((date) => ({
      associationId,
      interventionId,
      seriesId,
      date,
      kind: input.kind,
      topic: input.topic,
      hours: input.hours,
      note: input.note,
      attendance,
    })),
  );
  await writeAudit(tx, actor, {
    action: 'structural.series.create',
    entityType: 'structural_series',
    entityId: seriesId,
    associationId,
    details: {
      interventionId,
      rule: input.rule,
      dates,
      after: { kind: input.kind, topic: input.topic, hours: input.hours, note: input.note, attendance },
    },
  });
  return rows;
}
