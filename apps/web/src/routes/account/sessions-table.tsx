import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { OwnSession, SessionRow } from '../../lib/types';

/** The own account's sessions (one is this one) or, for an administrator, a user's. */
export function SessionsTable({
  sessions,
  onEnd,
}: {
  sessions: (SessionRow | OwnSession)[];
  onEnd?: (id: string) => void;
}) {
  const current = (s: SessionRow | OwnSession) => 'current' in s && s.current;
  const { t } = useTranslation();
  if (sessions.length === 0) return <Paragraph data-size="sm">{t('users.noSessions')}</Paragraph>;
  return (
    <div className="table-wrap">
      <Table zebra>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('account.started')}</Table.HeaderCell>
            <Table.HeaderCell>{t('account.lastSeen')}</Table.HeaderCell>
            <Table.HeaderCell>{t('audit.ip')}</Table.HeaderCell>
            <Table.HeaderCell>{t('account.client')}</Table.HeaderCell>
            {onEnd && (
              <Table.HeaderCell>
                <span className="muted">{t('account.end')}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sessions.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>
                {formatDateTime(s.createdAt)} {current(s) && <Tag data-color="info">{t('account.thisSession')}</Tag>}
              </Table.Cell>
              <Table.Cell>{formatDateTime(s.lastSeenAt)}</Table.Cell>
              <Table.Cell>{s.ip ?? '–'}</Table.Cell>
              <Table.Cell>
                <span className="muted">{s.userAgent?.slice(0, 80) ?? '–'}</span>
              </Table.Cell>
              {onEnd && (
                <Table.Cell>
                  {!current(s) && (
                    <Button variant="tertiary" data-size="sm" onClick={() => onEnd(s.id)}>
                      {t('account.end')}
                    </Button>
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
