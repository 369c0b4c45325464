import { useMemo } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  actorBarChartOption,
  assumptionsSv,
  cumulativeByMonth,
  cumulativeChartOption,
  ECONOMIC_ACTORS,
  type ActorResult,
  type SocioeconomicInput,
} from '@insikt/core';
import { Chart } from '../../lib/chart';
import { formatKronor, formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import { CHART_ACTORS, type AnalysisCost, type SocioeconomicReport } from './types';

const right = { textAlign: 'right' } as const;

export function usePaybackText() {
  const { t } = useTranslation();
  return (r: Pick<ActorResult, 'paybackMonths' | 'paybackStatus'>) =>
    r.paybackStatus === 'reached'
      ? t('socioeconomic.months', { n: r.paybackMonths })
      : t(`socioeconomic.payback.${r.paybackStatus}`);
}

/**
 * The result page a board member understands: the key figures in a sentence, the table per actor,
 * cumulative gain against cost over 60 months, the gain per actor, the sensitivity table, women
 * and men, and the assumptions in plain Swedish.
 */
export function ResultView({
  report,
  input,
  cost,
}: {
  report: SocioeconomicReport;
  input: SocioeconomicInput;
  cost: AnalysisCost;
}) {
  const { t } = useTranslation();
  const payback = usePaybackText();
  const society = report.actors.samhallet;
  const actorLabel = (a: string) => t(`codes.actor.${a}`);
  const cumulative = useMemo(
    () =>
      cumulativeChartOption(
        CHART_ACTORS.map((a) => ({
          name: actorLabel(a),
          values: cumulativeByMonth(report.actors[a], input.persistence, input.discountRate),
        })),
        { description: t('socioeconomic.cumulativeDescription'), month: t('socioeconomic.monthsAfter') },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [report, input, t],
  );
  const bars = useMemo(
    () =>
      actorBarChartOption(
        CHART_ACTORS.map((a) => ({ label: actorLabel(a), value: report.actors[a].perParticipant.annualGain })),
        { description: t('socioeconomic.barsDescription'), series: t('socioeconomic.annualGain') },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [report, t],
  );
  const assumptions = assumptionsSv(input, {
    priceList: `${report.priceList.name}${report.priceList.year ? `, ${report.priceList.year}` : ''}`,
    isExample: report.priceList.isExample,
    costSource: t(`socioeconomic.costSource.${cost.source}`),
    participants: report.participants,
  });

  return (
    <div className="stack">
      {report.priceList.isExample && <StatusMessage kind="warning">{t('socioeconomic.exampleWarning')}</StatusMessage>}
      <Paragraph>
        {t('socioeconomic.summary', {
          gain: formatKronor(society.perParticipant.annualGain),
          payback: payback(society),
          net1: formatKronor(society.total.netBenefit1),
          net5: formatKronor(society.total.netBenefit5),
          n: report.participants,
          effectiveness: formatPercent(report.effectiveness),
        })}
      </Paragraph>
      <div className="table-wrap">
        <Table zebra data-size="sm" border>
          <caption>{t('socioeconomic.perActor')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('socioeconomic.actor')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.annualGain')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.net1')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.net5')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.paybackTime')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.costShare')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {ECONOMIC_ACTORS.map((a) => {
              const r = report.actors[a];
              return (
                <Table.Row key={a}>
                  <Table.HeaderCell scope="row">{actorLabel(a)}</Table.HeaderCell>
                  <Table.Cell style={right}>{formatKronor(r.perParticipant.annualGain)}</Table.Cell>
                  <Table.Cell style={right}>{formatKronor(r.perParticipant.netBenefit1)}</Table.Cell>
                  <Table.Cell style={right}>{formatKronor(r.perParticipant.netBenefit5)}</Table.Cell>
                  <Table.Cell style={right}>{payback(r)}</Table.Cell>
                  <Table.Cell style={right}>{formatKronor(r.perParticipant.cost)}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm">{t('socioeconomic.perParticipantNote', { n: report.participants })}</Paragraph>
      <Chart option={cumulative} caption={t('socioeconomic.cumulative')} height={320} />
      <Chart option={bars} caption={t('socioeconomic.bars')} height={240} />
      <Heading level={3} data-size="xs">
        {t('socioeconomic.sensitivity')}
      </Heading>
      <div className="table-wrap">
        <Table zebra data-size="sm" border>
          <caption className="muted">{t('socioeconomic.sensitivityCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('socioeconomic.persistence')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.discountRate')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.net5')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.total')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.sensitivity.map((s) => (
              <Table.Row key={`${s.persistence}-${s.discountRate}`}>
                <Table.Cell>{formatPercent(s.persistence)}</Table.Cell>
                <Table.Cell>{`${(s.discountRate * 100).toLocaleString('sv-SE')} %`}</Table.Cell>
                <Table.Cell style={right}>{formatKronor(s.netBenefit5)}</Table.Cell>
                <Table.Cell style={right}>{formatKronor(s.total)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="xs">
        {t('socioeconomic.gender')}
      </Heading>
      <div className="table-wrap">
        <Table zebra data-size="sm" border>
          <caption className="muted">{t('socioeconomic.genderCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('socioeconomic.group')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.participants')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.annualGain')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.net5')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.paybackTime')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {(['kvinna', 'man'] as const).map((g) => {
              const r = report.byGender[g];
              return (
                <Table.Row key={g}>
                  <Table.HeaderCell scope="row">{t(`report.columns.${g}`)}</Table.HeaderCell>
                  <Table.Cell style={right}>{r.participants}</Table.Cell>
                  <Table.Cell style={right}>
                    {r.participants ? formatKronor(r.actors.samhallet.perParticipant.annualGain) : '–'}
                  </Table.Cell>
                  <Table.Cell style={right}>
                    {r.participants ? formatKronor(r.actors.samhallet.perParticipant.netBenefit5) : '–'}
                  </Table.Cell>
                  <Table.Cell style={right}>{r.participants ? payback(r.actors.samhallet) : '–'}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="xs">
        {t('socioeconomic.assumptions')}
      </Heading>
      <ul>
        {assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </div>
  );
}
