import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Search, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { User } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const [q, setQ] = useState('');
  const [submitted, setSubmitted] = useState('');
  const { data, isLoading, error } = useQuery({
    queryKey: ['users', submitted],
    queryFn: () => get<User[]>(`/users${query({ q: submitted })}`),
  });

  return (
    <div className="stack">
      <div className="row">
        <Heading level={1} data-size="lg" style={{ marginRight: 'auto' }}>
          {t('users.title')}
        </Heading>
        <Button asChild>
          <RouterLink to="/anvandare/ny">{t('users.new')}</RouterLink>
        </Button>
      </div>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(q);
        }}
        className="row"
      >
        <Search>
          <Search.Input
            aria-label={t('users.filter')}
            placeholder={t('users.filter')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Search.Clear
            onClick={() => {
              setQ('');
              setSubmitted('');
            }}
          />
          <Search.Button type="submit">{t('common.search')}</Search.Button>
        </Search>
      </form>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data && data.length === 0 && <Paragraph>{t('users.empty')}</Paragraph>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.roles')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.lastLogin')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.map((u) => (
                <Table.Row key={u.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to="/anvandare/$userId" params={{ userId: u.id }}>
                        {u.name}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{u.email}</Table.Cell>
                  <Table.Cell>
                    {u.roles
                      .map((r) => `${t(`roles.${r.role}`)}${r.associationName ? ` (${r.associationName})` : ''}`)
                      .join(', ')}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={!u.active ? 'danger' : u.lockedUntil ? 'warning' : 'success'}>
                      {!u.active ? t('users.inactive') : u.lockedUntil ? t('users.locked') : t('users.active')}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
