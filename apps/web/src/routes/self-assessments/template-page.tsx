import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { gridPosition, type SelfAssessmentKind } from '@insikt/core';
import { get, post, put } from '../../lib/api';
import { FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm, useFormFrame } from '../../lib/form';
import { StatusMessage } from '../../lib/status-message';
import type { SelfAssessmentTemplate } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { selfAssessmentPaths } from './self-assessment-api';

interface Draft {
  fields: { number: number; questions: { key?: string; text: string; help: string }[] }[];
}

/**
 * The förbund's own template of a model: the built-in questions until the förbundsadministratör
 * makes a copy, then editable (wording, help text, questions added or removed). Assessments
 * already started keep the questions they were started with.
 */
export function TemplatePage() {
  const { t } = useTranslation();
  const { associationId, kind } = useParams({ strict: false }) as { associationId: string; kind: SelfAssessmentKind };
  usePageTitle(t('selfAssessments.templateTitle', { kind: t(`selfAssessments.kinds.${kind}`) }));
  const client = useQueryClient();
  const url = `/associations/${associationId}/self-assessment-templates`;
  const key = ['self-assessment-templates', associationId];
  const { data, error } = useQuery({ queryKey: key, queryFn: () => get<SelfAssessmentTemplate[]>(url) });
  const [copyError, setCopyError] = useState<string | null>(null);
  const template = data?.find((d) => d.kind === kind);
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  if (!template) return <Spinner aria-label={t('common.loading')} />;
  const copy = async () => {
    setCopyError(null);
    try {
      await post(`${url}/${kind}`);
      await client.invalidateQueries({ queryKey: key });
    } catch (e) {
      setCopyError((e as Error).message);
    }
  };
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={selfAssessmentPaths(associationId).screen as never}>{t('selfAssessments.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('selfAssessments.templateTitle', { kind: t(`selfAssessments.kinds.${kind}`) })}
      </Heading>
      {kind === 'nine' && <Paragraph data-size="sm">{t('selfAssessments.nineChoice')}</Paragraph>}
      {template.id ? (
        <Paragraph>{t('selfAssessments.templateOwn', { version: template.version })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('selfAssessments.templateCopyIntro')}</Paragraph>
          {copyError && <StatusMessage kind="danger">{copyError}</StatusMessage>}
          <div>
            <Button onClick={() => void copy()}>{t('selfAssessments.templateCopy')}</Button>
          </div>
        </>
      )}
      <TemplateForm
        key={`${template.id}-${template.version}`}
        template={template}
        onSave={async (body) => {
          const saved = await put<SelfAssessmentTemplate>(`${url}/${kind}`, body);
          client.setQueryData<SelfAssessmentTemplate[]>(key, (old) => old?.map((o) => (o.kind === kind ? saved : o)));
        }}
      />
    </div>
  );
}

function TemplateForm({
  template,
  onSave,
}: {
  template: SelfAssessmentTemplate;
  onSave: (body: Draft & { version: number }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<Draft, Draft & { version: number }>({
    form: 'template',
    defaultValues: { fields: template.fields },
    toBody: (d) => ({ ...d, version: template.version }),
    onSubmit: onSave,
  });
  return (
    <BoundForm bound={bound} readOnly={!template.id} className="stack">
      {template.fields.map((f, i) => (
        <TemplateField key={f.number} index={i} number={f.number} />
      ))}
      <SubmitButton>{t('selfAssessments.templateSave')}</SubmitButton>
    </BoundForm>
  );
}

function TemplateField({ index, number }: { index: number; number: number }) {
  const { t } = useTranslation();
  const { readOnly } = useFormFrame();
  const { fields, append, remove } = useFieldArray<Draft, `fields.${number}.questions`>({
    name: `fields.${index}.questions`,
  });
  const position = gridPosition(number);
  return (
    <section className="stack" aria-labelledby={`tpl-${number}`}>
      <Heading level={2} data-size="sm" id={`tpl-${number}`}>
        {t('selfAssessments.fieldTitle', {
          number,
          row: t(`selfAssessments.rows.${position.row}`),
          column: t(`selfAssessments.columns.${position.column}`),
        })}
      </Heading>
      {fields.map((q, j) => (
        <div key={q.id} className="stack sa-action">
          <FormText<Draft>
            name={`fields.${index}.questions.${j}.text`}
            label={t('selfAssessments.questionText', { number: j + 1 })}
          />
          <FormText<Draft>
            name={`fields.${index}.questions.${j}.help`}
            label={t('selfAssessments.questionHelp')}
            multiline
          />
          {!readOnly && fields.length > 1 && (
            <div>
              <Button variant="tertiary" data-size="sm" onClick={() => remove(j)}>
                {t('selfAssessments.removeQuestion', { number: j + 1 })}
              </Button>
            </div>
          )}
        </div>
      ))}
      {!readOnly && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => append({ text: '', help: '' })}>
            {t('selfAssessments.addQuestion', { number })}
          </Button>
        </div>
      )}
    </section>
  );
}
