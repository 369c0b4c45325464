import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useSearch } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post, setCsrfToken } from '../../lib/api';
import type { LoginResult } from '../../lib/types';
import { useMe } from '../../lib/auth';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import { RedirectOnce } from '../../lib/redirect-once';
import { usePageTitle } from '../../lib/use-page-title';
import { switchLanguage } from '../../lib/i18n';
import { useEmailConfigured } from '../notifications/use-email-status';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { data: me } = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const search = useSearch({ strict: false }) as { redirect?: string };
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const emailConfigured = useEmailConfigured();

  if (me && !busy) return <RedirectOnce to="/" />;

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing: FormError[] = [];
    if (!email) missing.push({ field: 'email', message: `${t('login.email')}: ${t('common.requiredHint')}` });
    if (!password) missing.push({ field: 'password', message: `${t('login.password')}: ${t('common.requiredHint')}` });
    if (missing.length) return setErrors(missing);
    setBusy(true);
    try {
      const result = await post<LoginResult>('/auth/login', { email, password });
      setCsrfToken(result.csrfToken);
      await client.invalidateQueries({ queryKey: ['me'] });
      const target =
        search.redirect && search.redirect.startsWith('/') && !search.redirect.startsWith('//') ? search.redirect : '/';
      await navigate({ to: target });
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login stack">
      <Heading level={1} data-size="xl">
        Insikt
      </Heading>
      <Paragraph className="muted">{t('app.tagline')}</Paragraph>
      <Heading level={2} data-size="md">
        {t('login.title')}
      </Heading>
      <FormErrors form="login" errors={errors} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Textfield
          id={fieldId('login', 'email')}
          name="email"
          type="email"
          autoComplete="username"
          label={t('login.email')}
          required
        />
        <Textfield
          id={fieldId('login', 'password')}
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('login.password')}
          required
        />
        <div className="row">
          <Button type="submit" loading={busy}>
            {t('login.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={switchLanguage} lang={t('nav.languageCode')}>
            {t('nav.language')}
          </Button>
        </div>
      </form>
      {emailConfigured && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/glomt-losenord">{t('notifications.forgot.link')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="muted">
        {t(emailConfigured ? 'login.signInHelpEmail' : 'login.signInHelp')}
      </Paragraph>
    </main>
  );
}
