import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table, Tabs, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  formatOutcomeValue,
  genderFlags,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  suppressedText,
  type OutcomeCells,
  type SuppressionReason,
  type OutcomeIndicatorId,
} from '@insikt/core';
import { get, query } from '../../lib/api';
import { SelectField, TextField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import { usePageTitle } from '../../lib/use-page-title';

interface Group {
  key: string;
  label: string;
  cells: OutcomeCells;
  suppressionReasons?: Record<string, SuppressionReason>;
}
interface Report {
  suppressed: boolean;
  groups: Group[];
}

const lastYear = new Date().getFullYear() - 1;

/** A cell as displayed: the figure, "<5" for a hidden small count, ".." for other hidden values. */
function display(group: Group, id: OutcomeIndicatorId, column: (typeof OUTCOME_COLUMNS)[number]) {
  const reason = group.suppressionReasons?.[`${id}.${column}`];
  if (reason) return suppressedText(reason);
  return formatOutcomeValue(id, group.cells[id][column]);
}

/** The SUS outcome report: table per grouping, and the gender-equality view. */
export function OutcomeReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('report.title'));
  const [draft, setDraft] = useState({ from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, groupBy: 'association' });
  const [params, setParams] = useState(draft);
  const [view, setView] = useState('table');
  const { data, isLoading, error } = useQuery({
    queryKey: ['report', params],
    queryFn: () => get<Report>(`/reports/outcome${query(params)}`),
  });

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('report.title')}
      </Heading>
      <Paragraph>{t('report.intro')}</Paragraph>
      <form className="row" onSubmit={(e) => (e.preventDefault(), setParams(draft))}>
        <TextField
          form="report"
          errors={[]}
          name="from"
          type="date"
          label={t('report.from')}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          form="report"
          errors={[]}
          name="to"
          type="date"
          label={t('report.to')}
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <SelectField
          form="report"
          errors={[]}
          name="groupBy"
          label={t('report.groupBy')}
          value={draft.groupBy}
          onChange={(groupBy) => setDraft({ ...draft, groupBy })}
          options={['intervention', 'association', 'county', 'national'].map((g) => ({
            value: g,
            label: t(`report.groupings.${g}`),
          }))}
        />
        <Button type="submit">{t('report.show')}</Button>
      </form>
      <Paragraph>
        <Link href={`/api/v1/reports/outcome${query({ ...params, format: 'xlsx' })}`}>{t('report.xlsx')}</Link> ·{' '}
        <Link href={`/api/v1/reports/outcome${query({ ...params, format: 'csv' })}`}>{t('report.csv')}</Link>
      </Paragraph>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data?.suppressed && <Paragraph data-size="sm">{t('report.suppressed')}</Paragraph>}
      {data && data.groups.length === 0 && <Paragraph>{t('report.empty')}</Paragraph>}
      {data && data.groups.length > 0 && (
        <Tabs value={view} onChange={setView}>
          <Tabs.List>
            <Tabs.Tab value="table">{t('report.views.table')}</Tabs.Tab>
            <Tabs.Tab value="gender">{t('report.views.gender')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="table">
            <OutcomeTable groups={data.groups} />
          </Tabs.Panel>
          <Tabs.Panel value="gender">
            <GenderView groups={data.groups} />
          </Tabs.Panel>
        </Tabs>
      )}
    </div>
  );
}

function OutcomeTable({ groups }: { groups: Group[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" border>
        <caption className="muted">{t('report.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell rowSpan={2}>{t('report.indicator')}</Table.HeaderCell>
            {groups.map((g) => (
              <Table.HeaderCell key={g.key} colSpan={3} scope="colgroup">
                {g.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
          <Table.Row>
            {groups.flatMap((g) =>
              OUTCOME_COLUMNS.map((c) => (
                <Table.HeaderCell key={`${g.key}-${c}`} scope="col">
                  {t(`report.columns.${c}`)}
                </Table.HeaderCell>
              )),
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {OUTCOME_INDICATORS.map(({ id, label }) => (
            <Table.Row key={id}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              {groups.flatMap((g) =>
                OUTCOME_COLUMNS.map((c) => (
                  <Table.Cell key={`${g.key}-${c}`} className="nowrap" style={{ textAlign: 'right' }}>
                    {display(g, id, c)}
                  </Table.Cell>
                )),
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Kvinnor and män side by side for every indicator, with uneven distribution and gaps flagged. */
function GenderView({ groups }: { groups: Group[] }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      {groups.map((g) => {
        const flags = genderFlags(g.cells);
        const flagged = new Set(flags.gaps.map((x) => x.indicator));
        return (
          <section key={g.key} className="stack" aria-labelledby={`gender-${g.key}`}>
            <Heading level={2} data-size="sm" id={`gender-${g.key}`}>
              {g.label}
            </Heading>
            {flags.unevenDistribution !== null && (
              <StatusMessage kind="warning">
                {t('report.uneven', { share: formatOutcomeValue('fordelning', flags.unevenDistribution) })}
              </StatusMessage>
            )}
            {flags.unevenDistribution === null && flags.gaps.length === 0 && (
              <Paragraph data-size="sm">{t('report.noFlags')}</Paragraph>
            )}
            <div className="table-wrap">
              <Table zebra data-size="sm">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('report.indicator')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('report.columns.kvinna')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('report.columns.man')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('report.difference')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {OUTCOME_INDICATORS.map(({ id, label, kind }) => {
                    const k = g.cells[id].kvinna;
                    const m = g.cells[id].man;
                    const diff =
                      kind === 'share' && k !== null && m !== null
                        ? t('report.points', { n: Math.round((m - k) * 100) })
                        : '';
                    return (
                      <Table.Row key={id}>
                        <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                        <Table.Cell>{display(g, id, 'kvinna')}</Table.Cell>
                        <Table.Cell>{display(g, id, 'man')}</Table.Cell>
                        <Table.Cell>
                          {diff} {flagged.has(id) && <Tag data-color="warning">{t('report.gap')}</Tag>}
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
