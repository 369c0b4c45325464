import { useMemo, useState } from 'react';
import { Card, Heading, Link, List, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { barrierChartOption, categoryChartHeight, IMPLEMENTATION_OUTCOMES } from '@insikt/core';
import { get, query } from '../../lib/api';
import { Chart } from '../../lib/chart';
import { SelectField } from '../../lib/fields';
import { formatNumber, formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { ImplementationBoard } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 15 }, (_, i) => String(thisYear - i));

/** The board's view of implementation: of the insatser that ended, how many live on in ordinary services. */
export function ImplementationBoardPage() {
  const { t } = useTranslation();
  usePageTitle(t('implementation.boardTitle'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const [fromYear, setFromYear] = useState(String(thisYear - 4));
  const [toYear, setToYear] = useState(String(thisYear));
  const params = { from: `${fromYear}-01-01`, to: `${toYear}-12-31` };
  const path = `/associations/${associationId}/implementation`;
  const { data, error, isLoading } = useQuery({
    queryKey: ['implementation-board', associationId, params.from, params.to],
    queryFn: () => get<ImplementationBoard>(`${path}${query(params)}`),
  });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('implementation.boardTitle')}
      </Heading>
      <Paragraph>{t('implementation.boardIntro')}</Paragraph>
      <div className="row">
        <SelectField
          form="implementation-board"
          errors={[]}
          name="fromYear"
          label={t('implementation.fromYear')}
          value={fromYear}
          onChange={setFromYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          form="implementation-board"
          errors={[]}
          name="toYear"
          label={t('implementation.toYear')}
          value={toYear}
          onChange={setToYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
      </div>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data && <BoardFigures board={data} associationId={associationId} />}
      {data && (
        <Paragraph>
          <Link href={`/api/v1${path}${query({ ...params, format: 'xlsx' })}`}>{t('implementation.xlsx')}</Link>
        </Paragraph>
      )}
    </div>
  );
}

function BoardFigures({ board, associationId }: { board: ImplementationBoard; associationId: string }) {
  const { t } = useTranslation();
  const { summary } = board;
  const barriers = useMemo(
    () => summary.barriers.map((b) => ({ label: t(`implementation.codes.barrier.${b.barrier}`), count: b.count })),
    [summary.barriers, t],
  );
  const chart = useMemo(
    () =>
      barrierChartOption(barriers, {
        description: t('implementation.barrierChartDescription'),
        count: t('implementation.countInsatser'),
      }),
    [barriers, t],
  );
  if (summary.ended === 0) return <Paragraph>{t('implementation.noneEnded')}</Paragraph>;
  const months = summary.monthsToDecision;
  const insatsLink = (id: string, name: string) => (
    <Link asChild>
      <RouterLink to={`/forbund/${associationId}/insatser/${id}` as never}>{name}</RouterLink>
    </Link>
  );
  return (
    <div className="stack">
      <Card data-color="warning">
        <Heading level={2} data-size="sm">
          {t('implementation.successfulNotImplemented')}
        </Heading>
        <Paragraph data-size="lg">
          <strong>
            {t('implementation.successfulNotImplementedOf', {
              n: summary.successfulNotImplemented.length,
              total: summary.successful,
            })}
          </strong>
        </Paragraph>
        {summary.successfulNotImplemented.length === 0 ? (
          <Paragraph>{t('implementation.successfulNone')}</Paragraph>
        ) : (
          <List.Unordered>
            {summary.successfulNotImplemented.map((s) => (
              <List.Item key={s.id}>
                {insatsLink(s.id, s.name)} ({s.endDate}): {t(`implementation.codes.outcome.${s.outcome}`)}
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </Card>
      <dl className="summary-facts">
        <Fact term={t('implementation.ended')} value={String(summary.ended)} />
        <Fact
          term={t('implementation.rateOfKnown')}
          value={formatPercent(summary.rateOfKnown)}
          help={t('implementation.rateOfKnownHelp')}
        />
        <Fact
          term={t('implementation.rateOfEnded')}
          value={formatPercent(summary.rateOfEnded)}
          help={t('implementation.rateOfEndedHelp')}
        />
        <Fact
          term={t('implementation.monthsToDecision')}
          value={
            months
              ? t('implementation.monthsToDecisionValue', {
                  ...months,
                  median: formatNumber(months.median),
                  min: formatNumber(months.min),
                  max: formatNumber(months.max),
                })
              : '–'
          }
          help={t('implementation.monthsHelp')}
        />
      </dl>
      <div className="table-wrap">
        <Table zebra data-size="sm">
          <caption>{t('implementation.outcomesTitle')}</caption>
          <Table.Body>
            {IMPLEMENTATION_OUTCOMES.map((o) => (
              <Table.Row key={o}>
                <Table.HeaderCell scope="row">{t(`implementation.codes.outcome.${o}`)}</Table.HeaderCell>
                <Table.Cell>{summary.outcomes[o]}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {barriers.length === 0 ? (
        <Paragraph>{t('implementation.noBarriers')}</Paragraph>
      ) : (
        <>
          <Chart
            option={chart}
            caption={t('implementation.barrierChart')}
            height={categoryChartHeight(
              barriers.map((b) => b.label),
              1,
            )}
          />
          <div className="table-wrap">
            <Table zebra data-size="sm">
              <caption>{t('implementation.barrierChart')}</caption>
              <Table.Body>
                {barriers.map((b) => (
                  <Table.Row key={b.label}>
                    <Table.HeaderCell scope="row">{b.label}</Table.HeaderCell>
                    <Table.Cell>{b.count}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      <div className="table-wrap">
        <Table zebra data-size="sm">
          <caption>{t('implementation.endedTable')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('implementation.insats')}</Table.HeaderCell>
              <Table.HeaderCell>{t('implementation.endDate')}</Table.HeaderCell>
              <Table.HeaderCell>{t('implementation.outcome')}</Table.HeaderCell>
              <Table.HeaderCell>{t('implementation.goalsMet')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {board.interventions.map((i) => (
              <Table.Row key={i.id}>
                <Table.Cell>{insatsLink(i.id, i.name)}</Table.Cell>
                <Table.Cell className="nowrap">{i.endDate}</Table.Cell>
                <Table.Cell>{t(`implementation.codes.outcome.${i.outcome}`)}</Table.Cell>
                <Table.Cell>
                  {i.goalsMet === null
                    ? t('implementation.notMeasured')
                    : i.goalsMet
                      ? t('implementation.yes')
                      : t('implementation.no')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}

function Fact({ term, value, help }: { term: string; value: string; help?: string }) {
  return (
    <div>
      <dt>
        <strong>{term}</strong>
      </dt>
      <dd>
        {value}
        {help && (
          <>
            <br />
            <span className="muted">{help}</span>
          </>
        )}
      </dd>
    </div>
  );
}
