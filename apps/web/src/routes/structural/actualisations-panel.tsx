import { useState, type ReactNode } from 'react';
import { Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, get, query } from '../../lib/api';
import { SelectField } from '../../lib/fields';
import { formatDate } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { StructuralActivityReport, StructuralActualisation, StructuralActualisationList } from '../../lib/types';
import { ActualisationFigures } from './actualisation-figures';
import { ActualisationForm } from './actualisation-form';
import { RowActions } from './row-actions';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i));

/**
 * The aktualiseringar of one structural insats (issue 17 §2): the counts for every reader (protected
 * where they must be), and for those who record them the cases one by one and the form.
 */
export function ActualisationsPanel({
  associationId,
  interventionId,
}: {
  associationId: string;
  interventionId: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const path = `/associations/${associationId}/interventions/${interventionId}`;
  const key = ['structural-actualisations', associationId, interventionId];
  const list = useQuery({ queryKey: key, queryFn: () => get<StructuralActualisationList>(`${path}/actualisations`) });
  const [year, setYear] = useState(String(thisYear));
  const report = useQuery({
    queryKey: ['activity-report', associationId, year, year, interventionId],
    queryFn: () =>
      get<StructuralActivityReport>(
        `/associations/${associationId}/activity-report${query({ interventionId, fromYear: year, toYear: year })}`,
      ),
  });
  const [editing, setEditing] = useState<StructuralActualisation | null>(null);
  const [saves, setSaves] = useState(0);
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const saved = async (text: string) => {
    setEditing(null);
    setSaves((n) => n + 1);
    setMessage({ kind: 'success', text });
    await client.invalidateQueries({ queryKey: key });
    await client.invalidateQueries({ queryKey: ['activity-report', associationId] });
  };
  const remove = async (a: StructuralActualisation) => {
    if (!window.confirm(t('structural.raised.confirmRemove', { date: formatDate(a.date) }))) return;
    try {
      await del(`${path}/actualisations/${a.id}?version=${a.version}`);
      await saved(t('structural.raised.removed'));
    } catch (error) {
      setMessage({ kind: 'danger', text: (error as Error).message });
    }
  };
  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <Paragraph>{t('structural.raised.intro')}</Paragraph>
      {message && <StatusMessage kind={message.kind}>{message.text}</StatusMessage>}
      <Heading level={2} data-size="md">
        {t('structural.raised.counts')}
      </Heading>
      <SelectField
        form="actualisation-counts"
        errors={[]}
        name="year"
        label={t('structural.report.year')}
        value={year}
        onChange={setYear}
        options={YEARS.map((y) => ({ value: y, label: y }))}
      />
      {report.error && <StatusMessage kind="danger">{report.error.message}</StatusMessage>}
      {report.data && (
        <>
          {report.data.protection && (
            <Paragraph data-size="sm">
              {t('structural.report.protected', {
                max: report.data.protection.threshold - 1,
                noise: report.data.protection.maxNoise,
              })}
            </Paragraph>
          )}
          <ActualisationFigures raised={report.data.actualisations} period={year} />
        </>
      )}
      {list.isLoading && <Spinner aria-label={t('common.loading')} />}
      {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}
      {list.data && !list.data.rowsShown && <Paragraph>{t('structural.raised.rowsHidden')}</Paragraph>}
      {list.data?.rowsShown && (
        <>
          <Heading level={2} data-size="md">
            {t('structural.raised.list')}
          </Heading>
          {list.data.actualisations.length === 0 ? (
            <Paragraph>{t('structural.raised.noCases')}</Paragraph>
          ) : (
            <ActualisationTable
              list={list.data}
              actions={(a) => (
                <RowActions
                  editLabel={t('structural.raised.editRow', { date: formatDate(a.date) })}
                  removeLabel={t('structural.raised.removeRow', { date: formatDate(a.date) })}
                  onEdit={() => setEditing(a)}
                  onRemove={() => void remove(a)}
                />
              )}
            />
          )}
          {editing && (
            <Button variant="secondary" onClick={() => setEditing(null)}>
              {t('structural.cancelEdit')}
            </Button>
          )}
          <ActualisationForm
            key={editing?.id ?? `new-${saves}`}
            path={path}
            associationId={associationId}
            list={list.data}
            editing={editing ?? undefined}
            onSaved={saved}
          />
        </>
      )}
    </div>
  );
}

/** The cases one by one, newest first, with the actions of each row. */
function ActualisationTable({
  list,
  actions,
}: {
  list: StructuralActualisationList;
  actions: (a: StructuralActualisation) => ReactNode;
}) {
  const { t } = useTranslation();
  const party = (id: string) => list.parties.find((p) => p.id === id)?.name ?? t('structural.raised.removedMember');
  return (
    <div className="table-wrap">
      <Table zebra>
        <caption className="visually-hidden">{t('structural.raised.list')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('structural.raised.field.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('structural.raised.party')}</Table.HeaderCell>
            <Table.HeaderCell>{t('structural.raised.field.gender')}</Table.HeaderCell>
            <Table.HeaderCell>{t('structural.raised.field.decision')}</Table.HeaderCell>
            {list.linksShown && <Table.HeaderCell>{t('structural.raised.participation')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('structural.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {list.actualisations.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>{formatDate(a.date)}</Table.Cell>
              <Table.Cell>{party(a.raisedBy)}</Table.Cell>
              <Table.Cell>
                {a.gender ? t(`structural.raised.genders.${a.gender}`) : t('structural.genders.unknown')}
              </Table.Cell>
              <Table.Cell>
                {t(`structural.raised.decisions.${a.decision}`)}
                {a.referredTo && `: ${a.referredTo}`}
              </Table.Cell>
              {list.linksShown && (
                <Table.Cell>
                  {a.participation
                    ? `${a.participation.reference ?? t('structural.raised.anonymous')}, ${a.participation.interventionName}`
                    : '–'}
                </Table.Cell>
              )}
              <Table.Cell>{actions(a)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
