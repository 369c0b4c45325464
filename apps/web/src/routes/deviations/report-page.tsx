import { useState } from 'react';
import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DeviationReportInput } from '@insikt/core';
import { get, post } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { DeviationReportForm, DeviationReported } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { deviationPaths } from './deviation-paths';
import { Receipt } from './receipt';
import { ReportForm } from './report-form';

/** A signed-in user reports a deviation (issue 15 §1); the förbund knows who they are, so no contact fields. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('deviations.reportTitle'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const paths = deviationPaths(associationId);
  const client = useQueryClient();
  const [receipt, setReceipt] = useState<{ number: number; sent: DeviationReportInput } | null>(null);
  const form = useQuery({
    queryKey: ['deviation-form', associationId],
    queryFn: () => get<DeviationReportForm>(`/associations/${associationId}/deviation-form`),
  });
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.page as never}>{t('deviations.backToList')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('deviations.reportTitle')}
      </Heading>
      {receipt ? (
        <Receipt {...receipt} onAnother={() => setReceipt(null)}>
          <Paragraph>
            <Link asChild>
              <RouterLink to={paths.published as never}>{t('deviations.publishedTitle')}</RouterLink>
            </Link>
          </Paragraph>
        </Receipt>
      ) : form.data ? (
        <>
          <Paragraph>{t('deviations.staffIntro')}</Paragraph>
          <ReportForm
            form={form.data}
            language={i18n.language === 'en' ? 'en' : 'sv'}
            withContact={false}
            send={(body) => post<DeviationReported>(paths.api, body)}
            onSent={(reported, sent) => {
              setReceipt({ number: reported.number, sent });
              void client.invalidateQueries({ queryKey: ['deviations', associationId] });
            }}
          />
        </>
      ) : form.error ? (
        <StatusMessage kind="danger">{form.error.message}</StatusMessage>
      ) : (
        <Spinner aria-label={t('common.loading')} />
      )}
    </div>
  );
}
