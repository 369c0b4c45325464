import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { FormRadio, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { StatusMessage } from '../../lib/status-message';
import type { CreatedUser } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { RolePicker, toAssignment, type RoleChoice } from './role-picker';
import { useEmailConfigured } from '../notifications/use-email-status';

const FORM = 'user';
type Draft = { email: string; name: string; password: string; invite: boolean; role: RoleChoice };
const empty = (): Draft => ({
  email: '',
  name: '',
  password: '',
  invite: false,
  role: { role: 'association_admin', associationId: '' },
});

export function UserCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('users.createTitle'));
  const client = useQueryClient();
  const emailConfigured = useEmailConfigured();
  const [result, setResult] = useState<CreatedUser | null>(null);
  const bound = useBoundForm<Draft>({
    form: FORM,
    defaultValues: empty(),
    onSubmit: async ({ email, name, password, invite, role }) => {
      const body = {
        email,
        name,
        role: toAssignment(role),
        ...(invite ? { invite: true } : password ? { password } : {}),
      };
      setResult(await post<CreatedUser>('/users', body));
      await client.invalidateQueries({ queryKey: ['users'] });
    },
  });

  const invite = bound.methods.watch('invite');
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
        {result.invited && (
          <StatusMessage kind="info">{t('users.invited', { email: result.user.email })}</StatusMessage>
        )}
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
              // The role stays: the next person often gets the same one.
              bound.methods.reset({ ...empty(), role: bound.methods.getValues('role') });
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
      <BoundForm bound={bound}>
        <FormText<Draft> name="email" type="email" autoComplete="off" required label={t('users.email')} />
        <FormText<Draft> name="name" required label={t('users.name')} />
        <RolePicker />
        {emailConfigured && (
          <FormRadio<Draft, boolean>
            name="invite"
            label={t('users.firstPassword')}
            options={[
              { value: true, code: 'invite', label: t('users.inviteByEmail') },
              { value: false, code: 'password', label: t('users.handOverPassword') },
            ]}
          />
        )}
        {!invite && (
          <FormText<Draft>
            name="password"
            type="password"
            autoComplete="new-password"
            label={`${t('users.password')} ${t('common.optional')}`}
            description={t('users.passwordHint')}
          />
        )}
        <SubmitButton>{t('users.createTitle')}</SubmitButton>
      </BoundForm>
    </div>
  );
}
