import { useState } from 'react';
import { Button, Checkbox, Field, Heading, Label, Link, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { query, upload } from '../../lib/api';
import { TextField } from '../../lib/fields';
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
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [locked, setLocked] = useState(false);
  const { errors, setErrors, busy, submit } = useFormSubmit(async (chosen: File) => {
    // A JSON file carries its own name, source and lock; an Excel sheet only its questions.
    const json = /\.json$/i.test(chosen.name);
    const params = json ? query({ name }) : query({ name, source, locked: String(locked) });
    const created = await upload<SurveyTemplate>(
      `${paths.templatesApi}/${json ? 'import-json' : 'import-excel'}${params}`,
      chosen,
    );
    await navigate({ to: paths.template(created.id) as never });
  });
  const send = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors([{ field: 'file', message: t('surveys.importFileMissing') }]);
    if (!/\.json$/i.test(file.name) && !name.trim())
      return setErrors([{ field: 'name', message: t('surveys.importNameMissing') }]);
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
      <TextField
        form={FORM}
        name="name"
        errors={errors}
        label={t('surveys.importName')}
        description={t('surveys.importNameHint')}
        value={name}
        onChange={setName}
      />
      <TextField
        form={FORM}
        name="source"
        errors={errors}
        label={t('surveys.source')}
        description={t('surveys.sourceHint')}
        value={source}
        onChange={setSource}
      />
      <Checkbox
        label={t('surveys.importLocked')}
        description={t('surveys.importLockedHint')}
        checked={locked}
        onChange={(e) => setLocked(e.target.checked)}
      />
      <div>
        <Button type="submit" variant="secondary" loading={busy}>
          {t('surveys.importButton')}
        </Button>
      </div>
    </form>
  );
}
