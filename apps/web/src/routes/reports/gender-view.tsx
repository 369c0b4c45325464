import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import {
  categoryChartHeight,
  formatOutcomeValue,
  genderFlags,
  genderShareChartOption,
  OUTCOME_INDICATORS,
} from '@insikt/core';
import { Chart } from '../../lib/chart';
import { StatusMessage } from '../../lib/status-message';
import { display, type OutcomeGroup } from './report-types';

/** Kvinnor and män side by side for every indicator, with uneven distribution and gaps flagged. */
export function GenderView({ groups }: { groups: OutcomeGroup[] }) {
  const { t } = useTranslation();
  const chart = useMemo(
    () =>
      genderShareChartOption(
        groups.map((g) => ({
          label: g.label,
          kvinna: g.cells.andel_forvarvsarbete.kvinna,
          man: g.cells.andel_forvarvsarbete.man,
        })),
        {
          description: t('report.workChartDescription'),
          kvinna: t('report.columns.kvinna'),
          man: t('report.columns.man'),
        },
      ),
    [groups, t],
  );
  return (
    <div className="stack">
      <Chart option={chart} caption={t('report.workChart')} height={categoryChartHeight(groups.map((g) => g.label))} />
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
