import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { SurveyTemplate } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { QuestionList } from './question-list';
import { TemplateEditor } from './template-editor';
import { surveyPaths } from './survey-paths';

/** One of the förbund's templates: the editor, or a read view with "Låst" and why when it is locked. */
export function TemplatePage() {
  const { t } = useTranslation();
  const { associationId, templateId } = useParams({ strict: false }) as { associationId: string; templateId: string };
  const paths = surveyPaths(associationId);
  const client = useQueryClient();
  const write = useCan()('survey.write', associationId);
  const [errors, setErrors] = useState<FormError[]>([]);
  const template = useQuery({
    queryKey: ['survey-templates', associationId, templateId],
    queryFn: () => get<SurveyTemplate>(paths.templateApi(templateId)),
  });
  usePageTitle(template.data?.name ?? t('surveys.templatesTitle'));
  if (template.isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (template.error || !template.data)
    return <StatusMessage kind="danger">{template.error?.message ?? t('surveys.notFound')}</StatusMessage>;
  const tpl = template.data;

  const lock = async () => {
    if (!window.confirm(t('surveys.lockConfirm'))) return;
    setErrors([]);
    try {
      const locked = await post<SurveyTemplate>(`${paths.templateApi(tpl.id)}/lock`, { version: tpl.version });
      client.setQueryData(['survey-templates', associationId, templateId], locked);
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.templates as never}>{t('surveys.backToTemplates')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        <span className="row">
          {tpl.name}
          {tpl.locked && <Tag data-color="warning">{t('surveys.locked')}</Tag>}
        </span>
      </Heading>
      {tpl.locked && <Paragraph>{t('surveys.lockedWhy')}</Paragraph>}
      <Paragraph data-size="sm">
        {t('surveys.templateVersionOf', { version: tpl.version })}
        {tpl.source && ` · ${t('surveys.source')}: ${tpl.source}`}
      </Paragraph>
      <div className="row">
        <Link href={`/api/v1${paths.templateApi(tpl.id)}/export.json`} download>
          {t('surveys.exportJson')}
        </Link>
        {write && !tpl.locked && (
          <Button variant="secondary" data-size="sm" onClick={() => void lock()}>
            {t('surveys.lock')}
          </Button>
        )}
      </div>
      <FormErrors form="template-lock" errors={errors} />
      {tpl.locked || !write ? (
        <QuestionList questionnaire={tpl.questionnaire} />
      ) : (
        <TemplateEditor key={tpl.id} associationId={associationId} template={tpl} />
      )}
    </div>
  );
}
