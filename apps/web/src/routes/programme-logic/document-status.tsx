import { useState } from 'react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { approvalInputSchema, type ApprovalInput } from '@insikt/core';
import { post } from '../../lib/api';
import { FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';

/** What a yearly document (programme logic, effectiveness) shows of its lifecycle. */
export interface LifecycleDocument {
  id: string;
  status: 'draft' | 'approved';
  version: number;
  approvedAt: string | null;
  approvedByName: string | null;
  decisionReference: string | null;
}

/**
 * The lifecycle of a yearly document: whether it is fastställd (by whom, when, which decision), the
 * fastställ form for a draft, "ny version" for a fastställd one, and the downloads. `path` is the
 * document's API path; `onChanged` gets the document the server answers with.
 */
export function DocumentStatus<D extends LifecycleDocument>({
  path,
  document,
  canWrite,
  canApprove,
  onChanged,
}: {
  path: string;
  document: D;
  canWrite: boolean;
  canApprove: boolean;
  onChanged: (document: D) => void;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<{ decisionReference: string }, ApprovalInput>({
    form: `approve-${document.id}`,
    defaultValues: { decisionReference: '' },
    toBody: (d) => ({ decisionReference: d.decisionReference, version: document.version }),
    schema: approvalInputSchema,
    onSubmit: async (body) => onChanged(await post<D>(`${path}/approve`, body)),
  });
  const [error, setError] = useState<string | null>(null);
  const newVersion = () =>
    post<D>(`${path}/new-version`)
      .then(onChanged)
      .catch((e: Error) => setError(e.message));
  const a = (key: string) => t(`programmeLogic.approval.${key}`);
  return (
    <div className="stack">
      <Paragraph>
        {document.status === 'approved'
          ? t('programmeLogic.approval.approved', {
              date: formatDateTime(document.approvedAt),
              name: document.approvedByName,
              reference: document.decisionReference,
            })
          : a('draft')}
      </Paragraph>
      <div className="row">
        <span>{t('programmeLogic.download')}:</span>
        <Link href={`/api/v1${path}/export?format=docx`} download>
          {t('programmeLogic.downloadDocx')}
        </Link>
        <Link href={`/api/v1${path}/export?format=pdf`} download>
          {t('programmeLogic.downloadPdf')}
        </Link>
      </div>
      {document.status === 'draft' && canApprove && (
        <BoundForm bound={bound}>
          <Heading level={2} data-size="xs">
            {a('heading')}
          </Heading>
          <FormText name="decisionReference" label={a('decisionReference')} description={a('decisionHelp')} />
          <SubmitButton>{a('submit')}</SubmitButton>
        </BoundForm>
      )}
      {document.status === 'approved' && canWrite && (
        <div className="stack">
          <Paragraph data-size="sm">{a('newVersionHelp')}</Paragraph>
          <div>
            <Button type="button" variant="secondary" onClick={() => void newVersion()}>
              {a('newVersion')}
            </Button>
          </div>
          {error && <StatusMessage kind="danger">{error}</StatusMessage>}
        </div>
      )}
    </div>
  );
}
