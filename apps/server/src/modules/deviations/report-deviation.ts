import {
  checkDeviationTexts,
  todayIso,
  type DeviationChannel,
  type DeviationReportInput,
  type TextWarning,
} from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid } from '../../platform/errors';
import { findIntervention } from '../interventions/interventions.repository';
import { memberIdsOf } from '../implementation/implementation.repository';
import { noticeReported } from './deviation-notices';
import { insertCase, insertContact } from './deviations.repository';

export type ReportOutcome = { id: string; number: number } | { warnings: TextWarning[] };

const LABELS = {
  sv: {
    description: 'Beskrivningen av vad som hände',
    suggestion: 'Förslaget',
    forum: 'Forumet',
    member: 'Parten finns inte i förbundet.',
    intervention: 'Insatsen finns inte i förbundet.',
    refused: 'Rapporten innehåller personuppgifter och sparades inte.',
  },
  en: {
    description: 'The description of what happened',
    suggestion: 'The suggestion',
    forum: 'The forum',
    member: 'The party is not a member of the association.',
    intervention: 'The intervention does not belong to the association.',
    refused: 'The report contains personal data and was not saved.',
  },
} as const;

/**
 * Stores a deviation report (issue 15 §1), from the link or a signed-in user: the parties and insats
 * must be the förbund's, a valid identity number in a text refuses the report with a message that
 * says why, and other personal-looking patterns come back as warnings until the reporter confirms
 * them. The contact details go to their own table. Nothing about the request is stored: the actor of
 * a link report has no IP or browser, so neither has its audit entry.
 */
export async function reportDeviation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  channel: DeviationChannel,
  input: DeviationReportInput,
): Promise<ReportOutcome> {
  const labels = LABELS[input.language];
  const known = await memberIdsOf(tx, associationId);
  const issues: { field: string; value: string; message: string }[] = input.memberIds
    .map((id, i) => ({ field: `memberIds.${i}`, value: id, message: labels.member as string }))
    .filter((issue) => !known.has(issue.value));
  if (input.interventionId && !(await findIntervention(tx, associationId, input.interventionId)))
    issues.push({ field: 'interventionId', value: input.interventionId, message: labels.intervention });
  if (issues.length > 0) throw invalid(issues, issues[0]!.message);
  const check = checkDeviationTexts(
    (['description', 'suggestion', 'forum'] as const).map((field) => ({
      field,
      label: labels[field],
      text: input[field],
    })),
    input.language,
  );
  if (check.refused.length > 0) throw invalid(check.refused, check.refused[0]!.message);
  if (check.warnings.length > 0 && !input.acknowledgeWarnings) return { warnings: check.warnings };
  const row = await insertCase(tx, {
    associationId,
    channel,
    occurredOn: input.occurredOn,
    receivedOn: todayIso(),
    interventionId: input.interventionId,
    forum: input.forum,
    memberIds: [...new Set(input.memberIds)],
    ownOrganisation: input.ownOrganisation,
    type: input.type,
    hinderKind: input.hinderKind,
    description: input.description,
    suggestion: input.suggestion,
    confirmedWarnings: [...new Set(check.warnings.map((w) => w.kind))],
  });
  const contact = input.contact;
  if (contact && (contact.name || contact.email || contact.phone))
    await insertContact(tx, { deviationId: row.id, associationId, ...contact, language: input.language });
  await writeAudit(tx, actor, {
    action: 'deviation.report',
    entityType: 'deviation',
    entityId: row.id,
    associationId,
    details: { number: row.number, channel },
  });
  // In the same transaction: the case and its e-mail to the handlers are stored together or not at all.
  await noticeReported(tx, row);
  return { id: row.id, number: row.number };
}
