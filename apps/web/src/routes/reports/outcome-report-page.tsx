import { useState } from 'react';
import { Button, Checkbox, Heading, Link, Paragraph, Spinner, Tabs } from '@digdir/designsystemet-react';
import { anyReportProtected, calendarPeriodKind } from '@insikt/core';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ProtectionNote } from './protection-note';
import { get, query } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import { usePageTitle } from '../../lib/use-page-title';
import { BeforeAfterView } from './before-after-view';
import { GenderView } from './gender-view';
import { OutcomeTable } from './outcome-table';
import { PeriodPicker } from './period-picker';
import { TrendView } from './trend-view';
import type { OutcomeReport } from './report-types';

const lastYear = new Date().getFullYear() - 1;

// Län and riket beside a förbund's own figures hold other förbund's: whole calendar periods only.
const COMPARING = ['county', 'national'];
const wholeYearOf = (from: string) => ({ from: `${from.slice(0, 4)}-01-01`, to: `${from.slice(0, 4)}-12-31` });

/** The SUS outcome report: table per grouping, the gender-equality view and the before/after report. */
export function OutcomeReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('report.title'));
  const { data: me } = useMe();
  // Users without personal-data access see protected figures, for whole calendar periods only.
  const exact = !!me && !anyReportProtected(me.roles);
  const nationalOnly = !!me && me.roles.every((r) => r.role === 'national_reader');
  const [draft, setDraft] = useState({
    from: `${lastYear}-01-01`,
    to: `${lastYear}-12-31`,
    groupBy: 'association',
    suppress: 'false',
  });
  const [params, setParams] = useState(draft);
  const [view, setView] = useState('table');
  const { data, isLoading, error } = useQuery({
    queryKey: ['report', params],
    queryFn: () => get<OutcomeReport>(`/reports/outcome${query(params)}`),
  });

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('report.title')}
      </Heading>
      <Paragraph>{t('report.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={'/rapporter/uppfoljning' as never}>{t('followUps.report.link')}</RouterLink>
        </Link>
      </Paragraph>
      <form className="row" onSubmit={(e) => (e.preventDefault(), setParams(draft))}>
        <PeriodPicker
          value={draft}
          allowCustom={exact && draft.suppress !== 'true' && !COMPARING.includes(draft.groupBy)}
          onChange={(period) => setDraft({ ...draft, ...period })}
        />
        <SelectField
          form="report"
          errors={[]}
          name="groupBy"
          label={t('report.groupBy')}
          value={draft.groupBy}
          onChange={(groupBy) =>
            setDraft({
              ...draft,
              groupBy,
              // A comparison with the län and riket covers a whole calendar period: keep the year of a free period.
              ...(COMPARING.includes(groupBy) && !calendarPeriodKind(draft.from, draft.to)
                ? wholeYearOf(draft.from)
                : {}),
            })
          }
          // The national reader sees förbund, län and riket, never one insats (the server refuses it).
          options={(nationalOnly
            ? ['association', 'county', 'national']
            : ['intervention', 'association', 'county', 'national']
          ).map((g) => ({
            value: g,
            label: t(`report.groupings.${g}`),
          }))}
        />
        {exact && (
          <Checkbox
            label={t('report.publish')}
            description={t('report.publishHelp')}
            checked={draft.suppress === 'true'}
            onChange={(e) =>
              setDraft({
                ...draft,
                suppress: String(e.target.checked),
                // A publication covers a whole calendar period: keep the year of a free period.
                ...(e.target.checked ? wholeYearOf(draft.from) : {}),
              })
            }
          />
        )}
        <Button type="submit">{t('report.show')}</Button>
      </form>
      <Paragraph>
        <Link href={`/api/v1/reports/outcome${query({ ...params, format: 'xlsx' })}`}>{t('report.xlsx')}</Link> ·{' '}
        <Link href={`/api/v1/reports/outcome${query({ ...params, format: 'csv' })}`}>{t('report.csv')}</Link> ·{' '}
        <Link href={`/api/v1/reports/outcome${query({ ...params, format: 'pdf' })}`}>{t('report.pdf')}</Link>
      </Paragraph>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data?.suppressed && <ProtectionNote />}
      {data?.groups.some((g) => g.protected) && data.groups.some((g) => !g.protected) && (
        <Paragraph data-size="sm">{t('report.comparisonNote')}</Paragraph>
      )}
      {data && data.groups.length === 0 && <Paragraph>{t('report.empty')}</Paragraph>}
      {data && data.groups.length > 0 && (
        <Tabs value={view} onChange={setView}>
          <Tabs.List>
            <Tabs.Tab value="table">{t('report.views.table')}</Tabs.Tab>
            <Tabs.Tab value="gender">{t('report.views.gender')}</Tabs.Tab>
            <Tabs.Tab value="beforeAfter">{t('report.views.beforeAfter')}</Tabs.Tab>
            <Tabs.Tab value="trend">{t('report.views.trend')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="table">
            <OutcomeTable groups={data.groups} />
          </Tabs.Panel>
          <Tabs.Panel value="gender">
            <GenderView groups={data.groups} />
          </Tabs.Panel>
          <Tabs.Panel value="beforeAfter">{view === 'beforeAfter' && <BeforeAfterView params={params} />}</Tabs.Panel>
          <Tabs.Panel value="trend">{view === 'trend' && <TrendView params={params} />}</Tabs.Panel>
        </Tabs>
      )}
    </div>
  );
}
