import { useState } from 'react';
import { Button, Heading, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, get, post, put } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { StatusMessage } from '../../lib/status-message';
import type { Answer, UserDetail } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { RolePicker, toAssignment, type RoleChoice } from './role-picker';
import { SessionsTable } from '../account/sessions-table';

const FORM = 'user-role';
// The page's own actions (remove a role, end sessions …) report here; adding a role reports at its form.
const ACTIONS = 'user-actions';

/** One user: roles, status, sessions, and the administrator's actions on the account. */
export function UserPage() {
  const { t } = useTranslation();
  const { userId } = useParams({ strict: false }) as { userId: string };
  const client = useQueryClient();
  const key = ['user', userId];
  const {
    data: user,
    isLoading,
    error,
  } = useQuery({ queryKey: key, queryFn: () => get<UserDetail>(`/users/${userId}`) });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(user?.name ?? t('users.title'));
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error || !user) return <StatusMessage kind="danger">{error?.message ?? t('errors.generic')}</StatusMessage>;

  const act = async (action: () => Promise<unknown>, done?: (result: never) => string) => {
    setErrors([]);
    setMessage(null);
    try {
      const result = await action();
      await client.invalidateQueries({ queryKey: key });
      await client.invalidateQueries({ queryKey: ['users'] });
      if (done) setMessage(done(result as never));
    } catch (e) {
      setErrors(errorsFrom(e));
    }
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {user.name}
      </Heading>
      <Paragraph>
        {user.email}{' '}
        <Tag data-color={!user.active ? 'danger' : user.lockedUntil ? 'warning' : 'success'}>
          {!user.active ? t('users.inactive') : user.lockedUntil ? t('users.locked') : t('users.active')}
        </Tag>
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('users.lastLogin')}: {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}
      </Paragraph>
      {message && <StatusMessage kind="success">{message}</StatusMessage>}
      <FormErrors form={ACTIONS} errors={errors} />

      <section className="stack" aria-labelledby="roles-heading">
        <Heading level={2} data-size="sm" id="roles-heading">
          {t('users.roles')}
        </Heading>
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('users.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.association')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="muted">{t('common.remove')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {user.roles.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>{t(`roles.${r.role}`)}</Table.Cell>
                  <Table.Cell>{r.associationName ?? t('users.global')}</Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      aria-label={`${t('common.remove')} ${t(`roles.${r.role}`)}`}
                      onClick={() =>
                        void act(
                          () => del(`/users/${userId}/roles/${r.id}`),
                          // The server says what happened, also when the user is no longer yours to see.
                          (result: { message: string }) => result.message,
                        )
                      }
                    >
                      {t('common.remove')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <AddRoleForm
          onAdd={async (role) => {
            setMessage(null);
            await post(`/users/${userId}/roles`, toAssignment(role));
            await client.invalidateQueries({ queryKey: key });
            await client.invalidateQueries({ queryKey: ['users'] });
          }}
        />
      </section>

      <section className="stack" aria-labelledby="sessions-heading">
        <Heading level={2} data-size="sm" id="sessions-heading">
          {t('users.sessions')}
        </Heading>
        <SessionsTable sessions={user.sessions ?? []} />
        <div className="row">
          <Button
            variant="secondary"
            onClick={() =>
              void act(
                () => post<Answer<'/api/v1/users/{id}/end-sessions', 'post'>>(`/users/${userId}/end-sessions`),
                (r: { ended: number }) => t('users.sessionsEnded', { count: r.ended }),
              )
            }
          >
            {t('users.endSessions')}
          </Button>
          <Button
            variant="secondary"
            onClick={() =>
              void act(
                () => post<Answer<'/api/v1/users/{id}/reset-password', 'post'>>(`/users/${userId}/reset-password`),
                (r: { oneTimePassword: string }) =>
                  t('users.oneTimePassword', { email: user.email, password: r.oneTimePassword }),
              )
            }
          >
            {t('users.resetPassword')}
          </Button>
          <Button
            variant="secondary"
            data-color={user.active ? 'danger' : 'accent'}
            onClick={() =>
              void act(
                () => put(`/users/${userId}`, { name: user.name, active: !user.active, version: user.version }),
                () => t('common.saved'),
              )
            }
          >
            {user.active ? t('users.deactivate') : t('users.activate')}
          </Button>
        </div>
      </section>
    </div>
  );
}

/** A role to add; its errors show at the form. */
function AddRoleForm({ onAdd }: { onAdd: (role: RoleChoice) => Promise<void> }) {
  const { t } = useTranslation();
  const bound = useBoundForm<{ role: RoleChoice }>({
    form: FORM,
    defaultValues: { role: { role: 'reader', associationId: '' } },
    onSubmit: ({ role }) => onAdd(role),
  });
  return (
    <BoundForm bound={bound}>
      <Heading level={3} data-size="xs">
        {t('users.addRole')}
      </Heading>
      <RolePicker />
      <SubmitButton>{t('users.addRole')}</SubmitButton>
    </BoundForm>
  );
}
