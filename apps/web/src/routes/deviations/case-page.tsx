import { useState } from 'react';
import { Button, Heading, Link, List, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  DEVIATION_BODIES,
  DEVIATION_TRANSITIONS,
  OPEN_DEVIATION_STATUSES,
  todayIso,
  type DeviationStatus,
  type DeviationTransitionInput,
  type DeviationUpdateInput,
} from '@insikt/core';
import { get, post, put } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { choices, FormDate, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { formatDate, formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { BodyMeeting, DeviationContact, DeviationDetail, DeviationReportForm } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { deviationPaths } from './deviation-paths';

/** One case: what was reported, its steps, and (for the förbund) handling, answer and internal comments. */
export function CasePage() {
  const { t } = useTranslation();
  const { associationId, deviationId } = useParams({ strict: false }) as { associationId: string; deviationId: string };
  const paths = deviationPaths(associationId);
  const can = useCan();
  const handles = can('deviation.handle', associationId);
  const key = ['deviation', associationId, deviationId];
  const detail = useQuery({ queryKey: key, queryFn: () => get<DeviationDetail>(`${paths.api}/${deviationId}`) });
  const names = useQuery({
    queryKey: ['deviation-form', associationId],
    queryFn: () => get<DeviationReportForm>(`/associations/${associationId}/deviation-form`),
  });
  usePageTitle(detail.data ? t('deviations.caseNumber', { number: detail.data.number }) : t('deviations.title'));
  if (detail.error) return <StatusMessage kind="danger">{detail.error.message}</StatusMessage>;
  if (!detail.data || !names.data) return <Spinner aria-label={t('common.loading')} />;
  const c = detail.data;
  const memberName = new Map(names.data.members.map((m) => [m.id, m.name]));
  const parties = [
    ...c.memberIds.map((id) => memberName.get(id) ?? ''),
    ...(c.ownOrganisation ? [t('deviations.ownOrganisation')] : []),
  ].join(', ');
  const intervention = names.data.interventions.find((i) => i.id === c.interventionId)?.name;
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.page as never}>{t('deviations.backToList')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('deviations.caseNumber', { number: c.number })}: {t(`deviations.types.${c.type}`)}
      </Heading>
      <dl className="summary-facts">
        <Fact term={t('deviations.status')} value={t(`deviations.statuses.${c.status}`)} />
        <Fact term={t('deviations.field.parties')} value={parties} />
        <Fact term={t('deviations.where')} value={intervention ?? c.forum} />
        <Fact term={t('deviations.field.occurredOn')} value={formatDate(c.occurredOn)} />
        <Fact term={t('deviations.receivedOn')} value={formatDate(c.receivedOn)} />
        <Fact
          term={t('deviations.hinderKindTerm')}
          value={c.hinderKind ? t(`deviations.hinderKinds.${c.hinderKind}`) : t('deviations.field.noHinderKind')}
        />
        <Fact
          term={t('deviations.deadline')}
          value={
            c.deadline
              ? t('deviations.deadlineText', {
                  deadline: formatDate(c.deadline.deadline),
                  meeting: formatDate(c.deadline.meetingDate),
                  body: t(`bodies.${c.body}`),
                })
              : deadlineMissing(c.status, t)
          }
        />
        <Fact term={t('deviations.handler')} value={c.handlerName ?? t('deviations.noHandler')} />
      </dl>
      {c.overdue && <Tag data-color="danger">{t('deviations.overdue')}</Tag>}
      <Heading level={2} data-size="sm">
        {t('deviations.field.description')}
      </Heading>
      <Paragraph className="pre-wrap">{c.description}</Paragraph>
      {c.suggestion && (
        <>
          <Heading level={2} data-size="sm">
            {t('deviations.field.suggestion')}
          </Heading>
          <Paragraph className="pre-wrap">{c.suggestion}</Paragraph>
        </>
      )}
      {c.answer && (!handles || c.status === 'published') && (
        <>
          <Heading level={2} data-size="sm">
            {t('deviations.answer')}
          </Heading>
          <Paragraph className="pre-wrap">{c.answer}</Paragraph>
          {c.status === 'published' && (
            <Link asChild>
              <RouterLink to={paths.published as never}>{t('deviations.publishedWhere')}</RouterLink>
            </Link>
          )}
        </>
      )}
      {c.confirmedWarnings.length > 0 && (
        <StatusMessage kind="warning">{t('deviations.confirmedWarnings')}</StatusMessage>
      )}
      {handles && c.hasContact && <ContactPanel url={`${paths.api}/${deviationId}/contact`} />}
      {handles && <HandlePanel detail={c} associationId={associationId} queryKey={key} />}
      <Heading level={2} data-size="md">
        {t('deviations.history')}
      </Heading>
      {c.events.length === 0 ? (
        <Paragraph>{t('deviations.noHistory')}</Paragraph>
      ) : (
        <List.Unordered>
          {c.events.map((e) => (
            <List.Item key={e.id}>
              {formatDateTime(e.at)} {e.byName}:{' '}
              {e.kind === 'comment'
                ? t('deviations.commentEvent')
                : t('deviations.statusEvent', { status: t(`deviations.statuses.${e.toStatus}`) })}
              {e.note && <> – {e.note}</>}
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </div>
  );
}

/** Why a case has no deadline: it is closed, or its body has no meeting recorded. */
export const deadlineMissing = (status: DeviationStatus, t: (key: string) => string) =>
  OPEN_DEVIATION_STATUSES.includes(status) ? t('deviations.noDeadline') : t('deviations.closedDeadline');

/** One term and its value in a facts list. */
export function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The reporter's contact details are read on request: each read is logged (issue 15 §6). */
function ContactPanel({ url }: { url: string }) {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  const contact = useQuery({ queryKey: [url], queryFn: () => get<DeviationContact>(url), enabled: show });
  return (
    <section className="stack" aria-labelledby="deviation-contact">
      <Heading level={2} data-size="sm" id="deviation-contact">
        {t('deviations.contact.heading')}
      </Heading>
      {!show ? (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => setShow(true)}>
            {t('deviations.contact.show')}
          </Button>
          <Paragraph data-size="sm">{t('deviations.contact.logged')}</Paragraph>
        </div>
      ) : contact.data ? (
        <dl className="summary-facts">
          <Fact term={t('deviations.contact.name')} value={contact.data.name || t('deviations.contact.notGiven')} />
          <Fact term={t('deviations.contact.email')} value={contact.data.email || t('deviations.contact.notGiven')} />
          <Fact term={t('deviations.contact.phone')} value={contact.data.phone || t('deviations.contact.notGiven')} />
        </dl>
      ) : (
        <Spinner aria-label={t('common.loading')} />
      )}
    </section>
  );
}

type UpdateDraft = { handlerId: string | null; body: string; answer: string };
type StepDraft = { to: string; note: string; body: string | null; meetingDate: string | null };

function HandlePanel({
  detail: c,
  associationId,
  queryKey,
}: {
  detail: DeviationDetail;
  associationId: string;
  queryKey: string[];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const api = `/associations/${associationId}/deviations/${c.id}`;
  const handlers = useQuery({
    queryKey: ['deviation-handlers', associationId],
    queryFn: () => get<{ id: string; name: string }[]>(`/associations/${associationId}/deviation-handlers`),
  });
  const meetings = useQuery({
    queryKey: ['body-meetings', associationId],
    queryFn: () => get<BodyMeeting[]>(`/associations/${associationId}/body-meetings`),
  });
  const refresh = (data: DeviationDetail) => {
    client.setQueryData(queryKey, data);
    void client.invalidateQueries({ queryKey: ['deviations', associationId] });
  };
  const update = useBoundForm<UpdateDraft, DeviationUpdateInput>({
    form: 'deviation-update',
    defaultValues: { handlerId: c.handlerId, body: c.body, answer: c.answer },
    toBody: (d) => ({ ...d, body: d.body as DeviationUpdateInput['body'], version: c.version }),
    onSubmit: async (body) => refresh(await put<DeviationDetail>(api, body)),
  });
  const next = DEVIATION_TRANSITIONS[c.status as DeviationStatus];
  const step = useBoundForm<StepDraft, DeviationTransitionInput>({
    form: 'deviation-step',
    defaultValues: { to: next[0] ?? '', note: '', body: null, meetingDate: null },
    toBody: (d) => ({
      to: d.to as DeviationStatus,
      note: d.note,
      body: (d.body || null) as DeviationTransitionInput['body'],
      meetingDate: d.meetingDate || null,
      version: c.version,
    }),
    onSubmit: async (body) => {
      refresh(await post<DeviationDetail>(`${api}/transitions`, body));
      step.methods.reset({ to: DEVIATION_TRANSITIONS[body.to][0] ?? '', note: '', body: null, meetingDate: null });
    },
  });
  const comment = useBoundForm<{ text: string }>({
    form: 'deviation-comment',
    defaultValues: { text: '' },
    onSubmit: async (body) => {
      refresh(await post<DeviationDetail>(`${api}/comments`, body));
      comment.methods.reset({ text: '' });
    },
  });
  const chosen = step.methods.watch('to');
  const chosenBody = step.methods.watch('body');
  // Only meetings still to come: a case is raised to a coming meeting, and two years of past dates hide them.
  const today = todayIso();
  const upcoming = (meetings.data ?? []).filter((m) => m.body === chosenBody && m.date >= today);
  return (
    <section className="stack" aria-labelledby="deviation-handling">
      <Heading level={2} data-size="md" id="deviation-handling">
        {t('deviations.handling')}
      </Heading>
      <BoundForm bound={update}>
        <FormSelect<UpdateDraft>
          name="handlerId"
          label={t('deviations.handler')}
          empty={t('deviations.noHandler')}
          options={(handlers.data ?? []).map((h) => ({ value: h.id, label: h.name }))}
        />
        <FormSelect<UpdateDraft>
          name="body"
          label={t('deviations.bodyLabel')}
          description={t('deviations.bodyHelp')}
          options={choices(DEVIATION_BODIES, (b) => t(`bodies.${b}`))}
        />
        {/* A published answer is what staff have read: the server refuses a change, so none is offered. */}
        {c.status !== 'published' && (
          <FormText<UpdateDraft>
            name="answer"
            multiline
            label={t('deviations.answer')}
            description={t('deviations.answerHelp')}
          />
        )}
        <SubmitButton>{t('deviations.save')}</SubmitButton>
      </BoundForm>
      {next.length > 0 && (
        <BoundForm bound={step}>
          <FormSelect<StepDraft>
            name="to"
            label={t('deviations.nextStep')}
            options={next.map((s) => ({ value: s, label: t(`deviations.statuses.${s}`) }))}
          />
          {chosen === 'raised' && (
            <>
              <FormSelect<StepDraft>
                name="body"
                label={t('deviations.raisedTo')}
                placeholder={t('deviations.chooseBody')}
                options={choices(DEVIATION_BODIES, (b) => t(`bodies.${b}`))}
              />
              <FormDate<StepDraft>
                name="meetingDate"
                nullable
                label={t('deviations.meetingDate')}
                description={
                  upcoming.length > 0
                    ? t('deviations.knownMeetings', { dates: upcoming.map((m) => formatDate(m.date)).join(', ') })
                    : t('deviations.noKnownMeetings')
                }
              />
            </>
          )}
          <FormText<StepDraft> name="note" multiline label={t('deviations.note')} />
          <SubmitButton>{t('deviations.takeStep')}</SubmitButton>
        </BoundForm>
      )}
      <BoundForm bound={comment}>
        <FormText<{ text: string }>
          name="text"
          multiline
          label={t('deviations.comment')}
          description={t('deviations.commentHelp')}
        />
        <SubmitButton>{t('deviations.addComment')}</SubmitButton>
      </BoundForm>
    </section>
  );
}
