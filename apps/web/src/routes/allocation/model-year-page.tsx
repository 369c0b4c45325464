import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { allocationPaths } from './allocation-paths';
import { del, get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { formatDate, formatKronor, formatNumber, formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { AllocationModelYear } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { FileImportForm, ForbundRowForm, ParametersForm } from './model-year-forms';
import { ResultTable } from './result-table';

type Row = AllocationModelYear['forbund'][number];

/** One model year: its parameters, förbund with their guideline test, inputs per kommun and the result. */
export function ModelYearPage() {
  const { t } = useTranslation();
  const { year } = useParams({ strict: false }) as { year: string };
  usePageTitle(t('allocation.yearTitle', { year }));
  const can = useCan();
  const client = useQueryClient();
  const manage = can('allocation.manage');
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const data = useQuery({
    queryKey: ['allocation', 'year', year],
    queryFn: () => get<AllocationModelYear>(`/allocation/years/${year}`),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['allocation'] });
  if (data.error) return <StatusMessage kind="danger">{data.error.message}</StatusMessage>;
  if (!data.data) return null;
  const y = data.data;
  const guidelineText = (f: Row) => {
    const g = f.guidelineTest;
    if (!g) return t('allocation.guidelineNotTested');
    if (g.status === 'not-covered') return t('allocation.guidelineNotCovered');
    const text = t(`allocation.guidelineStatus.${g.status}`, {
      allowed: formatKronor(g.allowed),
      above: formatKronor(g.above),
    });
    return g.status === 'above' ? `${text} ${t('allocation.losesProtection')}` : text;
  };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('allocation.yearTitle', { year })}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={allocationPaths.home}>{t('allocation.back')}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph>
        {t('allocation.parametersText', {
          distributable: formatKronor(y.distributable),
          baseGrant: formatKronor(y.baseGrant),
          weight: formatPercent(y.supportMeasureWeight),
          rest: formatPercent(1 - y.supportMeasureWeight),
          limit: formatPercent(y.protectionLimit),
        })}{' '}
        {y.guideline
          ? t('allocation.guidelineInForce', { date: formatDate(y.guideline.decidedOn) })
          : t('allocation.noGuideline')}
      </Paragraph>
      {can('allocation.simulate') && (
        <div>
          <Button asChild>
            <RouterLink to={allocationPaths.newSimulation(year)}>{t('allocation.newSimulation')}</RouterLink>
          </Button>
        </div>
      )}

      <section className="stack" aria-labelledby="allocation-result">
        <Heading level={2} data-size="md" id="allocation-result">
          {t('allocation.result')}
        </Heading>
        {y.problems.map((p) => (
          <StatusMessage key={p} kind="warning">
            {p}
          </StatusMessage>
        ))}
        {y.result && (
          <>
            <ResultTable result={y.result} caption={t('allocation.resultCaption', { year })} />
            <nav aria-label={t('allocation.downloads')}>
              <ul className="plain-list row">
                <li>
                  <Link href={`/api/v1/allocation/years/${year}?format=pdf`}>{t('allocation.pdf')}</Link>
                </li>
                <li>
                  <Link href={`/api/v1/allocation/years/${year}?format=xlsx`}>{t('allocation.xlsx')}</Link>
                </li>
              </ul>
            </nav>
          </>
        )}
      </section>

      <section className="stack" aria-labelledby="allocation-forbund">
        <Heading level={2} data-size="md" id="allocation-forbund">
          {t('allocation.forbundList')}
        </Heading>
        <Paragraph data-size="sm">{t('allocation.forbundListIntro')}</Paragraph>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('allocation.forbundCaption', { year })}>
          <Table zebra data-size="sm" border>
            <caption>{t('allocation.forbundCaption', { year })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('allocation.forbund')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.kommuner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.previous')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.requested')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.equity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.income')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.guidelineTest')}</Table.HeaderCell>
                {manage && <Table.HeaderCell>{t('allocation.changeColumn')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {y.forbund.map((f) => (
                <Table.Row key={f.id}>
                  <Table.HeaderCell scope="row">
                    {f.name} {f.associationId && <Tag data-size="sm">{t('allocation.inInsikt')}</Tag>}
                  </Table.HeaderCell>
                  <Table.Cell>{f.municipalityCodes.length}</Table.Cell>
                  <Table.Cell className="nowrap">{formatKronor(f.previousAllocation)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {f.requested === null ? t('allocation.wholeOffer') : formatKronor(f.requested)}
                  </Table.Cell>
                  <Table.Cell className="nowrap">{formatKronor(f.guidelineFigures.equity)}</Table.Cell>
                  <Table.Cell className="nowrap">{formatKronor(f.guidelineFigures.income)}</Table.Cell>
                  <Table.Cell>
                    {guidelineText(f)}
                    {f.guidelineFigures.accountsYear !== null &&
                      ` (${t('allocation.fromAccounts', { year: f.guidelineFigures.accountsYear })})`}
                  </Table.Cell>
                  {manage && (
                    <Table.Cell>
                      <div className="row">
                        <Button variant="secondary" data-size="sm" onClick={() => setEditing(f)}>
                          {t('allocation.edit', { name: f.name })}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() =>
                            void del(`/allocation/years/${year}/forbund/${f.id}?version=${f.version}`).then(refresh)
                          }
                        >
                          {t('allocation.remove', { name: f.name })}
                        </Button>
                      </div>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        {manage && (
          <div>
            <Button variant="secondary" onClick={() => setEditing('new')}>
              {t('allocation.addForbund')}
            </Button>
          </div>
        )}
        {manage && editing && (
          <ForbundRowForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            year={y.year}
            row={editing === 'new' ? null : editing}
            onSaved={async () => {
              await refresh();
              setEditing(null);
            }}
          />
        )}
        {manage && <FileImportForm year={y.year} kind="forbund/import" onImported={refresh} />}
      </section>

      <section className="stack" aria-labelledby="allocation-kommuner">
        <Heading level={2} data-size="md" id="allocation-kommuner">
          {t('allocation.kommunInputs')}
        </Heading>
        <Paragraph data-size="sm">{t('allocation.kommunInputsCount', { count: y.kommunInputs.length })}</Paragraph>
        {y.kommunInputs.length > 0 && (
          <details>
            <summary>{t('allocation.showKommunInputs')}</summary>
            <div className="table-wrap">
              <Table zebra data-size="sm" border>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('allocation.kommun')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('allocation.supportMeasure')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('allocation.inhabitants')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {y.kommunInputs.map((k) => (
                    <Table.Row key={k.municipalityCode}>
                      <Table.HeaderCell scope="row">
                        {k.name} ({k.municipalityCode})
                      </Table.HeaderCell>
                      <Table.Cell className="nowrap">{formatKronor(k.supportMeasure)}</Table.Cell>
                      <Table.Cell className="nowrap">{formatNumber(k.inhabitants16to64)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </details>
        )}
        {manage && <FileImportForm year={y.year} kind="kommun-inputs" onImported={refresh} />}
      </section>
      {manage && <ParametersForm key={y.version} year={y} onSaved={refresh} />}
    </div>
  );
}
