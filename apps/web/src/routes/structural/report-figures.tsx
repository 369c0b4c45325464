import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, attendanceChartHeight, attendanceChartOption } from '@insikt/core';
import { Chart } from '../../lib/chart';
import { formatNumber, formatPercent } from '../../lib/format';
import type { StructuralActivityReport } from '../../lib/types';
import { ActualisationFigures } from './actualisation-figures';

type Totals = StructuralActivityReport['total'];

/** The activity report's figures: per year, per organisation and gender (chart and table), per kind, styrgrupper. */
export function ReportFigures({ report }: { report: StructuralActivityReport }) {
  const { t } = useTranslation();
  const count = (v: number | null) => (v === null ? t('structural.report.hidden') : formatNumber(v));
  const hours = (v: number | null) => (v === null ? t('structural.report.hiddenHours') : formatNumber(v));
  const period =
    report.period.fromYear === report.period.toYear
      ? `${report.period.fromYear}`
      : `${report.period.fromYear}–${report.period.toYear}`;
  const rows = [
    ...report.years.map((y) => ({ label: `${y.year}`, totals: y.totals })),
    { label: t('structural.report.wholePeriod'), totals: report.total },
  ];
  const verdict = (tt: Totals) =>
    tt.balance.even === null
      ? t('structural.report.notJudged')
      : tt.balance.even
        ? t('structural.report.even')
        : t('structural.report.uneven');
  // "0 med uppgift saknas står utanför andelen" is noise: the note only when someone is left out.
  const balance = (tt: Totals) =>
    tt.balance.unknown === 0
      ? verdict(tt)
      : `${verdict(tt)}; ${t('structural.report.unknownOutside', { number: count(tt.balance.unknown) })}`;
  const bars = report.total.byOrganisation.map((o) => ({ label: o.label, counts: o.participants }));
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        {report.protection
          ? t('structural.report.protected', {
              max: report.protection.threshold - 1,
              noise: report.protection.maxNoise,
            })
          : t('structural.report.exact')}{' '}
        {t('structural.report.definitions')}
      </Paragraph>
      {report.total.activities === 0 && <Paragraph>{t('structural.report.noActivities')}</Paragraph>}
      <Heading level={3} data-size="sm">
        {t('structural.report.perYear')}
      </Heading>
      <div className="table-wrap">
        <Table zebra>
          <caption className="visually-hidden">{t('structural.report.perYear')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('structural.report.year')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.activities')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.hours')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.participants')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.participantHours')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.womenShare')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.balance')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(({ label, totals }) => (
              <Table.Row key={label}>
                <Table.Cell>{label}</Table.Cell>
                <Table.Cell>{formatNumber(totals.activities)}</Table.Cell>
                <Table.Cell>{formatNumber(totals.hours)}</Table.Cell>
                <Table.Cell>{count(totals.participants.total)}</Table.Cell>
                <Table.Cell>{hours(totals.participantHours.total)}</Table.Cell>
                <Table.Cell>{formatPercent(totals.balance.womenShare)}</Table.Cell>
                <Table.Cell>{balance(totals)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="sm">
        {t('structural.report.byOrganisation', { period })}
      </Heading>
      {bars.length > 0 && (
        <Chart
          option={attendanceChartOption(bars, {
            women: t('structural.genders.women'),
            men: t('structural.genders.men'),
            unknown: t('structural.genders.unknown'),
            description: t('structural.report.byOrganisation', { period }),
          })}
          caption={t('structural.report.byOrganisation', { period })}
          height={attendanceChartHeight(bars)}
        />
      )}
      <div className="table-wrap">
        <Table zebra>
          <caption className="visually-hidden">{t('structural.report.byOrganisation', { period })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('structural.report.organisation')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.activities')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.genders.women')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.genders.men')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.genders.unknown')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.total')}</Table.HeaderCell>
              <Table.HeaderCell>{t('structural.report.participantHours')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.total.byOrganisation.map((o) => (
              <Table.Row key={o.organisationId}>
                <Table.Cell>{o.label}</Table.Cell>
                <Table.Cell>{formatNumber(o.activities)}</Table.Cell>
                <Table.Cell>{count(o.participants.women)}</Table.Cell>
                <Table.Cell>{count(o.participants.men)}</Table.Cell>
                <Table.Cell>{count(o.participants.unknown)}</Table.Cell>
                <Table.Cell>{count(o.participants.total)}</Table.Cell>
                <Table.Cell>{hours(o.participantHours.total)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="sm">
        {t('structural.report.byKind')}
      </Heading>
      <div className="table-wrap">
        <Table zebra>
          <caption className="visually-hidden">{t('structural.report.byKind')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('structural.report.kind')}</Table.HeaderCell>
              {rows.map((r) => (
                <Table.HeaderCell key={r.label}>{r.label}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {ACTIVITY_KINDS.map((k) => (
              <Table.Row key={k}>
                <Table.Cell>{t(`structural.kinds.${k}`)}</Table.Cell>
                {rows.map((r) => (
                  <Table.Cell key={r.label}>{formatNumber(r.totals.byKind[k])}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="sm">
        {t('structural.report.steering')}
      </Heading>
      {report.steeringMeetings.length === 0 ? (
        <Paragraph>{t('structural.report.noSteering')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <caption className="visually-hidden">{t('structural.report.steering')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('structural.report.intervention')}</Table.HeaderCell>
                {report.years.map((y) => (
                  <Table.HeaderCell key={y.year}>{y.year}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>{t('structural.report.total')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {report.steeringMeetings.map((s) => (
                <Table.Row key={s.interventionId}>
                  <Table.Cell>{s.interventionName}</Table.Cell>
                  {s.byYear.map((y) => (
                    <Table.Cell key={y.year}>{formatNumber(y.meetings)}</Table.Cell>
                  ))}
                  <Table.Cell>{formatNumber(s.total)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <ActualisationFigures raised={report.actualisations} period={period} />
    </div>
  );
}
