import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../lib/form-errors';

/**
 * The new password and its confirmation, with the password rules: the same pair when a user changes
 * their password and when they set one through an e-mailed link.
 */
export function NewPasswordFields(props: {
  form: string;
  labels: { newPassword: string; confirmPassword: string };
  value: { next: string; confirm: string };
  onChange: { next: (value: string) => void; confirm: (value: string) => void };
  errorFor: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        id={fieldId(props.form, 'newPassword')}
        type="password"
        autoComplete="new-password"
        label={props.labels.newPassword}
        description={t('account.passwordRules')}
        value={props.value.next}
        onChange={(e) => props.onChange.next(e.target.value)}
        error={props.errorFor('newPassword')}
        required
      />
      <Textfield
        id={fieldId(props.form, 'confirmPassword')}
        type="password"
        autoComplete="new-password"
        label={props.labels.confirmPassword}
        value={props.value.confirm}
        onChange={(e) => props.onChange.confirm(e.target.value)}
        error={props.errorFor('confirmPassword')}
        required
      />
    </>
  );
}
