import { useState } from 'react';
import { Button, Field, Heading, Label, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CollectedEvidenceSource } from '@insikt/core';
import { del, get, post, upload } from '../../lib/api';
import { FormSelect, FormText } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { StatusMessage } from '../../lib/status-message';
import type { EvidenceItem, EvidenceTable } from '../../lib/types';
import { evidenceKey, evidencePaths, sourcesFor, useEvidence, type EvidenceTarget } from './evidence-api';
import { EvidenceTableView } from './evidence-table-view';

/**
 * The evidence of one field of an evaluation document: what is attached (tables, links, uploaded
 * documents) and, in a draft the user may change, a source of Insikt to preview and attach, a link
 * and an upload. The document's own scope and year decide what the figures cover.
 */
export function EvidencePanel({
  target,
  year,
  interventionIds,
  editable,
}: {
  target: EvidenceTarget;
  year: number;
  interventionIds: readonly string[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { data, error } = useEvidence(target);
  const items = data ?? [];
  return (
    <section className="stack" aria-labelledby={`evidence-${target.fieldKey}`}>
      <Heading level={2} data-size="sm" id={`evidence-${target.fieldKey}`}>
        {t('evidence.heading')}
      </Heading>
      {editable && <Paragraph data-size="sm">{t('evidence.intro')}</Paragraph>}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data && items.length === 0 && <Paragraph data-size="sm">{t('evidence.none')}</Paragraph>}
      {items.map((item) => (
        <AttachedItem key={item.id} item={item} target={target} editable={editable} />
      ))}
      {editable && (
        <>
          <AddFigures target={target} year={year} interventionIds={interventionIds} />
          <AddLink target={target} />
          <Upload target={target} />
        </>
      )}
    </section>
  );
}

function AttachedItem({ item, target, editable }: { item: EvidenceItem; target: EvidenceTarget; editable: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [errors, setErrors] = useState<FormError[]>([]);
  const remove = async () => {
    try {
      await del(evidencePaths(target.associationId).remove(item.id, item.version));
      await client.invalidateQueries({ queryKey: evidenceKey(target.documentId) });
    } catch (e) {
      setErrors(errorsFrom(e));
    }
  };
  return (
    <div className="stack evidence-item">
      {item.table && <EvidenceTableView table={item.table} frozen={item.frozen} />}
      {!item.table && item.source !== 'link' && item.source !== 'document' && (
        <Paragraph data-size="sm">{t('evidence.noFigures')}</Paragraph>
      )}
      {item.url && (
        <Paragraph>
          {t('evidence.link')}:{' '}
          <Link href={item.url} target="_blank" rel="noopener noreferrer">
            {item.title}
          </Link>
        </Paragraph>
      )}
      {item.fileName && (
        <Paragraph>
          {t('evidence.document')}:{' '}
          <Link href={evidencePaths(target.associationId).file(item.id)}>{item.fileName}</Link>
        </Paragraph>
      )}
      <FormErrors form={`evidence-${item.id}`} errors={errors} />
      {editable && (
        <div>
          <Button variant="tertiary" data-size="sm" onClick={() => void remove()}>
            {t('evidence.remove')}
            <span className="visually-hidden">: {t('evidence.removeLabel', { title: item.title })}</span>
          </Button>
        </div>
      )}
    </div>
  );
}

interface FiguresDraft {
  source: CollectedEvidenceSource;
  year: string;
}

function AddFigures({
  target,
  year,
  interventionIds,
}: {
  target: EvidenceTarget;
  year: number;
  interventionIds: readonly string[];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { suggested, others } = sourcesFor(target.fieldKey);
  const [preview, setPreview] = useState<EvidenceTable | null>(null);
  const [previewErrors, setPreviewErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);
  const paths = evidencePaths(target.associationId);
  const bound = useBoundForm<FiguresDraft>({
    form: `evidence-source-${target.fieldKey}`,
    defaultValues: { source: suggested[0] ?? others[0]!, year: String(year) },
    onSubmit: async (draft) => {
      setDone(false);
      const { associationId: _a, ...document } = target;
      await post(paths.items, { ...document, kind: 'source', source: draft.source, year: Number(draft.year) });
      await client.invalidateQueries({ queryKey: evidenceKey(target.documentId) });
      setPreview(null);
      setDone(true);
    },
  });
  const label = (s: CollectedEvidenceSource) => t(`evidence.sources.${s}`);
  const options = [
    ...suggested.map((s) => ({ value: s, label: `${label(s)} (${t('evidence.suggested').toLowerCase()})` })),
    ...others.map((s) => ({ value: s, label: label(s) })),
  ];
  const years = Array.from({ length: 6 }, (_, i) => String(year - i)).map((y) => ({ value: y, label: y }));
  const showPreview = async () => {
    setPreviewErrors([]);
    const { source, year: chosen } = bound.methods.getValues();
    try {
      setPreview(await get<EvidenceTable>(paths.preview(source, Number(chosen), interventionIds)));
    } catch (e) {
      setPreviewErrors(errorsFrom(e));
    }
  };
  return (
    <BoundForm bound={bound} className="stack">
      <Heading level={3} data-size="xs">
        {t('evidence.attach')}
      </Heading>
      <div className="row">
        <FormSelect<FiguresDraft>
          name="source"
          label={t('evidence.source')}
          options={options}
          onChanged={() => setPreview(null)}
        />
        <FormSelect<FiguresDraft>
          name="year"
          label={t('evidence.year')}
          description={t('evidence.yearHint')}
          options={years}
          onChanged={() => setPreview(null)}
        />
      </div>
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => void showPreview()}>
          {t('evidence.preview')}
        </Button>
      </div>
      <FormErrors form={`evidence-preview-${target.fieldKey}`} errors={previewErrors} />
      {preview && <EvidenceTableView table={preview} frozen={false} />}
      {done && <StatusMessage kind="success">{t('evidence.attached')}</StatusMessage>}
      <SubmitButton>{t('evidence.attach')}</SubmitButton>
    </BoundForm>
  );
}

interface LinkDraft {
  title: string;
  url: string;
}

function AddLink({ target }: { target: EvidenceTarget }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const bound = useBoundForm<LinkDraft>({
    form: `evidence-link-${target.fieldKey}`,
    defaultValues: { title: '', url: '' },
    onSubmit: async (draft) => {
      const { associationId, ...document } = target;
      await post(evidencePaths(associationId).items, { ...document, kind: 'link', ...draft });
      await client.invalidateQueries({ queryKey: evidenceKey(target.documentId) });
      bound.methods.reset();
    },
  });
  return (
    <BoundForm bound={bound} className="stack">
      <Heading level={3} data-size="xs">
        {t('evidence.addLink')}
      </Heading>
      <div className="row">
        <FormText<LinkDraft> name="title" label={t('evidence.linkTitle')} />
        <FormText<LinkDraft> name="url" label={t('evidence.linkUrl')} description={t('evidence.linkUrlHint')} />
      </div>
      <SubmitButton>{t('evidence.addLink')}</SubmitButton>
    </BoundForm>
  );
}

function Upload({ target }: { target: EvidenceTarget }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);
  const form = `evidence-upload-${target.fieldKey}`;
  const send = async (file: File | undefined) => {
    if (!file) return;
    setErrors([]);
    setDone(false);
    try {
      await upload(evidencePaths(target.associationId).upload(target, file.name), file);
      await client.invalidateQueries({ queryKey: evidenceKey(target.documentId) });
      setDone(true);
    } catch (e) {
      setErrors(errorsFrom(e));
    }
  };
  return (
    <div className="stack">
      <FormErrors form={form} errors={errors} />
      <Field>
        <Label htmlFor={`${form}-file`}>{t('evidence.upload')}</Label>
        <Paragraph data-size="sm">{t('evidence.uploadHint')}</Paragraph>
        <input
          id={`${form}-file`}
          type="file"
          accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg"
          className="ds-input"
          onChange={(e) => {
            void send(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </Field>
      {done && <StatusMessage kind="success">{t('evidence.uploaded')}</StatusMessage>}
    </div>
  );
}
