import { useState } from 'react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import { usePageTitle } from '../../lib/use-page-title';
import { NewPasswordFields } from '../account/new-password-fields';

const FORM = 'set-password';

/**
 * The page a password link opens (reset or invitation). The token is in the address's fragment,
 * which the browser never sends to a server or puts in a Referer header; it is read here only.
 */
export function SetPasswordPage({ purpose }: { purpose: 'reset' | 'invitation' }) {
  const { t } = useTranslation();
  const title = t(
    purpose === 'reset' ? 'notifications.setPassword.resetTitle' : 'notifications.setPassword.invitationTitle',
  );
  usePageTitle(title);
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const linkBroken = !token || errors.some((e) => e.field === 'token');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (next !== confirm) return setErrors([{ field: 'confirmPassword', message: t('account.mismatch') }]);
    setBusy(true);
    try {
      await post('/auth/password-reset/confirm', { token, newPassword: next });
      setErrors([]);
      setDone(true);
      // The token is used up: drop it from the address bar and the history entry.
      window.history.replaceState(null, '', window.location.pathname);
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {done ? (
        <>
          <StatusMessage kind="success">{t('notifications.setPassword.done')}</StatusMessage>
          <div>
            <Button asChild>
              <RouterLink to="/logga-in">{t('notifications.setPassword.login')}</RouterLink>
            </Button>
          </div>
        </>
      ) : !token ? (
        <StatusMessage kind="danger">{t('notifications.setPassword.missingToken')}</StatusMessage>
      ) : (
        <>
          <Paragraph>
            {t(
              purpose === 'reset'
                ? 'notifications.setPassword.resetIntro'
                : 'notifications.setPassword.invitationIntro',
            )}
          </Paragraph>
          <FormErrors form={FORM} errors={errors.filter((e) => e.field !== 'token')} />
          {errors.some((e) => e.field === 'token') && <StatusMessage kind="danger">{errorFor('token')}</StatusMessage>}
          <form className="form" onSubmit={(e) => void submit(e)} noValidate>
            <NewPasswordFields
              form={FORM}
              labels={{
                newPassword: t('notifications.setPassword.newPassword'),
                confirmPassword: t('notifications.setPassword.confirmPassword'),
              }}
              value={{ next, confirm }}
              onChange={{ next: setNext, confirm: setConfirm }}
              errorFor={errorFor}
            />
            <div>
              <Button type="submit" loading={busy}>
                {t('notifications.setPassword.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      {linkBroken && !done && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/glomt-losenord">{t('notifications.setPassword.requestNew')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </main>
  );
}
