import { useState } from 'react';
import { Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canOnEvaluation, latestPerYear } from '@insikt/core';
import { get } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { EffectivenessAssessment } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { DocumentStatus } from '../programme-logic/document-status';
import { AssessmentForm } from './assessment-form';
import { AssessmentView } from './assessment-view';
import { MovementChart, useTypeLabel } from './movement-chart';

/** "Organisationens effektivitet": the yearly judgements, the type they give and the movement (issue 13 §6). */
export function EffectivenessPage() {
  const { t } = useTranslation();
  usePageTitle(t('effectiveness.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const { data: me } = useMe();
  const client = useQueryClient();
  const canWrite = !!me && canOnEvaluation(me.roles, 'evaluation.write', associationId, []);
  const canApprove = !!me && canOnEvaluation(me.roles, 'evaluation.approve', associationId, []);
  const typeLabel = useTypeLabel();
  const queryKey = ['effectiveness', associationId];
  const list = useQuery({
    queryKey,
    queryFn: () => get<EffectivenessAssessment[]>(`/associations/${associationId}/effectiveness`),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const years = latestPerYear(list.data ?? []);
  const selected = (list.data ?? []).find((a) => a.id === chosen) ?? years.at(-1);
  const saved = async (assessment: EffectivenessAssessment) => {
    await client.invalidateQueries({ queryKey });
    setChosen(assessment.id);
  };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('effectiveness.title')}
      </Heading>
      <Paragraph>{t('effectiveness.intro')}</Paragraph>
      {list.isLoading && <Spinner aria-label={t('common.loading')} />}
      {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}
      {list.data && years.length === 0 && <Paragraph>{t('effectiveness.none')}</Paragraph>}
      <MovementChart years={years} />
      {years.length > 0 && (
        <div className="table-wrap">
          <Table zebra data-size="sm">
            <caption>{t('effectiveness.yearsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('effectiveness.year')}</Table.HeaderCell>
                <Table.HeaderCell>{t('effectiveness.inner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('effectiveness.outer')}</Table.HeaderCell>
                <Table.HeaderCell>{t('effectiveness.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('effectiveness.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {years.map((a) => (
                <Table.Row key={a.id}>
                  <Table.HeaderCell scope="row">
                    <Button variant="tertiary" data-size="sm" onClick={() => setChosen(a.id)}>
                      {t('effectiveness.open', { year: a.year })}
                    </Button>
                  </Table.HeaderCell>
                  <Table.Cell>{t(`effectiveness.judgements.${a.content.inner}`)}</Table.Cell>
                  <Table.Cell>{t(`effectiveness.judgements.${a.content.outer}`)}</Table.Cell>
                  <Table.Cell>{typeLabel(a.result)}</Table.Cell>
                  <Table.Cell>{t(`effectiveness.statuses.${a.status}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {selected && (
        <section className="stack" aria-labelledby="assessment-heading">
          <Heading level={2} data-size="sm" id="assessment-heading">
            {t('effectiveness.selected', { year: selected.year, revision: selected.revision })}
          </Heading>
          <StatusMessage kind="info">{t('effectiveness.result', { type: typeLabel(selected.result) })}</StatusMessage>
          <DocumentStatus
            path={`/associations/${associationId}/effectiveness/${selected.id}`}
            document={selected}
            canWrite={canWrite}
            canApprove={canApprove}
            onChanged={(a) => void saved(a)}
          />
          {canWrite && selected.status === 'draft' ? (
            <AssessmentForm
              key={`${selected.id}-${selected.version}`}
              associationId={associationId}
              assessment={selected}
              onSaved={(a) => void saved(a)}
            />
          ) : (
            <AssessmentView content={selected.content} />
          )}
        </section>
      )}
      {canWrite && (
        <section className="stack" aria-labelledby="new-assessment-heading">
          <Heading level={2} data-size="sm" id="new-assessment-heading">
            {t('effectiveness.newAssessment')}
          </Heading>
          <AssessmentForm associationId={associationId} onSaved={(a) => void saved(a)} />
        </section>
      )}
    </div>
  );
}
