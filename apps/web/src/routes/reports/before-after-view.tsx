import { useMemo, useState } from 'react';
import { Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProtectionNote } from './protection-note';
import {
  beforeAfterChartOption,
  categoryChartHeight,
  formatShare,
  OUTCOME_COLUMNS,
  suppressedText,
  type BeforeAfterRow,
  type OutcomeCell,
  type OutcomeColumn,
} from '@insikt/core';
import { get, query } from '../../lib/api';
import { Chart } from '../../lib/chart';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import type { BeforeAfterGroup, BeforeAfterReport } from '../../lib/types';

type Group = BeforeAfterGroup;
type Report = BeforeAfterReport;
type Kind = 'support' | 'occupation';

/** "12 (34 %)" for one column, each part "<5" or ".." where hidden; paths as in the API's suppressionReasons. */
function countAndShare(
  group: Group,
  paths: { count: string; share: string },
  count: OutcomeCell,
  share: OutcomeCell,
  column: OutcomeColumn,
) {
  const text = (path: string, format: () => string) => {
    const reason = group.suppressionReasons?.[`${path}.${column}`];
    return reason ? suppressedText(reason) : format();
  };
  return `${text(paths.count, () => String(count[column] ?? 0))} (${text(paths.share, () => formatShare(share[column]))})`;
}

/**
 * The before/after report (participant-data.md §3): support and occupation before start and at
 * exit per gender as tables and a chart, and the cross-table for a chosen support before.
 */
export function BeforeAfterView({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const { data, isLoading, error } = useQuery({
    queryKey: ['report-before-after', params],
    queryFn: () => get<Report>(`/reports/before-after${query(params)}`),
  });
  const [groupKey, setGroupKey] = useState<string>();
  if (isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  if (!data || data.groups.length === 0) return <Paragraph>{t('report.empty')}</Paragraph>;
  const group = data.groups.find((g) => g.key === groupKey) ?? data.groups[0]!;
  return (
    <div className="stack">
      <Paragraph data-size="sm">{t('report.beforeAfter.intro')}</Paragraph>
      {data.suppressed && <ProtectionNote />}
      {data.groups.length > 1 && (
        <SelectField
          form="before-after"
          errors={[]}
          name="group"
          label={t('report.beforeAfter.group')}
          value={group.key}
          onChange={setGroupKey}
          options={data.groups.map((g) => ({ value: g.key, label: g.label }))}
        />
      )}
      <BeforeAfterTable group={group} kind="support" />
      <SupportChart group={group} />
      <BeforeAfterTable group={group} kind="occupation" />
      <Transitions key={group.key} group={group} />
    </div>
  );
}

function SupportChart({ group }: { group: Group }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      beforeAfterChartOption(group.support, 'total', {
        description: t('report.beforeAfter.chartDescription'),
        code: (code) => t(`codes.support.${code}`),
        before: t('report.beforeAfter.before'),
        after: t('report.beforeAfter.after'),
      }),
    [group, t],
  );
  if (group.support.length === 0) return null;
  const height = categoryChartHeight(group.support.map((row) => t(`codes.support.${row.code}`)));
  return <Chart option={option} caption={t('report.beforeAfter.chart')} height={height} />;
}

function BeforeAfterTable({ group, kind }: { group: Group; kind: Kind }) {
  const { t } = useTranslation();
  if (group[kind].length === 0) return null;
  const cells = (row: BeforeAfterRow, when: 'before' | 'after') =>
    OUTCOME_COLUMNS.map((c) => (
      <Table.Cell key={`${when}-${c}`} className="nowrap" style={{ textAlign: 'right' }}>
        {countAndShare(
          group,
          { count: `${kind}.${row.code}.${when}`, share: `${kind}.${row.code}.${when}Share` },
          row[when],
          row[`${when}Share`],
          c,
        )}
      </Table.Cell>
    ));
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" border>
        <caption>{kind === 'support' ? t('report.beforeAfter.support') : t('report.beforeAfter.occupation')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell rowSpan={2}>{t(`report.beforeAfter.${kind}Code`)}</Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('report.beforeAfter.before')}
            </Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('report.beforeAfter.after')}
            </Table.HeaderCell>
          </Table.Row>
          <Table.Row>
            {[0, 1].flatMap((i) =>
              OUTCOME_COLUMNS.map((c) => (
                <Table.HeaderCell key={`${i}-${c}`} scope="col">
                  {t(`report.columns.${c}`)}
                </Table.HeaderCell>
              )),
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {group[kind].map((row) => (
            <Table.Row key={row.code}>
              <Table.HeaderCell scope="row">{t(`codes.${kind}.${row.code}`)}</Table.HeaderCell>
              {cells(row, 'before')}
              {cells(row, 'after')}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** "Support after, for a chosen support before": where those who had it ended up. */
function Transitions({ group }: { group: Group }) {
  const { t } = useTranslation();
  const [before, setBefore] = useState(group.support.find((r) => (r.before.total ?? 1) > 0)?.code ?? '');
  const rows = group.transitions.filter((r) => r.before === before);
  const from = group.support.find((r) => r.code === before);
  return (
    <section className="stack" aria-labelledby="transitions-heading">
      <Heading level={2} data-size="xs" id="transitions-heading">
        {t('report.beforeAfter.transitions')}
      </Heading>
      <SelectField
        form="before-after"
        errors={[]}
        name="before"
        label={t('report.beforeAfter.chooseBefore')}
        value={before}
        onChange={setBefore}
        options={group.support
          .filter((r) => r.before.total !== 0)
          .map((r) => ({ value: r.code, label: t(`codes.support.${r.code}`) }))}
      />
      {from && (
        <div className="table-wrap">
          <Table zebra data-size="sm" border>
            <caption>{t('report.beforeAfter.transitionsCaption', { code: t(`codes.support.${before}`) })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('report.beforeAfter.supportAfter')}</Table.HeaderCell>
                {OUTCOME_COLUMNS.map((c) => (
                  <Table.HeaderCell key={c}>{t(`report.columns.${c}`)}</Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.after}>
                  <Table.HeaderCell scope="row">{t(`codes.support.${row.after}`)}</Table.HeaderCell>
                  {OUTCOME_COLUMNS.map((c) => (
                    <Table.Cell key={c} className="nowrap" style={{ textAlign: 'right' }}>
                      {countAndShare(
                        group,
                        {
                          count: `transitions.${row.before}>${row.after}.count`,
                          share: `transitions.${row.before}>${row.after}.share`,
                        },
                        row.count,
                        row.share,
                        c,
                      )}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
