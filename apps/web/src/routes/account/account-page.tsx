import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, get, post } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { OwnSession } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { AccountNotices } from './account-notices';
import { SessionsTable } from './sessions-table';
import { NewPasswordFields } from './new-password-fields';
import { NoticePreferencesPanel } from '../notifications/notice-preferences-panel';

const FORM = 'password';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { data: me } = useMe();
  const client = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);
  const sessions = useQuery({
    queryKey: ['my-sessions'],
    queryFn: () => get<OwnSession[]>('/auth/sessions'),
    enabled: !!me && !me.mustChangePassword,
  });
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (next !== confirm) return setErrors([{ field: 'confirmPassword', message: t('account.mismatch') }]);
    try {
      await post('/auth/password', { currentPassword: current, newPassword: next });
      setErrors([]);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      await client.invalidateQueries({ queryKey: ['me'] });
      await client.invalidateQueries({ queryKey: ['my-sessions'] });
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('account.title')}
      </Heading>
      {me && (
        <Paragraph>
          {me.name} – {me.email}
        </Paragraph>
      )}
      {me && <AccountNotices notices={me.notices ?? []} />}
      {me?.mustChangePassword && <StatusMessage kind="warning">{t('account.mustChange')}</StatusMessage>}
      {done && <StatusMessage kind="success">{t('account.changed')}</StatusMessage>}
      <section className="stack" aria-labelledby="password-heading">
        <Heading level={2} data-size="sm" id="password-heading">
          {t('account.changePassword')}
        </Heading>
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <FormErrors form={FORM} errors={errors} />
          <Textfield
            id={fieldId(FORM, 'currentPassword')}
            type="password"
            autoComplete="current-password"
            label={t('account.currentPassword')}
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={errorFor('currentPassword')}
            required
          />
          <NewPasswordFields
            form={FORM}
            labels={{ newPassword: t('account.newPassword'), confirmPassword: t('account.confirmPassword') }}
            value={{ next, confirm }}
            onChange={{ next: setNext, confirm: setConfirm }}
            errorFor={errorFor}
          />
          <div>
            <Button type="submit">{t('account.changePassword')}</Button>
          </div>
        </form>
      </section>
      {me && !me.mustChangePassword && <NoticePreferencesPanel />}
      {sessions.data && (
        <section className="stack" aria-labelledby="sessions-heading">
          <Heading level={2} data-size="sm" id="sessions-heading">
            {t('account.sessions')}
          </Heading>
          <SessionsTable
            sessions={sessions.data}
            onEnd={(id) =>
              void del(`/auth/sessions/${id}`).then(() => client.invalidateQueries({ queryKey: ['my-sessions'] }))
            }
          />
        </section>
      )}
    </div>
  );
}
