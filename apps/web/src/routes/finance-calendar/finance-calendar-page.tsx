import { useState } from 'react';
import { Button, Checkbox, Fieldset, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useController, useFieldArray, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REMINDER_DAYS, financeCalendarInput, type FinanceCalendarInput } from '@insikt/core';
import { get, put } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { BoundForm, SubmitButton, useBoundForm, useFormFrame } from '../../lib/form';
import { FormNumber, FormSelect, FormText } from '../../lib/fields';
import { fieldId } from '../../lib/form-errors';
import { formatDate } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { FinanceCalendar } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

type Event = FinanceCalendar['events'][number];
type DraftEvent = Pick<Event, 'key' | 'title' | 'enabled'> & {
  id?: string;
  month: string;
  day: number | null;
  reminderDays: number | null;
  /** Shown, not sent: the next date as the server computed it when the page was loaded. */
  nextDate?: string;
  daysLeft?: number;
};
type Draft = { events: DraftEvent[] };
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** The calendar's one checkbox per event, bound like the other fields of the form. */
function EnabledBox({ name, label }: { name: Path<Draft>; label: string }) {
  const { form, readOnly } = useFormFrame();
  const { field } = useController<Draft>({ name });
  return (
    <Checkbox
      id={fieldId(form, name)}
      label={label}
      checked={field.value as boolean}
      disabled={readOnly}
      onChange={(e) => field.onChange(e.target.checked)}
    />
  );
}

function EventFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const { readOnly } = useFormFrame();
  const event = useWatch<Draft, `events.${number}`>({ name: `events.${index}` });
  const name = event.key ? t(`financeCalendar.events.${event.key}`) : event.title || t('financeCalendar.ownEvent');
  const next =
    event.nextDate === undefined
      ? null
      : event.daysLeft === 0
        ? t('financeCalendar.nextToday', { date: formatDate(event.nextDate) })
        : t('financeCalendar.next', { date: formatDate(event.nextDate), days: event.daysLeft });
  const field = (f: keyof DraftEvent) => `events.${index}.${f}` as Path<Draft>;
  return (
    <Fieldset data-testid={`event-${event.key ?? index}`}>
      <Fieldset.Legend>{name}</Fieldset.Legend>
      <Fieldset.Description>{event.enabled ? next : t('financeCalendar.off')}</Fieldset.Description>
      {event.key === null && <FormText<Draft> name={field('title')} label={t('financeCalendar.ownTitle')} />}
      <div className="row">
        <FormSelect<Draft>
          name={field('month')}
          label={t('financeCalendar.month')}
          options={MONTHS.map((m) => ({ value: m, label: t(`financeCalendar.months.${m}`) }))}
        />
        <FormNumber<Draft> name={field('day')} label={t('financeCalendar.day')} />
        <FormNumber<Draft> name={field('reminderDays')} label={t('financeCalendar.reminderDays')} />
      </div>
      <EnabledBox name={field('enabled')} label={t('financeCalendar.enabled')} />
      {event.key === null && !readOnly && (
        <div>
          <Button variant="tertiary" data-size="sm" onClick={onRemove}>
            {t('financeCalendar.remove')}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}

function CalendarForm({ calendar }: { calendar: FinanceCalendar }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const bound = useBoundForm<Draft, FinanceCalendarInput>({
    form: 'finance-calendar',
    defaultValues: { events: calendar.events.map((e) => ({ ...e, month: String(e.month) })) },
    toBody: (draft) => ({
      events: draft.events.map((e) => ({
        ...(e.id ? { id: e.id } : {}),
        key: e.key,
        title: e.key ? null : (e.title ?? ''),
        month: Number(e.month),
        day: e.day ?? 0,
        enabled: e.enabled,
        reminderDays: e.reminderDays ?? -1,
      })),
      version: calendar.version,
    }),
    schema: financeCalendarInput,
    onSubmit: async (body) => {
      setSaved(false);
      const next = await put<FinanceCalendar>(`/associations/${calendar.associationId}/finance-calendar`, body);
      client.setQueryData(['finance-calendar', calendar.associationId], next);
      client.removeQueries({ queryKey: ['finance-deadlines'] });
      bound.methods.reset({ events: next.events.map((e) => ({ ...e, month: String(e.month) })) });
      setSaved(true);
    },
  });
  const events = useFieldArray<Draft>({ control: bound.methods.control, name: 'events' });
  return (
    <BoundForm bound={bound}>
      {events.fields.map((f, i) => (
        <EventFields key={f.id} index={i} onRemove={() => events.remove(i)} />
      ))}
      <div>
        <Button
          variant="secondary"
          onClick={() =>
            events.append({
              key: null,
              title: '',
              month: '1',
              day: 1,
              enabled: true,
              reminderDays: DEFAULT_REMINDER_DAYS,
            })
          }
        >
          {t('financeCalendar.add')}
        </Button>
      </div>
      <SubmitButton>{t('financeCalendar.save')}</SubmitButton>
      {saved && <StatusMessage kind="success">{t('financeCalendar.saved')}</StatusMessage>}
    </BoundForm>
  );
}

/** The cycle as a table, for those who read it (the board): event, date, next date, reminder. */
function CalendarTable({ calendar }: { calendar: FinanceCalendar }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm">
        <caption>{t('financeCalendar.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('financeCalendar.event')}</Table.HeaderCell>
            <Table.HeaderCell>{t('financeCalendar.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('financeCalendar.nextDate')}</Table.HeaderCell>
            <Table.HeaderCell>{t('financeCalendar.reminderDays')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {calendar.events.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell>{e.key ? t(`financeCalendar.events.${e.key}`) : e.title}</Table.Cell>
              <Table.Cell>
                {e.day} {t(`financeCalendar.months.${e.month}`)}
              </Table.Cell>
              <Table.Cell>{e.enabled ? formatDate(e.nextDate) : t('financeCalendar.off')}</Table.Cell>
              <Table.Cell>{e.enabled ? e.reminderDays : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The förbund's yearly cycle of the economy (issue 16 §7): dates, reminders, own events. */
export function FinanceCalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('financeCalendar.title'));
  const can = useCan();
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const calendar = useQuery({
    queryKey: ['finance-calendar', associationId],
    queryFn: () => get<FinanceCalendar>(`/associations/${associationId}/finance-calendar`),
  });
  const c = calendar.data;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('financeCalendar.title')}
        {c ? ` – ${c.associationName}` : ''}
      </Heading>
      <Paragraph>{t('financeCalendar.intro')}</Paragraph>
      {calendar.isLoading && <Spinner aria-label={t('common.loading')} />}
      {calendar.error && <StatusMessage kind="danger">{calendar.error.message}</StatusMessage>}
      {c && (
        <>
          {c.version === null && <Paragraph>{t('financeCalendar.defaults')}</Paragraph>}
          {can('finance.manage', associationId) ? <CalendarForm calendar={c} /> : <CalendarTable calendar={c} />}
        </>
      )}
    </div>
  );
}
