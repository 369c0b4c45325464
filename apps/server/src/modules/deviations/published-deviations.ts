import { DEVIATION_TYPE_SV } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import { findAssociation } from '../organisation/organisation.repository';
import { FORUM_SV } from './deviation-statistics';
import { namesOf, publicationSettings, publishedCases } from './deviations.repository';

/** Shown instead of a description sent past warnings of personal data (decision 0048). */
export const WITHHELD_DESCRIPTION =
  'Beskrivningen publiceras inte: rapportören skickade den trots en varning om personuppgifter (telefonnummer, e-postadress eller namn). Svaret beskriver ärendet.';

/**
 * The published cases of a förbund with their answers (issue 15 §3): what happened and the answer,
 * the parties, type and insats. Never the reporter's details, the internal comments or the handler.
 * A reporter who sent a text past the warnings agreed to the förbund reading it, not to the open web
 * doing so: such a case is published with its answer, without the description and forum text.
 */
async function publication(ex: Executor, associationId: string) {
  const association = await findAssociation(ex, associationId);
  if (!association) throw notFound('Förbundet');
  const rows = await publishedCases(ex, associationId);
  const names = await namesOf(ex, associationId);
  const intervention = new Map(names.interventions.map((i) => [i.id, i.name]));
  const used = new Set(rows.flatMap((r) => r.memberIds));
  return {
    associationId,
    associationName: association.name,
    members: names.members.filter((m) => used.has(m.id)),
    cases: rows.map((r) => {
      const withheld = r.confirmedWarnings.length > 0;
      return {
        id: r.id,
        number: r.number,
        occurredOn: r.occurredOn,
        receivedOn: r.receivedOn,
        answeredOn: r.answeredOn,
        publishedOn: r.publishedOn!,
        interventionName: r.interventionId ? (intervention.get(r.interventionId) ?? null) : null,
        forum: withheld && r.forum ? FORUM_SV : r.forum,
        memberIds: r.memberIds,
        ownOrganisation: r.ownOrganisation,
        type: r.type,
        hinderKind: r.hinderKind,
        resolution: r.resolution,
        description: withheld ? WITHHELD_DESCRIPTION : r.description,
        answer: r.answer,
      };
    }),
  };
}
export type Publication = Awaited<ReturnType<typeof publication>>;

/** For the förbund's signed-in users. */
export async function publishedDeviations(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'deviation.published', associationId);
  return publication(ex, associationId);
}

/** Without login, only when the förbund has made its publication public (off by default); else 404. */
export async function publicDeviations(ex: Executor, associationId: string) {
  const settings = await publicationSettings(ex, associationId);
  if (!settings?.publicationPublic)
    throw notFound('Förbundets publicerade avvikelser är inte öppna utan inloggning, eller förbundet');
  return publication(ex, associationId);
}

/** XML text: the five characters with a meaning in XML escaped, and characters XML 1.0 forbids dropped. */
export const xmlText = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * The publication as an Atom feed (RFC 4287): one entry per case, its answer as the content. The
 * ids are the cases' uuids as URNs, so a reader sees an entry once however the address changes.
 */
export function atomFeed(pub: Publication, pageUrl: string, selfUrl: string): string {
  const memberName = new Map(pub.members.map((m) => [m.id, m.name]));
  const updated = pub.cases.reduce((max, c) => (c.publishedOn > max ? c.publishedOn : max), '1970-01-01');
  const entries = pub.cases.map((c) => {
    const parties = [
      ...c.memberIds.map((id) => memberName.get(id) ?? ''),
      ...(c.ownOrganisation ? ['Egen organisation'] : []),
    ]
      .filter(Boolean)
      .join(', ');
    const where = c.interventionName ?? c.forum;
    const title = `Avvikelse ${c.number}: ${DEVIATION_TYPE_SV[c.type]}${parties ? ` (${parties})` : ''}`;
    const content = `Insats eller forum: ${where}\nParter: ${parties}\n\nVad som hände:\n${c.description}\n\nSvar:\n${c.answer}`;
    return [
      '  <entry>',
      `    <id>urn:uuid:${c.id}</id>`,
      `    <title>${xmlText(title)}</title>`,
      `    <updated>${c.publishedOn}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${xmlText(`${pageUrl}#avvikelse-${c.number}`)}"/>`,
      `    <category term="${c.type}" label="${xmlText(DEVIATION_TYPE_SV[c.type])}"/>`,
      `    <content type="text">${xmlText(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>urn:uuid:${pub.associationId}</id>`,
    `  <title>${xmlText(`Avvikelser och svar – ${pub.associationName}`)}</title>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${xmlText(pub.associationName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
