import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  anyReportProtected,
  formatShare,
  FOLLOW_UP_ROWS,
  OUTCOME_COLUMNS,
  suppressedText,
  type OutcomeCell,
} from '@insikt/core';
import { get, query } from '../../lib/api';
import { useMe } from '../../lib/auth';
import type { FollowUpReport } from '../../lib/types';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import { GroupColumnsHead } from '../reports/group-columns-head';
import { usePageTitle } from '../../lib/use-page-title';
import { PeriodPicker } from '../reports/period-picker';
import { ProtectionNote } from '../reports/protection-note';

const lastYear = new Date().getFullYear() - 1;
const number = new Intl.NumberFormat('sv-SE');

/** The follow-up report: at exit, 6 and 12 months after, Totalt/Kvinnor/Män per insats or förbund. */
export function FollowUpReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('followUps.report.title'));
  const { data: me } = useMe();
  const exact = !!me && !anyReportProtected(me.roles);
  const nationalOnly = !!me && me.roles.every((r) => r.role === 'national_reader');
  const [draft, setDraft] = useState({ from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, groupBy: 'association' });
  const [params, setParams] = useState(draft);
  const { data, isLoading, error } = useQuery({
    queryKey: ['follow-up-report', params],
    queryFn: () => get<FollowUpReport>(`/reports/follow-up${query(params)}`),
  });
  const shown = (group: FollowUpReport['groups'][number], id: string, column: string, share: boolean) => {
    const reason = group.suppressionReasons?.[`${id}.${column}`];
    if (reason) return suppressedText(reason);
    const value = group.cells[id]?.[column as keyof OutcomeCell] ?? null;
    if (value === null) return '–';
    return share ? formatShare(value) : number.format(value);
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('followUps.report.title')}
      </Heading>
      <form className="row" onSubmit={(e) => (e.preventDefault(), setParams(draft))}>
        <PeriodPicker value={draft} allowCustom={exact} onChange={(period) => setDraft({ ...draft, ...period })} />
        <SelectField
          form="report"
          errors={[]}
          name="groupBy"
          label={t('report.groupBy')}
          value={draft.groupBy}
          onChange={(groupBy) => setDraft({ ...draft, groupBy })}
          options={(nationalOnly ? ['association'] : ['intervention', 'association']).map((g) => ({
            value: g,
            label: t(`report.groupings.${g}`),
          }))}
        />
        <Button type="submit">{t('report.show')}</Button>
      </form>
      <Paragraph>
        <Link href={`/api/v1/reports/follow-up${query({ ...params, format: 'xlsx' })}`}>{t('report.xlsxOne')}</Link> ·{' '}
        <Link href={`/api/v1/reports/follow-up${query({ ...params, format: 'csv' })}`}>{t('report.csv')}</Link>
      </Paragraph>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data && <Paragraph data-size="sm">{t('followUps.report.intro', { today: data.today })}</Paragraph>}
      {data?.suppressed && <ProtectionNote />}
      {data && data.groups.length === 0 && <Paragraph>{t('followUps.report.empty')}</Paragraph>}
      {data && data.groups.length > 0 && (
        <div className="table-wrap">
          <Table zebra data-size="sm" border>
            <caption className="muted">{t('followUps.report.title')}</caption>
            <GroupColumnsHead first={t('followUps.report.measure')} groups={data.groups} />
            <Table.Body>
              {FOLLOW_UP_ROWS.flatMap((row, i) => {
                const [point, measure] = row.id.split('.') as [string, string];
                const heading =
                  i === 0 || FOLLOW_UP_ROWS[i - 1]!.point !== row.point ? (
                    <Table.Row key={point}>
                      <Table.HeaderCell scope="rowgroup" colSpan={1 + data.groups.length * 3}>
                        {t(`followUps.points.${point}`)}
                      </Table.HeaderCell>
                    </Table.Row>
                  ) : null;
                return [
                  heading,
                  <Table.Row key={row.id}>
                    <Table.HeaderCell scope="row">{t(`followUps.rows.${measure}`)}</Table.HeaderCell>
                    {data.groups.flatMap((g) =>
                      OUTCOME_COLUMNS.map((c) => (
                        <Table.Cell key={`${g.key}-${c}`} className="nowrap" style={{ textAlign: 'right' }}>
                          {shown(g, row.id, c, row.kind === 'share')}
                        </Table.Cell>
                      )),
                    )}
                  </Table.Row>,
                ];
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
