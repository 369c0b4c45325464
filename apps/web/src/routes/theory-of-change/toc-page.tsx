import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Tabs } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { approvalInputSchema, isEditable, tocUpdateInput, type ApprovalInput, type TocUpdateInput } from '@insikt/core';
import { get, post, put } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { Association, TheoryOfChange } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { EffectMeasures } from './effect-indicators';
import { TocColumns } from './toc-columns';
import { toBody, toDraft, type TocDraft } from './toc-draft';
import { TocMechanisms } from './toc-mechanisms';
import { TocPlan } from './toc-plan';

/** One theory of change: the columns, the mechanisms and the plan; fastställ, new version, downloads. */
export function TocPage() {
  const { t } = useTranslation();
  const { associationId, tocId } = useParams({ strict: false }) as { associationId: string; tocId: string };
  const toc = useQuery({
    queryKey: ['theory-of-change', tocId],
    queryFn: () => get<TheoryOfChange>(`/associations/${associationId}/theories-of-change/${tocId}`),
  });
  const association = useQuery({
    queryKey: ['association', associationId],
    queryFn: () => get<Association>(`/associations/${associationId}`),
  });
  // Kept here: a saved document remounts the editor below, which would drop the notice and the tab.
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState('columns');
  usePageTitle(toc.data?.title ?? t('theoryOfChange.title'));
  if (toc.error) return <StatusMessage kind="danger">{toc.error.message}</StatusMessage>;
  if (!toc.data || !association.data) return <Spinner aria-label={t('common.loading')} />;
  // A new version of the document remounts the editor with its values.
  return (
    <TocEditor
      key={`${toc.data.id}-${toc.data.version}`}
      toc={toc.data}
      association={association.data}
      notice={notice}
      setNotice={setNotice}
      tab={tab}
      setTab={setTab}
    />
  );
}

function TocEditor({
  toc,
  association,
  notice,
  setNotice,
  tab,
  setTab,
}: {
  toc: TheoryOfChange;
  association: Association;
  notice: string | null;
  setNotice: (notice: string | null) => void;
  tab: string;
  setTab: (tab: string) => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const client = useQueryClient();
  const url = `/associations/${association.id}/theories-of-change/${toc.id}`;
  const editable = isEditable(toc.status) && can('evaluation.write', association.id);
  const refresh = (next: TheoryOfChange) => client.setQueryData(['theory-of-change', toc.id], next);
  const bound = useBoundForm<TocDraft, TocUpdateInput>({
    form: 'toc',
    defaultValues: toDraft(toc),
    toBody: (draft) => toBody(draft, toc),
    schema: tocUpdateInput,
    onSubmit: async (body) => {
      refresh(await put<TheoryOfChange>(url, body));
      setNotice(t('common.saved'));
    },
  });
  const scope = toc.interventions.map((i) => i.name).join(', ');
  return (
    <div className="stack">
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/forbund/${association.id}/utvardering/forandringsteori` as never}>
            {t('theoryOfChange.back')}
          </RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('theoryOfChange.pageTitle', { title: toc.title })}
      </Heading>
      <Paragraph>
        {t(`theoryOfChange.scope.${toc.scopeKind}`)}: {scope} · {t('theoryOfChange.editionN', { n: toc.edition })} ·{' '}
        {toc.status === 'approved'
          ? t('theoryOfChange.approvedBy', {
              when: formatDateTime(toc.approvedAt),
              who: toc.approvedByName ?? '',
              reference: toc.decisionReference ?? '',
            })
          : t('theoryOfChange.status.draft')}
      </Paragraph>
      <Paragraph>
        {t('theoryOfChange.download')}: <Link href={`/api/v1${url}/document?format=docx`}>Word (.docx)</Link> ·{' '}
        <Link href={`/api/v1${url}/document?format=pdf`}>PDF</Link>
      </Paragraph>
      {notice && <StatusMessage kind="success">{notice}</StatusMessage>}
      <NextVersion toc={toc} />
      <EffectMeasures toc={toc}>
        <BoundForm bound={bound} readOnly={!editable} className="stack">
          {editable && <FormText<TocDraft> name="title" label={t('theoryOfChange.titleLabel')} />}
          <Tabs value={tab} onChange={setTab}>
            <Tabs.List>
              <Tabs.Tab value="columns">{t('theoryOfChange.tabs.columns')}</Tabs.Tab>
              <Tabs.Tab value="mechanisms">{t('theoryOfChange.tabs.mechanisms')}</Tabs.Tab>
              <Tabs.Tab value="plan">{t('theoryOfChange.tabs.plan')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="columns">
              <TocColumns members={association.members} />
            </Tabs.Panel>
            <Tabs.Panel value="mechanisms">
              <TocMechanisms />
            </Tabs.Panel>
            <Tabs.Panel value="plan">
              <TocPlan />
            </Tabs.Panel>
          </Tabs>
          <SubmitButton>{t('theoryOfChange.save')}</SubmitButton>
        </BoundForm>
      </EffectMeasures>
      {isEditable(toc.status) && can('evaluation.approve', association.id) && (
        <ApproveForm toc={toc} url={url} onDone={refresh} />
      )}
    </div>
  );
}

/** Fastställ: the board decision's reference; the draft becomes read-only. */
function ApproveForm({
  toc,
  url,
  onDone,
}: {
  toc: TheoryOfChange;
  url: string;
  onDone: (next: TheoryOfChange) => void;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<{ decisionReference: string }, ApprovalInput>({
    form: 'toc-approve',
    defaultValues: { decisionReference: '' },
    toBody: (draft) => ({ ...draft, version: toc.version }),
    schema: approvalInputSchema,
    onSubmit: async (body) => onDone(await post<TheoryOfChange>(`${url}/approve`, body)),
  });
  return (
    <section className="stack" aria-labelledby="toc-approve-heading">
      <Heading level={2} data-size="sm" id="toc-approve-heading">
        {t('theoryOfChange.approve')}
      </Heading>
      <Paragraph>{t('theoryOfChange.approveHint')}</Paragraph>
      <BoundForm bound={bound}>
        <FormText<{ decisionReference: string }>
          name="decisionReference"
          label={t('theoryOfChange.decisionReference')}
          description={t('theoryOfChange.decisionReferenceHint')}
        />
        <SubmitButton>{t('theoryOfChange.approve')}</SubmitButton>
      </BoundForm>
    </section>
  );
}

/** A fastställd edition: a link to the draft that continues it, or a button that starts one. */
function NextVersion({ toc }: { toc: TheoryOfChange }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormError[]>([]);
  const base = `/forbund/${toc.associationId}/utvardering/forandringsteori`;
  if (isEditable(toc.status)) return null;
  if (toc.successorId)
    return (
      <Paragraph>
        <Link asChild>
          <RouterLink to={`${base}/${toc.successorId}` as never}>{t('theoryOfChange.openSuccessor')}</RouterLink>
        </Link>
      </Paragraph>
    );
  if (!can('evaluation.write', toc.associationId)) return null;
  const start = async () => {
    try {
      const next = await post<TheoryOfChange>(
        `/associations/${toc.associationId}/theories-of-change/${toc.id}/new-version`,
      );
      await navigate({ to: `${base}/${next.id}` as never });
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };
  return (
    <div className="stack">
      <FormErrors form="toc-new-version" errors={errors} />
      <div>
        <Button type="button" variant="secondary" onClick={() => void start()}>
          {t('theoryOfChange.newVersion')}
        </Button>
      </div>
    </div>
  );
}
