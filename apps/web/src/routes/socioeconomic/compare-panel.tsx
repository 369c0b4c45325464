import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import { formatKronor, formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import { usePaybackText } from './result-view';
import type { SavedAnalysis } from './types';

const right = { textAlign: 'right' } as const;

/**
 * Saved analyses of the förbund's insatser side by side, newest first, with the sources' warning
 * that insatser with different aims and target groups must not be ranked on this alone.
 */
export function ComparePanel({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const payback = usePaybackText();
  const { data, error } = useQuery({
    queryKey: ['analyses', 'association', associationId],
    queryFn: () => get<SavedAnalysis[]>(`/associations/${associationId}/socioeconomic/analyses`),
  });
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <StatusMessage kind="warning">{t('socioeconomic.compareWarning')}</StatusMessage>
      {data && data.length === 0 && <Paragraph>{t('socioeconomic.noneSaved')}</Paragraph>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <Table zebra data-size="sm" border>
            <caption>{t('socioeconomic.compareCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('socioeconomic.intervention')}</Table.HeaderCell>
                <Table.HeaderCell>{t('socioeconomic.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('interventions.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('socioeconomic.participants')}</Table.HeaderCell>
                <Table.HeaderCell>{t('socioeconomic.costPerParticipant')}</Table.HeaderCell>
                <Table.HeaderCell>{t('socioeconomic.annualGain')}</Table.HeaderCell>
                <Table.HeaderCell>{t('socioeconomic.net5')}</Table.HeaderCell>
                <Table.HeaderCell>{t('socioeconomic.paybackTime')}</Table.HeaderCell>
                <Table.HeaderCell>{t('socioeconomic.effectiveness')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.map((a) => {
                const society = a.result.actors.samhallet;
                return (
                  <Table.Row key={a.id}>
                    <Table.HeaderCell scope="row">{a.interventionName}</Table.HeaderCell>
                    <Table.Cell>{a.name}</Table.Cell>
                    <Table.Cell className="nowrap">
                      {a.periodFrom} – {a.periodTo}
                    </Table.Cell>
                    <Table.Cell style={right}>{a.result.participants}</Table.Cell>
                    <Table.Cell style={right}>{formatKronor(society.perParticipant.cost)}</Table.Cell>
                    <Table.Cell style={right}>{formatKronor(society.perParticipant.annualGain)}</Table.Cell>
                    <Table.Cell style={right}>{formatKronor(society.perParticipant.netBenefit5)}</Table.Cell>
                    <Table.Cell style={right}>{payback(society)}</Table.Cell>
                    <Table.Cell style={right}>{formatPercent(a.result.effectiveness)}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <Paragraph data-size="sm">{t('socioeconomic.compareNote')}</Paragraph>
    </div>
  );
}
