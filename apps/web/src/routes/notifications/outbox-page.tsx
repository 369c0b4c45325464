import { useState } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OUTBOX_STATUSES, type OutboxStatus } from '@insikt/core';
import { get, post, query } from '../../lib/api';
import { SelectField, choices } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { Outbox, OutboxMessage } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

const FORM = 'outbox';
const STATUS_COLOR: Record<OutboxStatus, 'info' | 'success' | 'danger'> = {
  pending: 'info',
  sent: 'success',
  failed: 'danger',
};

/** The outbox: what Insikt has sent, is waiting to send, or could not send, for the förbund the user administers. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.outbox.title'));
  const client = useQueryClient();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [retried, setRetried] = useState(false);
  const outbox = useQuery({
    queryKey: ['outbox', status],
    queryFn: () => get<Outbox>(`/notifications/outbox${query({ status })}`),
  });

  const retry = async (message: OutboxMessage) => {
    setRetried(false);
    try {
      await post(`/notifications/outbox/${message.id}/retry`);
      setErrors([]);
      setRetried(true);
      await client.invalidateQueries({ queryKey: ['outbox'] });
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  const data = outbox.data;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('notifications.outbox.title')}
      </Heading>
      <Paragraph>{t('notifications.outbox.intro')}</Paragraph>
      {data && !data.emailConfigured && (
        <StatusMessage kind="warning">{t('notifications.outbox.notConfigured')}</StatusMessage>
      )}
      {retried && <StatusMessage kind="success">{t('notifications.outbox.retried')}</StatusMessage>}
      <FormErrors form={FORM} errors={errors} />
      <div className="row">
        <SelectField
          form={FORM}
          name="status"
          label={t('notifications.outbox.filter')}
          errors={[]}
          value={status}
          empty={t('notifications.outbox.all')}
          options={choices(OUTBOX_STATUSES, (s) => t(`notifications.statuses.${s}`))}
          onChange={(v) => setStatus(v as OutboxStatus | '')}
        />
      </div>
      {data && <Paragraph data-size="sm">{t('notifications.outbox.counts', data.counts)}</Paragraph>}
      {outbox.error && <StatusMessage kind="danger">{outbox.error.message}</StatusMessage>}
      {data && data.messages.length === 0 && <Paragraph>{t('notifications.outbox.empty')}</Paragraph>}
      {data && data.messages.length > 0 && (
        // Eight columns overflow a narrow window: the region scrolls, so a keyboard must reach it (WCAG 2.1.1).
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('notifications.outbox.title')}>
          <Table zebra>
            <caption className="visually-hidden">{t('notifications.outbox.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('notifications.outbox.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notifications.outbox.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notifications.outbox.recipient')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notifications.outbox.association')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notifications.outbox.created')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notifications.outbox.attempts')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notifications.outbox.lastError')}</Table.HeaderCell>
                <Table.HeaderCell>{t('notifications.outbox.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.messages.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>
                    <Tag data-color={STATUS_COLOR[m.status]}>
                      {m.status === 'pending' && !data.emailConfigured
                        ? t('notifications.outbox.notSent')
                        : t(`notifications.statuses.${m.status}`)}
                    </Tag>
                    <br />
                    <span className="muted">
                      {m.sentAt
                        ? t('notifications.outbox.sentAt', { time: formatDateTime(m.sentAt) })
                        : m.nextAttemptAt && data.emailConfigured
                          ? t('notifications.outbox.nextAttempt', { time: formatDateTime(m.nextAttemptAt) })
                          : ''}
                    </span>
                  </Table.Cell>
                  <Table.Cell>{t(`notifications.kinds.${m.kind}`, { defaultValue: m.kind })}</Table.Cell>
                  <Table.Cell>
                    {m.recipient}{' '}
                    {!m.toAccount && <span className="muted">{t('notifications.outbox.outsideRecipient')}</span>}
                  </Table.Cell>
                  <Table.Cell>{m.associationName ?? t('notifications.outbox.noAssociation')}</Table.Cell>
                  <Table.Cell>{formatDateTime(m.createdAt)}</Table.Cell>
                  <Table.Cell>{m.attempts}</Table.Cell>
                  <Table.Cell>
                    <span className="muted">{m.lastError ?? '–'}</span>
                  </Table.Cell>
                  <Table.Cell>
                    {m.status === 'failed' && (
                      <Button variant="secondary" data-size="sm" onClick={() => void retry(m)}>
                        {t('notifications.outbox.retry')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
