import { useState } from 'react';
import { Heading, Link, List, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { SelectField } from '../../lib/fields';
import { formatKronor, formatNumber } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { Contributions } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { useOpeningYear } from '../finance/use-finance-years';
import { KeyForm } from './key-form';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => String(thisYear + 2 - i));

/** Each member's basis as the letter states it: inhabitants 16–64 or the agreed percentage. */
function useBasis(view: Contributions) {
  const { t } = useTranslation();
  return (memberId: string) => {
    const region = view.regions.find((r) => r.id === memberId);
    if (region)
      return region.percent === null
        ? t('contributions.equal')
        : t('contributions.agreedPercent', { percent: formatNumber(region.percent) });
    const kommun = view.kommuner.find((k) => k.id === memberId)!;
    return view.key.kind === 'inhabitants'
      ? t('contributions.inhabitantsOf', { number: formatNumber(kommun.inhabitants16to64) })
      : t('contributions.agreedPercent', { percent: formatNumber(kommun.percent) });
  };
}

function ContributionTable({ view, table }: { view: Contributions; table: Contributions['tables'][number] }) {
  const { t } = useTranslation();
  const basis = useBasis(view);
  const id = `table-${table.basis}`;
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {t(`contributions.tableOn.${table.basis}`, { amount: formatKronor(table.stateAmount) })}
      </Heading>
      <Table data-testid={id}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('contributions.member')}</Table.HeaderCell>
            <Table.HeaderCell>{t('contributions.basis')}</Table.HeaderCell>
            <Table.HeaderCell className="nowrap">{t('contributions.share')}</Table.HeaderCell>
            <Table.HeaderCell className="nowrap">{t('contributions.amount')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {table.rows.map((r) => (
            <Table.Row key={r.memberId}>
              <Table.Cell>{r.name}</Table.Cell>
              <Table.Cell>{basis(r.memberId)}</Table.Cell>
              <Table.Cell className="nowrap">{formatNumber(Math.round(r.share * 10_000) / 100)} %</Table.Cell>
              <Table.Cell className="nowrap">{formatKronor(r.amount)}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.Cell colSpan={3}>{t('contributions.regionTotal')}</Table.Cell>
            <Table.Cell className="nowrap">{formatKronor(table.regionTotal)}</Table.Cell>
          </Table.Row>
          <Table.Row>
            <Table.Cell colSpan={3}>{t('contributions.kommunTotal')}</Table.Cell>
            <Table.Cell className="nowrap">{formatKronor(table.kommunTotal)}</Table.Cell>
          </Table.Row>
          <Table.Row>
            <Table.Cell colSpan={3}>{t('contributions.total')}</Table.Cell>
            <Table.Cell className="nowrap">{formatKronor(table.total)}</Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
    </section>
  );
}

/** Member contributions per year (issue 16 §3): the state amounts, the key, the tables, the letter. */
export function ContributionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('contributions.title'));
  const can = useCan();
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const opening = useOpeningYear(associationId, 'contributions');
  const [chosen, setYear] = useState<string | null>(null);
  const year = chosen ?? opening ?? String(thisYear + 1);
  const path = `/associations/${associationId}/contributions/${year}`;
  const view = useQuery({
    queryKey: ['contributions', associationId, year],
    queryFn: () => get<Contributions>(path),
    enabled: opening !== null,
  });
  const v = view.data;
  const requested = v?.tables.some((tb) => tb.basis === 'requested');
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('contributions.title')}
        {v ? ` – ${v.associationName}` : ''}
      </Heading>
      <Paragraph>{t('contributions.intro')}</Paragraph>
      <div className="row">
        <SelectField
          form="contributions"
          errors={[]}
          name="year"
          label={t('contributions.year')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
      </div>
      {view.isLoading && <Spinner aria-label={t('common.loading')} />}
      {view.error && <StatusMessage kind="danger">{view.error.message}</StatusMessage>}
      {v && (
        <>
          <section className="stack" aria-labelledby="state-money">
            <Heading level={2} data-size="sm" id="state-money">
              {t('contributions.stateMoney', { year })}
            </Heading>
            <dl className="summary-facts">
              {(['offered', 'requested', 'granted'] as const).map((k) => (
                <div key={k}>
                  <dt>{t(`contributions.money.${k}`)}</dt>
                  <dd>{formatKronor(v.stateMoney?.[k])}</dd>
                </div>
              ))}
            </dl>
            <Paragraph data-size="sm">
              {t('contributions.stateMoneySource')}{' '}
              <Link asChild>
                <RouterLink to={`/forbund/${associationId}/ekonomi` as never}>
                  {t('contributions.toFinance')}
                </RouterLink>
              </Link>
            </Paragraph>
          </section>
          {v.problems.length > 0 && (
            <StatusMessage kind="warning">
              {t('contributions.problemsHeading')}: {v.problems.join(' ')}
            </StatusMessage>
          )}
          {v.tables.length > 0 && (
            <nav aria-label={t('contributions.downloads')}>
              <List.Unordered className="plain-list row">
                {requested && (
                  <List.Item>
                    <Link href={`/api/v1${path}${query({ format: 'pdf' })}`}>{t('contributions.letter')}</Link>
                  </List.Item>
                )}
                <List.Item>
                  <Link href={`/api/v1${path}${query({ format: 'xlsx' })}`}>{t('contributions.xlsx')}</Link>
                </List.Item>
              </List.Unordered>
            </nav>
          )}
          {v.tables.map((tb) => (
            <ContributionTable key={tb.basis} view={v} table={tb} />
          ))}
          <KeyForm key={year} view={v} path={path} readOnly={!can('finance.manage', associationId)} />
        </>
      )}
    </div>
  );
}
