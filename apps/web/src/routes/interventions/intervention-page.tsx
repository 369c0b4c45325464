import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table, Tabs } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, get, post, put } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { SelectField } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { Association, Intervention, User } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { InterventionForm } from './intervention-form';
import { GoalsPanel } from './goals-panel';
import { InterventionSummary } from './intervention-summary';
import { SocioeconomicPanel } from '../socioeconomic/socioeconomic-panel';
import { ImplementationPanel } from '../implementation/implementation-panel';
import { InterventionNineLink } from '../self-assessments/intervention-nine-link';
import { InterventionTocLink } from '../theory-of-change/intervention-toc-link';

export function InterventionPage() {
  const { t } = useTranslation();
  const { associationId, interventionId } = useParams({ strict: false }) as {
    associationId: string;
    interventionId: string;
  };
  const can = useCan();
  const client = useQueryClient();
  const key = ['intervention', interventionId];
  const [tab, setTab] = useState('details');
  const [saved, setSaved] = useState(false);
  const intervention = useQuery({
    queryKey: key,
    queryFn: () => get<Intervention>(`/associations/${associationId}/interventions/${interventionId}`),
  });
  const association = useQuery({
    queryKey: ['association', associationId],
    queryFn: () => get<Association>(`/associations/${associationId}`),
  });
  usePageTitle(intervention.data?.name ?? t('interventions.title'));
  if (intervention.error) return <StatusMessage kind="danger">{intervention.error.message}</StatusMessage>;
  if (!intervention.data || !association.data) return <Spinner aria-label={t('common.loading')} />;
  const data = intervention.data;
  const { id: _id, associationId: _a, version, staff: _s, ...draft } = data;
  const editable = can('intervention.update', associationId);

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {data.name}
      </Heading>
      <Paragraph>
        {t(`codes.kind.${data.kind}`)} · {t(`codes.status.${data.status}`)}
        {/* Only for those who may open the participant list: a reader would meet an access error. */}
        {data.kind === 'individual' && can('participant.read', associationId) && (
          <>
            {' · '}
            <Link asChild>
              <RouterLink to={`/forbund/${associationId}/deltagare?insats=${interventionId}` as never}>
                {t('interventions.participants')}
              </RouterLink>
            </Link>
          </>
        )}
        {' · '}
        <InterventionTocLink associationId={associationId} interventionId={interventionId} />
        {' · '}
        <InterventionNineLink associationId={associationId} interventionId={interventionId} />
      </Paragraph>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="details">{editable ? t('interventions.details') : t('interventions.summary')}</Tabs.Tab>
          {editable && <Tabs.Tab value="goals">{t('interventions.fulfilment')}</Tabs.Tab>}
          {data.kind === 'individual' && can('socioeconomic.read', associationId) && (
            <Tabs.Tab value="socioeconomic">{t('socioeconomic.tab')}</Tabs.Tab>
          )}
          {can('evaluation.read', associationId) && (
            <Tabs.Tab value="implementation">{t('implementation.tab')}</Tabs.Tab>
          )}
          <Tabs.Tab value="staff">
            {t('interventions.staff')} ({data.staff?.length ?? 0})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          {editable ? (
            <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
              {saved && <StatusMessage kind="success">{t('common.saved')}</StatusMessage>}
              <InterventionForm
                key={version}
                association={association.data}
                interventionId={interventionId}
                initial={draft}
                submitLabel={t('common.save')}
                onSubmit={async (next) => {
                  setSaved(false);
                  await put(`/associations/${associationId}/interventions/${interventionId}`, { ...next, version });
                  await client.invalidateQueries({ queryKey: key });
                  setSaved(true);
                }}
              />
            </div>
          ) : (
            // Without write access: a page to read, not a locked form (issue 12 §10).
            <InterventionSummary intervention={data} association={association.data} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="goals">
          {tab === 'goals' && <GoalsPanel associationId={associationId} interventionId={interventionId} editable />}
        </Tabs.Panel>
        <Tabs.Panel value="socioeconomic">
          {tab === 'socioeconomic' && (
            <SocioeconomicPanel associationId={associationId} interventionId={interventionId} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="implementation">
          {tab === 'implementation' && (
            <ImplementationPanel association={association.data} interventionId={interventionId} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="staff">
          <StaffPanel
            intervention={data}
            associationId={associationId}
            editable={can('user.manage', associationId)}
            onChange={() => client.invalidateQueries({ queryKey: key })}
          />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}

const FORM = 'staff';

function StaffPanel({
  intervention,
  associationId,
  editable,
  onChange,
}: {
  intervention: Intervention;
  associationId: string;
  editable: boolean;
  onChange: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('participant_officer');
  const [errors, setErrors] = useState<FormError[]>([]);
  const users = useQuery({
    queryKey: ['users', associationId],
    queryFn: () => get<User[]>(`/users?associationId=${associationId}`),
    enabled: editable,
  });
  const act = async (action: () => Promise<unknown>) => {
    setErrors([]);
    try {
      await action();
      await onChange();
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };
  const base = `/associations/${associationId}/interventions/${intervention.id}/staff`;
  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <FormErrors form={FORM} errors={errors} />
      {(intervention.staff ?? []).length === 0 ? (
        <Paragraph>{t('interventions.noStaff')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.role')}</Table.HeaderCell>
                {editable && (
                  <Table.HeaderCell>
                    <span className="muted">{t('common.remove')}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {intervention.staff!.map((s) => (
                <Table.Row key={`${s.roleAssignmentId}`}>
                  <Table.Cell>{s.name}</Table.Cell>
                  <Table.Cell>{t(`roles.${s.role}`)}</Table.Cell>
                  {editable && (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        aria-label={`${t('common.remove')} ${s.name}`}
                        onClick={() => void act(() => del(`${base}/${s.roleAssignmentId}`))}
                      >
                        {t('common.remove')}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {editable && (
        <form className="form" onSubmit={(e) => (e.preventDefault(), void act(() => post(base, { userId, role })))}>
          <Heading level={2} data-size="xs">
            {t('interventions.assign')}
          </Heading>
          <SelectField
            form={FORM}
            errors={errors}
            name="userId"
            label={t('interventions.user')}
            value={userId}
            onChange={setUserId}
            empty="–"
            options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
          />
          <SelectField
            form={FORM}
            errors={errors}
            name="role"
            label={t('users.role')}
            value={role}
            onChange={setRole}
            options={['intervention_lead', 'participant_officer', 'evaluator'].map((r) => ({
              value: r,
              label: t(`roles.${r}`),
            }))}
          />
          <div>
            <Button type="submit">{t('interventions.assign')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
