import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import { usePageTitle } from '../../lib/use-page-title';

const FORM = 'forgot';

/** "Glömt lösenordet?": asks for the address; the answer is the same whether it has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.forgot.title'));
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      return setErrors([
        { field: 'email', message: `${t('notifications.forgot.email')}: ${t('common.requiredHint')}` },
      ]);
    }
    setBusy(true);
    try {
      await post('/auth/password-reset', { email: email.trim() });
      setErrors([]);
      setSent(true);
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login stack">
      <Heading level={1} data-size="lg">
        {t('notifications.forgot.title')}
      </Heading>
      {sent ? (
        <StatusMessage kind="success">{t('notifications.forgot.sent')}</StatusMessage>
      ) : (
        <>
          <Paragraph>{t('notifications.forgot.intro')}</Paragraph>
          <FormErrors form={FORM} errors={errors} />
          <form className="form" onSubmit={(e) => void submit(e)} noValidate>
            <Textfield
              id={fieldId(FORM, 'email')}
              type="email"
              autoComplete="username"
              label={t('notifications.forgot.email')}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.find((e) => e.field === 'email')?.message}
              required
            />
            <div>
              <Button type="submit" loading={busy}>
                {t('notifications.forgot.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/logga-in">{t('notifications.forgot.back')}</RouterLink>
        </Link>
      </Paragraph>
    </main>
  );
}
