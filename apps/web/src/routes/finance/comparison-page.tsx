import { useState } from 'react';
import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { SelectField } from '../../lib/fields';
import { formatKronor, formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { FinanceComparison } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { RIGHT, useKeyFigureRows } from './key-figures-panel';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 12 }, (_, i) => String(thisYear - i));
type Row = FinanceComparison['associations'][number];

/**
 * Key figures of the förbund of a county, or of the country for the national roles, side by side with a
 * total whose label says exactly which förbund it covers (issue 16 item 2).
 */
export function ComparisonPage() {
  const { t } = useTranslation();
  usePageTitle(t('finance.compare.title'));
  const [year, setYear] = useState(String(thisYear - 1));
  const [county, setCounty] = useState('');
  const params = { year, county };
  const data = useQuery({
    queryKey: ['finance-comparison', year, county],
    queryFn: () => get<FinanceComparison>(`/finance/comparison${query(params)}`),
  });
  const rows = useKeyFigureRows();
  const c = data.data;
  const total = c
    ? c.countyName
      ? t('finance.compare.totalCounty', { count: c.associations.length, county: c.countyName, year })
      : t('finance.compare.totalCountry', { count: c.associations.length, year })
    : '';
  const extra: { label: string; value: (a: Row) => string }[] = [
    { label: t('finance.compare.utilisation'), value: (a) => formatPercent(a.stateMoney.utilisation) },
    {
      label: t('finance.compare.perInhabitant'),
      value: (a) =>
        a.perInhabitant.kronor === null
          ? t('finance.compare.missing')
          : `${formatKronor(a.perInhabitant.kronor)} (${t(`finance.state.bases.${a.perInhabitant.basis}`).toLowerCase()})`,
    },
    {
      label: t('finance.compare.guideline'),
      value: (a) =>
        // No test on a part-year outcome (decision 0064).
        !a.equity
          ? t('finance.compare.partYear')
          : a.equity.status === 'above'
            ? t('finance.compare.above', { above: formatKronor(a.equity.above) })
            : a.equity.status === 'within'
              ? t('finance.compare.within')
              : t('finance.compare.notCovered'),
    },
  ];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('finance.compare.title')}
      </Heading>
      <Paragraph>{t('finance.compare.intro')}</Paragraph>
      <div className="row">
        <SelectField
          form="finance-compare"
          errors={[]}
          name="year"
          label={t('finance.year')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
        {c && (
          <SelectField
            form="finance-compare"
            errors={[]}
            name="county"
            label={t('finance.compare.county')}
            value={county || (c.countyCode ?? '')}
            onChange={setCounty}
            empty={c.nationwide ? t('finance.compare.country') : undefined}
            options={c.counties.map((k) => ({ value: k.code, label: k.name }))}
          />
        )}
      </div>
      {data.isLoading && <Spinner aria-label={t('common.loading')} />}
      {data.error && <StatusMessage kind="danger">{data.error.message}</StatusMessage>}
      {c && c.associations.length === 0 && <Paragraph>{t('finance.compare.none')}</Paragraph>}
      {c && c.associations.length > 0 && (
        <>
          <Paragraph>
            <Link href={`/api/v1/finance/comparison${query({ ...params, format: 'xlsx' })}`}>
              {t('finance.compare.excel')}
            </Link>
          </Paragraph>
          <div className="table-wrap">
            <Table zebra data-size="sm">
              <caption>{t('finance.compare.caption', { year })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('finance.figures.figure')}</Table.HeaderCell>
                  {c.associations.map((a) => (
                    <Table.HeaderCell key={a.associationId} style={RIGHT}>
                      {a.name}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell style={RIGHT}>{total}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((r) => (
                  <Table.Row key={r.label}>
                    <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
                    {c.associations.map((a) => (
                      <Table.Cell key={a.associationId} style={RIGHT}>
                        {r.value(a.keyFigures)}
                      </Table.Cell>
                    ))}
                    <Table.Cell style={RIGHT}>{r.value(c.total)}</Table.Cell>
                  </Table.Row>
                ))}
                {extra.map((r) => (
                  <Table.Row key={r.label}>
                    <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
                    {c.associations.map((a) => (
                      <Table.Cell key={a.associationId} style={RIGHT}>
                        {r.value(a)}
                      </Table.Cell>
                    ))}
                    <Table.Cell style={RIGHT}>–</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph data-size="sm">{t('finance.compare.sharesNote')}</Paragraph>
        </>
      )}
    </div>
  );
}
