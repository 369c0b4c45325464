import { useEffect, useRef } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DeviationReportInput } from '@insikt/core';
import { StatusMessage } from '../../lib/status-message';

/**
 * What a reporter sees once the report is in: the case number to refer to, what happens next,
 * whether an answer comes by e-mail, and a way to report another deviation.
 */
export function Receipt({
  number,
  sent,
  onAnother,
  children,
}: {
  number: number;
  sent: DeviationReportInput;
  onAnother: () => void;
  /** Where the answer is read, for a reporter who may go there (signed-in staff). */
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const email = sent.contact?.email.trim();
  // The send button is gone with the form: focus the receipt so keyboard and screen reader users land on it.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="stack" ref={ref} tabIndex={-1}>
      <StatusMessage kind="success">{t('deviations.thanks', { number })}</StatusMessage>
      <Paragraph>{t('deviations.receipt.next')}</Paragraph>
      {sent.contact !== null && (
        <Paragraph>
          {email ? t('deviations.receipt.email', { email }) : t('deviations.receipt.noEmail', { number })}
        </Paragraph>
      )}
      {children}
      <div>
        <Button variant="secondary" onClick={onAnother}>
          {t('deviations.receipt.another')}
        </Button>
      </div>
    </div>
  );
}
