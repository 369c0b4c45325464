import { useState } from 'react';
import { Button, Checkbox, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { query, upload } from '../../lib/api';
import { SelectField } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import { SpreadsheetField } from '../../lib/file-field';
import { useCan } from '../../lib/auth';
import { useAssociations } from '../../lib/use-associations';
import type { ImportResult } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { ImportIssuesTable } from './import-issues-table';

const FORM = 'import';

/** Import from Excel or CSV: check the whole file, preview what happens, then confirm. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const associations = useAssociations();
  // The server refuses the option for a user who may create insatser in no förbund; not offered.
  const mayCreateInterventions = useCan()('intervention.create');
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [association, setAssociation] = useState('');
  const [createInterventions, setCreateInterventions] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean) => {
    if (!file) return setErrors([{ field: 'file', message: `${t('import.file')}: ${t('common.requiredHint')}` }]);
    setBusy(true);
    setErrors([]);
    try {
      const params = query({
        fileName: file.name,
        association: association || undefined,
        createInterventions: String(createInterventions),
        dryRun: String(dryRun),
      });
      setResult(await upload<ImportResult>(`/imports/participants${params}`, file));
      if (!dryRun) await client.invalidateQueries();
    } catch (error) {
      setResult(null);
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('import.title')}
      </Heading>
      <Paragraph>{t('import.intro')}</Paragraph>
      <Paragraph>
        {t('import.template')}: <Link href="/api/v1/imports/template?format=xlsx">Excel (.xlsx)</Link> ·{' '}
        <Link href="/api/v1/imports/template?format=csv">CSV</Link>
      </Paragraph>
      <Paragraph data-size="sm">{t('import.templateHint')}</Paragraph>
      <form className="form" onSubmit={(e) => (e.preventDefault(), void send(true))} noValidate>
        <FormErrors form={FORM} errors={errors} />
        <SpreadsheetField
          id="import-file"
          label={t('import.file')}
          onChange={(chosen) => {
            setFile(chosen);
            setResult(null);
          }}
        />
        {(associations.data?.length ?? 0) > 0 && (
          <SelectField
            form={FORM}
            errors={errors}
            name="association"
            label={t('import.association')}
            value={association}
            empty="–"
            onChange={setAssociation}
            options={(associations.data ?? []).map((a) => ({ value: a.name, label: a.name }))}
          />
        )}
        {mayCreateInterventions && (
          <Checkbox
            label={t('import.createInterventions')}
            checked={createInterventions}
            onChange={(e) => {
              setCreateInterventions(e.target.checked);
              setResult(null);
            }}
          />
        )}
        <div>
          <Button type="submit" loading={busy && !result}>
            {t('import.check')}
          </Button>
        </div>
      </form>

      {result && result.errorCount > 0 && (
        <section className="stack" aria-labelledby="import-errors">
          <StatusMessage kind="danger">{t('import.errors', { count: result.errorCount })}</StatusMessage>
          <Heading level={2} data-size="sm" id="import-errors">
            {t('import.message')}
          </Heading>
          <ImportIssuesTable issues={result.errors} />
        </section>
      )}

      {result && result.errorCount === 0 && (
        <section className="stack" aria-labelledby="import-preview">
          <Heading level={2} data-size="sm" id="import-preview">
            {result.dryRun ? t('import.preview') : t('import.title')}
          </Heading>
          <StatusMessage kind={result.dryRun ? 'info' : 'success'}>
            {t(result.dryRun ? 'import.previewIntro' : 'import.done', {
              rows: result.rows,
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
          </StatusMessage>
          {result.exampleRows.length > 0 && (
            <Paragraph data-size="sm">{t('import.exampleSkipped', { rows: result.exampleRows.join(', ') })}</Paragraph>
          )}
          {result.ignoredColumns.length > 0 && (
            <Paragraph data-size="sm">{t('import.ignored', { columns: result.ignoredColumns.join(', ') })}</Paragraph>
          )}
          <List.Unordered>
            {result.interventions.map((i) => (
              <List.Item key={`${i.association}/${i.name}`}>
                {i.association} / {i.name} {i.isNew && `(${t('import.newIntervention')})`}: {i.rows}{' '}
                {t('import.rows').toLowerCase()}
              </List.Item>
            ))}
          </List.Unordered>
          {result.dryRun && (
            <div>
              <Button onClick={() => void send(false)} loading={busy}>
                {t('import.confirm')}
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
