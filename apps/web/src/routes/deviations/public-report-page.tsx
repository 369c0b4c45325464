import { useEffect, useState } from 'react';
import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DeviationReportInput } from '@insikt/core';
import { ApiError } from '../../lib/api';
import { i18n } from '../../lib/i18n';
import { StatusMessage } from '../../lib/status-message';
import { LanguageSwitch } from '../respond/language-switch';
import { fetchReportForm, sendPublicReport } from './public-deviation-api';
import { Receipt } from './receipt';
import { ReportForm } from './report-form';

const LANGUAGES = ['sv', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const firstLanguage = (): Language => {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'sv' || asked === 'en') return asked;
  return navigator.language.startsWith('en') ? 'en' : 'sv';
};

/**
 * The förbund's report link (/avvikelse/<token>): no sign-in, no menu, no cookie, for staff of the
 * members who have no account (issue 15 §1). Phone-first: one column, large targets.
 */
export function PublicReportPage() {
  const { token } = useParams({ from: '/avvikelse/$token' });
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(firstLanguage);
  const [receipt, setReceipt] = useState<{ number: number; sent: DeviationReportInput } | null>(null);
  const form = useQuery({
    queryKey: ['deviation-report-form', token, language],
    queryFn: () => fetchReportForm(token, language),
    retry: false,
  });
  useEffect(() => {
    // The page's texts follow the reporter's choice without changing the signed-in app's language.
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
  const title = t('deviations.reportTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  let body: React.ReactNode;
  if (receipt) body = <Receipt {...receipt} onAnother={() => setReceipt(null)} />;
  else if (form.isPending) body = <Spinner aria-label={t('common.loading')} />;
  else if (form.error)
    body = (
      <StatusMessage kind="warning">
        {form.error instanceof ApiError && form.error.status === 404
          ? t('deviations.linkClosed')
          : t('deviations.unavailable')}
      </StatusMessage>
    );
  else
    body = (
      <>
        <Paragraph>{t('deviations.reportIntro', { name: form.data.associationName })}</Paragraph>
        <ReportForm
          form={form.data}
          language={language}
          withContact
          send={(input) => sendPublicReport(token, input)}
          onSent={(reported, sent) => setReceipt({ number: reported.number, sent })}
        />
      </>
    );
  return (
    <div className="respond">
      <header className="respond-header">
        <LanguageSwitch languages={LANGUAGES} current={language} onChange={setLanguage} />
      </header>
      <main id="main" className="respond-main stack">
        <Heading level={1} data-size="lg">
          {t('deviations.reportTitle')}
        </Heading>
        {body}
      </main>
    </div>
  );
}
