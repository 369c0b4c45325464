import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { ApiError } from './api';

export interface FormError {
  field?: string;
  message: string;
}

/** Field id convention, so the error summary can link to the field it names. */
export const fieldId = (form: string, field: string) => `${form}-${field.replace(/\./g, '-')}`;

/**
 * An error summary at the top of a form (Designsystemet's pattern): it takes focus when it
 * appears, and each message links to its field.
 */
export function FormErrors({ form, errors }: { form: string; errors: FormError[] }) {
  const { t } = useTranslation();
  const ref = useRef<React.ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{t('common.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((e, i) => (
          <ErrorSummary.Item key={`${e.field ?? ''}-${i}`}>
            {e.field ? (
              // An item of a list ("municipalityCodes.2") links to its list's field.
              <ErrorSummary.Link href={`#${fieldId(form, e.field.replace(/\.\d+$/, ''))}`}>
                {e.message}
              </ErrorSummary.Link>
            ) : (
              e.message
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** Turns a failed request into form errors: the server's field issues, or its message. */
export function errorsFrom(error: unknown): FormError[] {
  if (error instanceof ApiError) {
    if (error.issues.length > 0) return error.issues.map((i) => ({ field: i.field, message: i.message }));
    return [{ message: error.message }];
  }
  return [{ message: error instanceof Error ? error.message : String(error) }];
}
