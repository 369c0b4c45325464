import type { DeviationSettingsInput } from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { versionConflict } from '../../platform/errors';
import { newReportToken, settingsOf, writeSettings } from './deviations.repository';

const view = (row: Awaited<ReturnType<typeof settingsOf>>) => ({
  reportToken: row.reportToken,
  reportLinkEnabled: row.reportLinkEnabled,
  publicationPublic: row.publicationPublic,
  version: row.version,
});

/** The report link and the publication setting of a förbund (the handlers'). */
export async function getDeviationSettings(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'deviation.handle', associationId);
  return view(await settingsOf(ex, associationId));
}

export async function updateDeviationSettings(
  tx: Tx,
  actor: Actor,
  associationId: string,
  input: DeviationSettingsInput,
) {
  authorize(actor, 'deviation.handle', associationId);
  await settingsOf(tx, associationId);
  const row = await writeSettings(tx, associationId, input.version, {
    reportLinkEnabled: input.reportLinkEnabled,
    publicationPublic: input.publicationPublic,
  });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'deviation.settings',
    entityType: 'association',
    entityId: associationId,
    associationId,
    details: { reportLinkEnabled: input.reportLinkEnabled, publicationPublic: input.publicationPublic },
  });
  return view(row);
}

/** A new link: the old one stops working at once (a link that spread too far). */
export async function renewReportLink(tx: Tx, actor: Actor, associationId: string, version: number) {
  authorize(actor, 'deviation.handle', associationId);
  await settingsOf(tx, associationId);
  const row = await writeSettings(tx, associationId, version, { reportToken: newReportToken() });
  if (!row) throw versionConflict();
  await writeAudit(tx, actor, {
    action: 'deviation.renew_link',
    entityType: 'association',
    entityId: associationId,
    associationId,
  });
  return view(row);
}
