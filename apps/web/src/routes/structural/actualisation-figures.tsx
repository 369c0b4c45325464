import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ACTUALISATION_DECISIONS, attendanceChartHeight, attendanceChartOption } from '@insikt/core';
import { Chart } from '../../lib/chart';
import { formatNumber, formatPercent } from '../../lib/format';
import type { StructuralActivityReport } from '../../lib/types';

type Raised = StructuralActivityReport['actualisations'];
type Summary = Raised['total'];

/**
 * Aktualiseringar counted (issue 17 §2, seed 000's "antal individer som aktualiseras och andel som når
 * egenförsörjning"): per party and gender with a chart, and per year the decisions, the links and the
 * share self-supporting with its denominator. Counts come protected from the server where they must.
 */
export function ActualisationFigures({ raised, period }: { raised: Raised; period: string }) {
  const { t } = useTranslation();
  const count = (v: number | null) => (v === null ? t('structural.report.hidden') : formatNumber(v));
  const rows = [
    ...raised.years.map((y) => ({ label: `${y.year}`, summary: y.summary })),
    { label: t('structural.report.wholePeriod'), summary: raised.total },
  ];
  const bars = raised.total.byParty.map((p) => ({
    label: p.label,
    counts: { women: p.women, men: p.men, unknown: p.unknownGender, total: p.total },
  }));
  const title = t('structural.raised.byParty', { period });
  const outcome: { key: string; value: (s: Summary) => string }[] = [
    { key: 'raised', value: (s) => count(s.raised) },
    ...ACTUALISATION_DECISIONS.map((d) => ({
      key: `decision.${d}`,
      value: (s: Summary) => count(s.byDecision[d] ?? null),
    })),
    { key: 'linked', value: (s) => count(s.linked) },
    { key: 'ended', value: (s) => count(s.ended) },
    { key: 'endedKnown', value: (s) => count(s.endedKnown) },
    { key: 'selfSupporting', value: (s) => count(s.selfSupporting) },
    { key: 'share', value: (s) => formatPercent(s.selfSupportingShare) },
  ];
  const label = (key: string) =>
    key.startsWith('decision.')
      ? t('structural.raised.decisionRow', { decision: t(`structural.raised.decisions.${key.slice(9)}`) })
      : t(`structural.raised.rows.${key}`);
  return (
    <div className="stack">
      <Heading level={3} data-size="sm">
        {title}
      </Heading>
      <Paragraph data-size="sm">{t('structural.raised.definitions')}</Paragraph>
      {bars.length === 0 ? (
        <Paragraph>{t('structural.raised.none')}</Paragraph>
      ) : (
        <>
          <Chart
            option={attendanceChartOption(bars, {
              women: t('structural.genders.women'),
              men: t('structural.genders.men'),
              unknown: t('structural.genders.unknown'),
              description: title,
            })}
            caption={title}
            height={attendanceChartHeight(bars)}
          />
          <div className="table-wrap">
            <Table zebra>
              <caption className="visually-hidden">{title}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('structural.raised.party')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('structural.genders.women')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('structural.genders.men')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('structural.genders.unknown')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('structural.report.total')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {raised.total.byParty.map((p) => (
                  <Table.Row key={p.raisedBy}>
                    <Table.Cell>{p.label}</Table.Cell>
                    <Table.Cell>{count(p.women)}</Table.Cell>
                    <Table.Cell>{count(p.men)}</Table.Cell>
                    <Table.Cell>{count(p.unknownGender)}</Table.Cell>
                    <Table.Cell>{count(p.total)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      <Heading level={3} data-size="sm">
        {t('structural.raised.outcome')}
      </Heading>
      <div className="table-wrap">
        <Table zebra>
          <caption className="visually-hidden">{t('structural.raised.outcome')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('structural.raised.figure')}</Table.HeaderCell>
              {rows.map((r) => (
                <Table.HeaderCell key={r.label}>{r.label}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {outcome.map((o) => (
              <Table.Row key={o.key}>
                <Table.Cell>{label(o.key)}</Table.Cell>
                {rows.map((r) => (
                  <Table.Cell key={r.label}>{o.value(r.summary)}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
