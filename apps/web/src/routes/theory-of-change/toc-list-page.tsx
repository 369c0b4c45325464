import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { tocCreateInput, type TocCreateInput } from '@insikt/core';
import { get, post } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { FormCheckboxes, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { InterventionListItem, TheoryOfChange, TheoryOfChangeSummary } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

/**
 * The förbund's theories of change, per insats and per cluster, with status; and a form to start one.
 * `?insats=` (from an insats page) shows only those covering that insats and starts one for it.
 */
export function TocListPage() {
  const { t } = useTranslation();
  usePageTitle(t('theoryOfChange.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const { insats } = useSearch({ strict: false }) as { insats?: string };
  const can = useCan();
  const list = useQuery({
    queryKey: ['theories-of-change', associationId],
    queryFn: () => get<TheoryOfChangeSummary[]>(`/associations/${associationId}/theories-of-change`),
  });
  const base = `/forbund/${associationId}/utvardering/forandringsteori`;
  const rows = (list.data ?? []).filter((toc) => !insats || toc.interventionIds.includes(insats));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('theoryOfChange.title')}
      </Heading>
      <Paragraph>{t('theoryOfChange.intro')}</Paragraph>
      {insats && (
        <Paragraph>
          {t('theoryOfChange.filtered')}{' '}
          <Link asChild>
            <RouterLink to={base as never}>{t('theoryOfChange.showAll')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}
      {!list.data ? (
        !list.error && <Spinner aria-label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <Paragraph>{t('theoryOfChange.empty')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table>
            <caption>{t('theoryOfChange.listCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('theoryOfChange.titleLabel')}</Table.HeaderCell>
                <Table.HeaderCell>{t('theoryOfChange.covers')}</Table.HeaderCell>
                <Table.HeaderCell>{t('theoryOfChange.edition')}</Table.HeaderCell>
                <Table.HeaderCell>{t('theoryOfChange.statusLabel')}</Table.HeaderCell>
                <Table.HeaderCell>{t('theoryOfChange.updated')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((toc) => (
                <Table.Row key={toc.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`${base}/${toc.id}` as never}>{toc.title}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {t(`theoryOfChange.scope.${toc.scopeKind}`)}: {toc.interventions.map((i) => i.name).join(', ')}
                  </Table.Cell>
                  <Table.Cell>{toc.edition}</Table.Cell>
                  <Table.Cell>
                    {t(`theoryOfChange.status.${toc.status}`)}
                    {toc.decisionReference ? ` (${toc.decisionReference})` : ''}
                  </Table.Cell>
                  <Table.Cell className="nowrap">{formatDateTime(toc.updatedAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {can('evaluation.write', associationId) && (
        <CreateForm
          key={insats ?? 'all'}
          associationId={associationId}
          base={base}
          interventionIds={insats ? [insats] : []}
        />
      )}
    </div>
  );
}

function CreateForm({
  associationId,
  base,
  interventionIds,
}: {
  associationId: string;
  base: string;
  interventionIds: string[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const interventions = useQuery({
    queryKey: ['interventions', associationId],
    queryFn: () => get<InterventionListItem[]>(`/associations/${associationId}/interventions`),
  });
  const bound = useBoundForm<TocCreateInput>({
    form: 'toc-create',
    defaultValues: { title: '', interventionIds },
    schema: tocCreateInput,
    onSubmit: async (body) => {
      const created = await post<TheoryOfChange>(`/associations/${associationId}/theories-of-change`, body);
      await navigate({ to: `${base}/${created.id}` as never });
    },
  });
  if (!interventions.data) return null;
  return (
    <section className="stack" aria-labelledby="toc-create-heading">
      <Heading level={2} data-size="sm" id="toc-create-heading">
        {t('theoryOfChange.create')}
      </Heading>
      <BoundForm bound={bound}>
        <FormText<TocCreateInput>
          name="title"
          label={t('theoryOfChange.titleLabel')}
          description={t('theoryOfChange.titleHint')}
        />
        <FormCheckboxes<TocCreateInput>
          name="interventionIds"
          label={t('theoryOfChange.interventions')}
          description={t('theoryOfChange.interventionsHint')}
          options={interventions.data.map((i) => ({ value: i.id, label: i.name }))}
        />
        <SubmitButton>{t('theoryOfChange.create')}</SubmitButton>
      </BoundForm>
    </section>
  );
}
