import { useMemo, useState } from 'react';
import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  deviationChartHeight,
  deviationCountChart,
  todayIso,
  type DeviationStatus,
  type DeviationType,
} from '@insikt/core';
import { get, query } from '../../lib/api';
import { Chart } from '../../lib/chart';
import { SelectField } from '../../lib/fields';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { DeviationStatistics } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { Fact } from './case-page';
import { deviationPaths } from './deviation-paths';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i));
type Count = DeviationStatistics['byParty'][number];

/** The board's statistics over deviations (issue 15 §4): counts, time to answer, local solutions, patterns. */
export function StatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('deviations.statisticsTitle'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const [fromYear, setFromYear] = useState(String(thisYear - 1));
  const [toYear, setToYear] = useState(String(thisYear));
  const path = `/associations/${associationId}/deviation-statistics`;
  const params = { fromYear, toYear };
  const stats = useQuery({
    queryKey: ['deviation-statistics', associationId, fromYear, toYear],
    queryFn: () => get<DeviationStatistics>(`${path}${query(params)}`),
  });
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={deviationPaths(associationId).page as never}>{t('deviations.backToList')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('deviations.statisticsTitle')}
      </Heading>
      <Paragraph>{t('deviations.statisticsIntro')}</Paragraph>
      <div className="row">
        <SelectField
          form="deviation-statistics"
          errors={[]}
          name="fromYear"
          label={t('deviations.fromYear')}
          value={fromYear}
          onChange={setFromYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          form="deviation-statistics"
          errors={[]}
          name="toYear"
          label={t('deviations.toYear')}
          value={toYear}
          onChange={setToYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
      </div>
      {stats.isLoading && <Spinner aria-label={t('common.loading')} />}
      {stats.error && <StatusMessage kind="danger">{stats.error.message}</StatusMessage>}
      {/* The files first: the board member who came for the PDF finds it without scrolling past every table. */}
      {stats.data && stats.data.total > 0 && (
        <nav aria-label={t('deviations.downloads')}>
          <ul className="plain-list row">
            <li>
              <Link href={`/api/v1${path}${query({ ...params, format: 'pdf' })}`}>{t('deviations.pdf')}</Link>
            </li>
            <li>
              <Link href={`/api/v1${path}${query({ ...params, format: 'xlsx' })}`}>{t('deviations.xlsx')}</Link>
            </li>
          </ul>
        </nav>
      )}
      {stats.data && <Figures stats={stats.data} />}
    </div>
  );
}

function Figures({ stats }: { stats: DeviationStatistics }) {
  const { t } = useTranslation();
  // Types and statuses are named in the reader's language; parties and insatser by their own names.
  const dimensions = useMemo(
    () =>
      [
        ['byParty', t('deviations.byParty'), (c: Count) => c.label],
        ['byType', t('deviations.byType'), (c: Count) => t(`deviations.types.${c.key as DeviationType}`)],
        ['byStatus', t('deviations.byStatus'), (c: Count) => t(`deviations.statuses.${c.key as DeviationStatus}`)],
        ['byIntervention', t('deviations.byIntervention'), (c: Count) => c.label],
        ['byMonth', t('deviations.byMonth'), (c: Count) => c.label],
      ] as const,
    [t],
  );
  if (stats.total === 0) return <Paragraph>{t('deviations.noStatistics')}</Paragraph>;
  return (
    <div className="stack">
      <Paragraph>
        {t('deviations.coverage', {
          count: stats.total,
          period:
            stats.period.fromYear === stats.period.toYear
              ? stats.period.fromYear
              : `${stats.period.fromYear}–${stats.period.toYear}`,
          scope: stats.scope === 'interventions' ? t('deviations.coverageScope') : '',
          today: formatDate(todayIso()),
        })}
      </Paragraph>
      <dl className="summary-facts">
        <Fact term={t('deviations.total')} value={formatNumber(stats.total)} />
        <Fact term={t('deviations.answered')} value={formatNumber(stats.answered)} />
        <Fact term={t('deviations.median')} value={days(stats.medianDaysToAnswer, t)} />
        <Fact term={t('deviations.p90')} value={days(stats.p90DaysToAnswer, t)} />
        <Fact
          term={t('deviations.shareLocal')}
          value={
            stats.shareSolvedLocally === null
              ? t('deviations.notApplicable')
              : t('deviations.shareLocalValue', {
                  share: formatPercent(stats.shareSolvedLocally),
                  local: stats.resolvedLocally,
                  total: stats.resolvedLocally + stats.resolvedRaised,
                })
          }
        />
      </dl>
      <Paragraph data-size="sm">{t('deviations.percentileNote')}</Paragraph>
      {dimensions.map(([key, title, label]) => {
        const rows = stats[key].map((c) => ({ label: label(c), count: c.count }));
        return (
          <section key={key} className="stack">
            <Heading level={2} data-size="sm">
              {title}
            </Heading>
            {key !== 'byMonth' && (
              <Chart
                option={deviationCountChart(rows, { description: title })}
                caption={title}
                height={deviationChartHeight(rows)}
              />
            )}
            <CountTable title={title} rows={rows} />
            {key === 'byParty' && <Paragraph data-size="sm">{t('deviations.partyNote')}</Paragraph>}
          </section>
        );
      })}
      <Heading level={2} data-size="sm">
        {t('deviations.recurring')}
      </Heading>
      {stats.recurring.length === 0 ? (
        <Paragraph>{t('deviations.noRecurring')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <caption className="visually-hidden">{t('deviations.recurring')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('deviations.party')}</Table.HeaderCell>
                <Table.HeaderCell>{t('deviations.field.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('deviations.cases')}</Table.HeaderCell>
                <Table.HeaderCell>{t('deviations.recurrences')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {stats.recurring.map((r) => (
                <Table.Row key={`${r.party}-${r.type}`}>
                  <Table.Cell>{r.partyLabel}</Table.Cell>
                  <Table.Cell>{t(`deviations.types.${r.type}`)}</Table.Cell>
                  <Table.Cell>{formatNumber(r.cases)}</Table.Cell>
                  <Table.Cell>{formatNumber(r.recurrences)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Heading level={2} data-size="sm">
        {t('deviations.indicator')}
      </Heading>
      {stats.agreementIndicator.length === 0 ? (
        <Paragraph>{t('deviations.noIndicator')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <caption className="visually-hidden">{t('deviations.indicator')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('deviations.where')}</Table.HeaderCell>
                <Table.HeaderCell>{t('deviations.year')}</Table.HeaderCell>
                <Table.HeaderCell>{t('deviations.count')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {stats.agreementIndicator.map((a) => (
                <Table.Row key={`${a.interventionId}-${a.year}`}>
                  <Table.Cell>{a.interventionName}</Table.Cell>
                  <Table.Cell>{a.year}</Table.Cell>
                  <Table.Cell>{formatNumber(a.count)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}

const days = (v: number | null, t: (k: string, o?: Record<string, unknown>) => string) =>
  v === null ? t('deviations.notApplicable') : t('deviations.days', { count: v, value: formatNumber(v) });

function CountTable({ title, rows }: { title: string; rows: { label: string; count: number }[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra>
        <caption className="visually-hidden">{title}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{title}</Table.HeaderCell>
            <Table.HeaderCell>{t('deviations.count')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.label}>
              <Table.Cell>{r.label}</Table.Cell>
              <Table.Cell>{formatNumber(r.count)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
