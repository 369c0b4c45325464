import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { CreatedUser } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { RolePicker, toAssignment, type RoleChoice } from './role-picker';

const FORM = 'user';

export function UserCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('users.createTitle'));
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<RoleChoice>({ role: 'association_admin', associationId: '' });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [result, setResult] = useState<CreatedUser | null>(null);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors([]);
    try {
      const body = { email, name, role: toAssignment(role), ...(password ? { password } : {}) };
      const created = await post<CreatedUser>('/users', body);
      setResult(created);
      await client.invalidateQueries({ queryKey: ['users'] });
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  if (result) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('users.createTitle')}
        </Heading>
        <StatusMessage kind="success">
          {/* An association administrator is not told whether the account existed (decision 0016). */}
          {result.created === null
            ? t('users.roleGranted', { email: result.user.email })
            : result.created
              ? t('users.created', { email: result.user.email })
              : t('users.roleAdded', { email: result.user.email })}
        </StatusMessage>
        {result.oneTimePassword && (
          <StatusMessage kind="info">
            <span data-testid="one-time-password-text">
              {t('users.oneTimePassword', { email: result.user.email, password: result.oneTimePassword })}
            </span>
            <br />
            {t('users.oneTimePasswordHint')}
          </StatusMessage>
        )}
        <div className="row">
          <Button asChild>
            <RouterLink to="/anvandare/$userId" params={{ userId: result.user.id }}>
              {result.user.name}
            </RouterLink>
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setResult(null);
              setEmail('');
              setName('');
              setPassword('');
            }}
          >
            {t('users.new')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('users.createTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('common.requiredHint')}</Paragraph>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors form={FORM} errors={errors} />
        <Textfield
          id={fieldId(FORM, 'email')}
          type="email"
          autoComplete="off"
          label={t('users.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errorFor('email')}
          required
        />
        <Textfield
          id={fieldId(FORM, 'name')}
          label={t('users.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errorFor('name')}
          required
        />
        <RolePicker form={FORM} value={role} onChange={setRole} />
        <Textfield
          id={fieldId(FORM, 'password')}
          type="password"
          autoComplete="new-password"
          label={`${t('users.password')} ${t('common.optional')}`}
          description={t('users.passwordHint')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errorFor('password')}
        />
        <div>
          <Button type="submit">{t('users.createTitle')}</Button>
        </div>
      </form>
    </div>
  );
}
