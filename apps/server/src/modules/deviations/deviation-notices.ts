import { DEVIATION_TYPE_SV, todayIso, type DeviationType } from '@insikt/core';
import type { Db, Executor } from '../../db/open-db';
import { findAssociation } from '../organisation/organisation.repository';
import { enqueueNoticeToAddress, enqueueNoticeToHolders } from '../notifications/enqueue';
import { noticeLink } from '../notifications/notice-settings';
import {
  contactOf,
  meetingsOf,
  namesOf,
  openCasesOfEveryAssociation,
  publicationSettings,
  type DeviationRow,
} from './deviations.repository';
import { deadlineOf } from './get-deviations';

const TYPE_EN: Record<DeviationType, string> = {
  agreement_breach: 'Absence from or breach of the agreement',
  rules_lock: 'Rules that lock',
  hard_to_reach: 'Hard to reach the right contact',
  information_lost: 'Information not passed on',
  other: 'Other',
};

/**
 * The case as an e-mail may describe it (issue 15 §5): number, type, parties and insats – the summary
 * the board's statistics also show. Never the texts, the reporter or the contact details, nor a forum
 * named in a text the reporter confirmed past the warnings.
 */
async function summaryOf(ex: Executor, row: DeviationRow) {
  const names = await namesOf(ex, row.associationId);
  const member = new Map(names.members.map((m) => [m.id, m.name]));
  const members = row.memberIds.map((id) => member.get(id) ?? '').filter(Boolean);
  const insats = row.interventionId ? (names.interventions.find((i) => i.id === row.interventionId)?.name ?? '') : '';
  return (locale: 'sv' | 'en') => {
    const parties = [
      ...members,
      ...(row.ownOrganisation ? [locale === 'en' ? 'Own organisation' : 'Egen organisation'] : []),
    ].join(', ');
    // The forum is the reporter's free text: when they sent it past warnings of a phone number, an
    // address or a named client, it stays in the case and out of mailboxes (decision 0048).
    const forum =
      row.confirmedWarnings.length === 0
        ? row.forum
        : locale === 'en'
          ? 'Forum (see the case)'
          : 'Forum (står i ärendet)';
    const where = insats || forum;
    return locale === 'en'
      ? `Type: ${TYPE_EN[row.type]}\nParties: ${parties}\nIntervention or forum: ${where}`
      : `Typ: ${DEVIATION_TYPE_SV[row.type]}\nParter: ${parties}\nInsats eller forum: ${where}`;
  };
}

const caseLink = (row: DeviationRow) => noticeLink(`/forbund/${row.associationId}/avvikelser/arende/${row.id}`);

/** A new case: to the förbund's handlers, in the transaction that stores it. */
export async function noticeReported(tx: Executor, row: DeviationRow) {
  const summary = await summaryOf(tx, row);
  await enqueueNoticeToHolders(tx, {
    kind: 'deviationReported',
    associationId: row.associationId,
    permission: 'deviation.handle',
    dedupKey: `deviation-reported:${row.id}`,
    render: (locale) =>
      locale === 'en'
        ? {
            subject: `New deviation: case ${row.number}`,
            text: `A deviation has been reported as case ${row.number}.\n\n${summary('en')}\n\nOpen the case: ${caseLink(row)}`,
          }
        : {
            subject: `Ny avvikelse: ärende ${row.number}`,
            text: `En avvikelse har rapporterats som ärende ${row.number}.\n\n${summary('sv')}\n\nÖppna ärendet: ${caseLink(row)}`,
          },
  });
}

/** An answered case: to the reporter, if they left an e-mail address, in their language. */
export async function noticeAnswered(tx: Executor, row: DeviationRow) {
  const contact = await contactOf(tx, row.associationId, row.id);
  if (!contact?.email) return;
  const summary = await summaryOf(tx, row);
  // The answer is read where it is published: openly when the förbund allows it. Otherwise only
  // accounts of the förbund read it, and a reporter from the link usually has none: say so.
  const open = (await publicationSettings(tx, row.associationId))?.publicationPublic ?? false;
  const name = (await findAssociation(tx, row.associationId))?.name ?? '';
  const where = (locale: 'sv' | 'en') => {
    if (open) {
      const link = noticeLink(`/avvikelser/${row.associationId}#avvikelse-${row.number}`);
      return locale === 'en'
        ? `The answer can be read here once the association has published it: ${link}`
        : `Svaret kan läsas här när förbundet har publicerat det: ${link}`;
    }
    const link = noticeLink(`/forbund/${row.associationId}/avvikelser/publicerade`);
    return locale === 'en'
      ? `The association publishes the answer to those with an account in Insikt: ${link}\nIf you have no account, ask ${name} for the answer to case ${row.number}.`
      : `Förbundet publicerar svaret för dem som har ett konto i Insikt: ${link}\nHar du inget konto, fråga ${name} efter svaret på ärende ${row.number}.`;
  };
  await enqueueNoticeToAddress(tx, {
    kind: 'deviationAnswered',
    associationId: row.associationId,
    to: { address: contact.email, locale: contact.language },
    dedupKey: `deviation-answered:${row.id}`,
    render: (locale) =>
      locale === 'en'
        ? {
            subject: `Your deviation report has been answered (case ${row.number})`,
            text: `The association has answered the deviation you reported, case ${row.number}.\n\n${summary('en')}\n\n${where('en')}`,
          }
        : {
            subject: `Din avvikelserapport är besvarad (ärende ${row.number})`,
            text: `Förbundet har besvarat avvikelsen du rapporterade, ärende ${row.number}.\n\n${summary('sv')}\n\n${where('sv')}`,
          },
  });
}

/** How many days before its deadline a handler is reminded of an open case. */
export const DUE_REMINDER_DAYS = 7;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Reminds the handlers of every open case whose deadline (two weeks before the meeting) falls within
 * the next 7 days. Run by the server's periodic job; the key per case and meeting sends each reminder
 * once, however often the job runs and however many app servers run it. A platform job, not a user's
 * request: it goes through every förbund, one transaction each.
 */
export async function noticeDueCases(db: Db, today = todayIso()): Promise<number> {
  const open = await openCasesOfEveryAssociation(db);
  let sent = 0;
  for (const associationId of new Set(open.map((r) => r.associationId))) {
    await db.transaction(async (tx) => {
      const meetings = await meetingsOf(tx, associationId);
      for (const row of open.filter((r) => r.associationId === associationId)) {
        const { deadline } = deadlineOf(row, meetings, today);
        if (!deadline || deadline.deadline < today || deadline.deadline > addDays(today, DUE_REMINDER_DAYS)) continue;
        const summary = await summaryOf(tx, row);
        sent += await enqueueNoticeToHolders(tx, {
          kind: 'deviationDue',
          associationId,
          permission: 'deviation.handle',
          dedupKey: `deviation-due:${row.id}:${deadline.meetingDate}`,
          render: (locale) =>
            locale === 'en'
              ? {
                  subject: `Deviation case ${row.number} is due ${deadline.deadline}`,
                  text: `Case ${row.number} must reach the director by ${deadline.deadline}, two weeks before the meeting on ${deadline.meetingDate}.\n\n${summary('en')}\n\nOpen the case: ${caseLink(row)}`,
                }
              : {
                  subject: `Avvikelseärende ${row.number} ska vara klart ${deadline.deadline}`,
                  text: `Ärende ${row.number} ska nå förbundschefen senast ${deadline.deadline}, två veckor före mötet ${deadline.meetingDate}.\n\n${summary('sv')}\n\nÖppna ärendet: ${caseLink(row)}`,
                },
        });
      }
    });
  }
  return sent;
}
