import { useState } from 'react';
import { Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { query, upload } from '../../lib/api';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import { SpreadsheetField } from '../../lib/file-field';
import type { ActivityImportResult } from '../../lib/types';

const FORM = 'activity-import';

/**
 * Activities from a CSV or Excel file, one row per activity and organisation (the columns are in
 * the guide): all or nothing, every error named; activities already there are skipped.
 */
export function ImportPanel({ path, onImported }: { path: string; onImported: () => Promise<void> }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [result, setResult] = useState<ActivityImportResult | null>(null);
  const send = async () => {
    if (!file) return setErrors([{ field: 'file', message: t('structural.import.chooseFile') }]);
    setBusy(true);
    setErrors([]);
    try {
      const answer = await upload<ActivityImportResult>(
        `${path}/activity-imports${query({ fileName: file.name })}`,
        file,
      );
      setResult(answer);
      if (answer.created > 0) await onImported();
    } catch (error) {
      setResult(null);
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="stack" aria-labelledby="activity-import">
      <Heading level={2} data-size="sm" id="activity-import">
        {t('structural.import.title')}
      </Heading>
      <Paragraph data-size="sm">{t('structural.import.intro')}</Paragraph>
      <form className="form" onSubmit={(e) => (e.preventDefault(), void send())} noValidate>
        <FormErrors form={FORM} errors={errors} />
        <SpreadsheetField
          id={`${FORM}-file`}
          label={t('structural.import.file')}
          onChange={(chosen) => {
            setFile(chosen);
            setResult(null);
          }}
        />
        <div>
          <Button type="submit" loading={busy}>
            {t('structural.import.send')}
          </Button>
        </div>
      </form>
      {result && result.errorCount > 0 && (
        <>
          <StatusMessage kind="danger">{t('structural.import.refused', { count: result.errorCount })}</StatusMessage>
          <List.Unordered>
            {result.errors.map((e, i) => (
              <List.Item key={i}>{t('structural.import.error', e)}</List.Item>
            ))}
          </List.Unordered>
        </>
      )}
      {result && result.errorCount === 0 && (
        <StatusMessage kind="success">
          {t('structural.import.done', { created: result.created, skipped: result.skipped.length })}
        </StatusMessage>
      )}
    </section>
  );
}
