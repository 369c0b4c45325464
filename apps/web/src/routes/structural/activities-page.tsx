import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table, Tabs } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, get } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { StructuralActivity, StructuralActivityList } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { ActivityForm } from './activity-form';
import { ActualisationsPanel } from './actualisations-panel';
import { ImportPanel } from './import-panel';
import { RowActions } from './row-actions';

/** The activities of one structural insats: the list, and the form for those who record them. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { associationId, interventionId } = useParams({ strict: false }) as {
    associationId: string;
    interventionId: string;
  };
  const path = `/associations/${associationId}/interventions/${interventionId}`;
  const client = useQueryClient();
  const key = ['structural-activities', associationId, interventionId];
  const list = useQuery({ queryKey: key, queryFn: () => get<StructuralActivityList>(`${path}/activities`) });
  const [editing, setEditing] = useState<StructuralActivity | null>(null);
  const [tab, setTab] = useState('activities');
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  usePageTitle(
    list.data ? t('structural.activitiesTitle', { name: list.data.intervention.name }) : t('structural.title'),
  );
  // A new key after each save empties the form for the next activity.
  const [saves, setSaves] = useState(0);
  const saved = async (text: string) => {
    setEditing(null);
    setSaves((n) => n + 1);
    setMessage({ kind: 'success', text });
    await client.invalidateQueries({ queryKey: key });
  };
  const remove = async (a: StructuralActivity) => {
    if (!window.confirm(t('structural.confirmRemove', { topic: a.topic, date: formatDate(a.date) }))) return;
    try {
      await del(`${path}/activities/${a.id}?version=${a.version}`);
      await saved(t('structural.removed'));
    } catch (error) {
      setMessage({ kind: 'danger', text: (error as Error).message });
    }
  };
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={`/forbund/${associationId}/strukturinsatser` as never}>{t('structural.backToList')}</RouterLink>
      </Link>
      {list.isLoading && <Spinner aria-label={t('common.loading')} />}
      {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}
      {list.data && (
        <>
          <Heading level={1} data-size="lg">
            {t('structural.activitiesTitle', { name: list.data.intervention.name })}
          </Heading>
          <Tabs value={tab} onChange={setTab}>
            <Tabs.List>
              <Tabs.Tab value="activities">{t('structural.tabs.activities')}</Tabs.Tab>
              <Tabs.Tab value="actualisations">{t('structural.tabs.actualisations')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="activities">
              <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
                {message && <StatusMessage kind={message.kind}>{message.text}</StatusMessage>}
                {!list.data.countsShown && <Paragraph>{t('structural.countsHidden')}</Paragraph>}
                <ActivityTable list={list.data} onEdit={setEditing} onRemove={(a) => void remove(a)} />
                {list.data.countsShown && (
                  <>
                    {editing && (
                      <Button variant="secondary" onClick={() => setEditing(null)}>
                        {t('structural.cancelEdit')}
                      </Button>
                    )}
                    <ActivityForm
                      key={editing?.id ?? `new-${saves}`}
                      path={path}
                      list={list.data}
                      editing={editing ?? undefined}
                      onSaved={saved}
                    />
                    <ImportPanel path={path} onImported={() => client.invalidateQueries({ queryKey: key })} />
                  </>
                )}
              </div>
            </Tabs.Panel>
            <Tabs.Panel value="actualisations">
              {tab === 'actualisations' && (
                <ActualisationsPanel associationId={associationId} interventionId={interventionId} />
              )}
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </div>
  );
}

function ActivityTable({
  list,
  onEdit,
  onRemove,
}: {
  list: StructuralActivityList;
  onEdit: (a: StructuralActivity) => void;
  onRemove: (a: StructuralActivity) => void;
}) {
  const { t } = useTranslation();
  const names = new Map(list.organisations.map((o) => [o.id, o.name]));
  if (list.activities.length === 0) return <Paragraph>{t('structural.noActivities')}</Paragraph>;
  return (
    <div className="table-wrap">
      <Table zebra>
        <caption className="visually-hidden">
          {t('structural.activitiesTitle', { name: list.intervention.name })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('structural.columns.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('structural.columns.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('structural.columns.topic')}</Table.HeaderCell>
            <Table.HeaderCell>{t('structural.columns.hours')}</Table.HeaderCell>
            <Table.HeaderCell>
              {list.countsShown ? t('structural.columns.participants') : t('structural.columns.organisations')}
            </Table.HeaderCell>
            {list.countsShown && <Table.HeaderCell>{t('structural.columns.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {list.activities.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>{formatDate(a.date)}</Table.Cell>
              <Table.Cell>
                {t(`structural.kinds.${a.kind}`)}
                {a.seriesId && ` (${t('structural.series').toLowerCase()})`}
              </Table.Cell>
              <Table.Cell>{a.topic}</Table.Cell>
              <Table.Cell>{formatNumber(a.hours)}</Table.Cell>
              <Table.Cell>
                {list.countsShown
                  ? a.attendance
                      .map((o) => `${names.get(o.organisationId) ?? o.organisationId} ${o.women}/${o.men}/${o.unknown}`)
                      .join(', ')
                  : a.organisationIds.map((id) => names.get(id) ?? id).join(', ')}
              </Table.Cell>
              {list.countsShown && (
                <Table.Cell>
                  <RowActions
                    editLabel={t('structural.edit', { topic: a.topic, date: formatDate(a.date) })}
                    removeLabel={t('structural.remove', { topic: a.topic, date: formatDate(a.date) })}
                    onEdit={() => onEdit(a)}
                    onRemove={() => onRemove(a)}
                  />
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
