import { useState } from 'react';
import { Button, Field, Heading, Label, Link, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { upload } from '../../lib/api';
import { FormErrors } from '../../lib/form-errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { SurveyTemplate } from '../../lib/types';
import { surveyPaths } from './survey-paths';

const FORM = 'template-import';

/**
 * A template from a file the förbund holds (NNS's indicator questionnaires): JSON as exported here,
 * or an Excel sheet with one question per row. All or nothing: every error names row, column, value.
 */
export function TemplateImport({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const paths = surveyPaths(associationId);
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const { errors, setErrors, busy, submit } = useFormSubmit(async (chosen: File) => {
    const kind = /\.json$/i.test(chosen.name) ? 'import-json' : 'import-excel';
    const created = await upload<SurveyTemplate>(`${paths.templatesApi}/${kind}`, chosen);
    await navigate({ to: paths.template(created.id) as never });
  });
  const send = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors([{ field: 'file', message: t('surveys.importFileMissing') }]);
    void submit(file);
  };
  return (
    <form className="form" onSubmit={send} noValidate>
      <Heading level={3} data-size="sm">
        {t('surveys.importTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('surveys.importIntro')}</Paragraph>
      <Paragraph data-size="sm">
        <Link href={`/api/v1${paths.templatesApi}/excel-sample`}>{t('surveys.excelSample')}</Link>
      </Paragraph>
      <FormErrors form={FORM} errors={errors} />
      <Field>
        <Label htmlFor={`${FORM}-file`}>{t('surveys.importFile')}</Label>
        <input
          id={`${FORM}-file`}
          type="file"
          accept=".json,.xlsx,application/json"
          className="ds-input"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <div>
        <Button type="submit" variant="secondary" loading={busy}>
          {t('surveys.importButton')}
        </Button>
      </div>
    </form>
  );
}
