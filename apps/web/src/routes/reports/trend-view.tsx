import { useMemo, useState } from 'react';
import { Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OUTCOME_COLUMNS, OUTCOME_INDICATORS, trendChartOption, type OutcomeIndicatorId } from '@insikt/core';
import { get, query } from '../../lib/api';
import { Chart } from '../../lib/chart';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import { GroupColumnsHead } from './group-columns-head';
import { ProtectionNote } from './protection-note';
import type { TrendReport } from '../../lib/types';
import { display } from './report-types';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 15 }, (_, i) => thisYear - i);

/**
 * The report over several years: one indicator per year for women and men, as a chart and, for
 * everyone who does not read charts, as a table with the same figures. Whole calendar years, so
 * protected figures are each year's own protected report.
 */
export function TrendView({ params }: { params: { groupBy: string; suppress: string } }) {
  const { t } = useTranslation();
  const [span, setSpan] = useState({ fromYear: String(thisYear - 5), toYear: String(thisYear - 1) });
  const [indicator, setIndicator] = useState<OutcomeIndicatorId>('andel_forvarvsarbete');
  const request = { ...span, groupBy: params.groupBy, suppress: params.suppress };
  const { data, isLoading, error } = useQuery({
    queryKey: ['report-trend', request],
    queryFn: () => get<TrendReport>(`/reports/trend${query(request)}`),
  });
  const label = OUTCOME_INDICATORS.find((i) => i.id === indicator)!.label;
  const chart = useMemo(
    () =>
      data &&
      trendChartOption(
        data.years,
        indicator,
        data.groups.map((g) => ({
          label: g.label,
          kvinna: g.years.map((y) => y.cells[indicator].kvinna),
          man: g.years.map((y) => y.cells[indicator].man),
        })),
        {
          description: t('report.trend.chartDescription', { indicator: label }),
          kvinna: t('report.columns.kvinna'),
          man: t('report.columns.man'),
        },
      ),
    [data, indicator, label, t],
  );
  const yearOptions = YEARS.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <div className="stack">
      <Paragraph data-size="sm">{t('report.trend.intro')}</Paragraph>
      <div className="row">
        <SelectField
          form="trend"
          errors={[]}
          name="fromYear"
          label={t('report.trend.fromYear')}
          value={span.fromYear}
          onChange={(fromYear) => setSpan({ ...span, fromYear })}
          options={yearOptions}
        />
        <SelectField
          form="trend"
          errors={[]}
          name="toYear"
          label={t('report.trend.toYear')}
          value={span.toYear}
          onChange={(toYear) => setSpan({ ...span, toYear })}
          options={yearOptions}
        />
        <SelectField
          form="trend"
          errors={[]}
          name="indicator"
          label={t('report.indicator')}
          value={indicator}
          onChange={(id) => setIndicator(id as OutcomeIndicatorId)}
          options={OUTCOME_INDICATORS.map((i) => ({ value: i.id, label: i.label }))}
        />
      </div>
      <Paragraph>
        <Link href={`/api/v1/reports/trend${query({ ...request, format: 'xlsx' })}`}>{t('report.trend.xlsx')}</Link> ·{' '}
        <Link href={`/api/v1/reports/trend${query({ ...request, format: 'csv' })}`}>{t('report.csv')}</Link>
      </Paragraph>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data?.suppressed && <ProtectionNote />}
      {data && data.groups.length === 0 && <Paragraph>{t('report.empty')}</Paragraph>}
      {data && chart && data.groups.length > 0 && (
        <>
          <Chart option={chart} caption={t('report.trend.chart', { indicator: label })} height={320} />
          <div className="table-wrap">
            <Table zebra data-size="sm" border>
              <caption>{t('report.trend.table', { indicator: label })}</caption>
              <GroupColumnsHead first={t('report.year')} groups={data.groups} />
              <Table.Body>
                {data.years.map((year, i) => (
                  <Table.Row key={year}>
                    <Table.HeaderCell scope="row">{year}</Table.HeaderCell>
                    {data.groups.flatMap((g) =>
                      OUTCOME_COLUMNS.map((c) => (
                        <Table.Cell key={`${g.key}-${c}`} className="nowrap" style={{ textAlign: 'right' }}>
                          {display({ ...g, ...g.years[i]! }, indicator, c)}
                        </Table.Cell>
                      )),
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
