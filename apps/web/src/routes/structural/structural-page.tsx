import { useState } from 'react';
import { Heading, Link, List, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import type { StructuralActivityReport } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportFigures } from './report-figures';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i));

/**
 * The förbund's structural insatser and their activity report (issue 17 §4): one insats or all the
 * actor reads, per year and over the chosen years, with the files for the board.
 */
export function StructuralPage() {
  const { t } = useTranslation();
  usePageTitle(t('structural.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const [fromYear, setFromYear] = useState(String(thisYear - 1));
  const [toYear, setToYear] = useState(String(thisYear));
  const [interventionId, setInterventionId] = useState('');
  const path = `/associations/${associationId}/activity-report`;
  const params = { fromYear, toYear, interventionId: interventionId || undefined };
  // The förbund-wide report names the structural insatser the actor reads: the list and the choice.
  const all = useQuery({
    queryKey: ['activity-report', associationId, fromYear, toYear, ''],
    queryFn: () => get<StructuralActivityReport>(`${path}${query({ fromYear, toYear })}`),
  });
  const report = useQuery({
    queryKey: ['activity-report', associationId, fromYear, toYear, interventionId],
    queryFn: () => get<StructuralActivityReport>(`${path}${query(params)}`),
  });
  const insatser = all.data?.interventions ?? [];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('structural.title')}
      </Heading>
      <Paragraph>{t('structural.intro')}</Paragraph>
      <Heading level={2} data-size="md">
        {t('structural.insatser')}
      </Heading>
      {all.isLoading && <Spinner aria-label={t('common.loading')} />}
      {all.error && <StatusMessage kind="danger">{all.error.message}</StatusMessage>}
      {all.data && insatser.length === 0 && <Paragraph>{t('structural.noInsatser')}</Paragraph>}
      {insatser.length > 0 && (
        <List.Unordered>
          {insatser.map((i) => (
            <List.Item key={i.id}>
              <Link asChild>
                <RouterLink to={`/forbund/${associationId}/strukturinsatser/${i.id}` as never}>{i.name}</RouterLink>
              </Link>
            </List.Item>
          ))}
        </List.Unordered>
      )}
      <Heading level={2} data-size="md">
        {t('structural.report.title')}
      </Heading>
      <div className="row">
        <SelectField
          form="activity-report"
          errors={[]}
          name="interventionId"
          label={t('structural.report.intervention')}
          value={interventionId}
          onChange={setInterventionId}
          options={[
            { label: t('structural.report.all'), value: '' },
            ...insatser.map((i) => ({ value: i.id, label: i.name })),
          ]}
        />
        <SelectField
          form="activity-report"
          errors={[]}
          name="fromYear"
          label={t('structural.report.fromYear')}
          value={fromYear}
          onChange={setFromYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          form="activity-report"
          errors={[]}
          name="toYear"
          label={t('structural.report.toYear')}
          value={toYear}
          onChange={setToYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
      </div>
      {report.error && <StatusMessage kind="danger">{report.error.message}</StatusMessage>}
      {report.data && report.data.total.activities > 0 && (
        <nav aria-label={t('structural.report.downloads')}>
          <ul className="plain-list row">
            <li>
              <Link href={`/api/v1${path}${query({ ...params, format: 'pdf' })}`}>{t('structural.report.pdf')}</Link>
            </li>
            <li>
              <Link href={`/api/v1${path}${query({ ...params, format: 'xlsx' })}`}>{t('structural.report.xlsx')}</Link>
            </li>
          </ul>
        </nav>
      )}
      {report.data && <ReportFigures report={report.data} />}
    </div>
  );
}
