import { useState } from 'react';
import { Button, Field, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { put, query, upload } from '../../lib/api';
import { SelectField } from '../../lib/fields';
import { formatKronor } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { FinanceYear, OutcomeImportResult } from '../../lib/types';
import { ImportIssuesTable } from '../import/import-issues-table';

const FORM = 'finance-import';

/**
 * The outcome from an SIE 4 file or a CSV/Excel table, all or nothing. A refused SIE file lists its result
 * accounts: the user maps each to a line once, saves, and imports the same file again.
 */
export function OutcomeImport({
  view,
  associationId,
  onImported,
}: {
  view: FinanceYear;
  associationId: string;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<OutcomeImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const path = `/associations/${associationId}/finance/years/${view.year}/outcome${query({ fileName: file.name })}`;
      const r = await upload<OutcomeImportResult>(path, file);
      setResult(r);
      if (r.imported) onImported();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="stack" aria-labelledby="finance-import">
      <Heading level={2} data-size="md" id="finance-import">
        {t('finance.import.title')}
      </Heading>
      <Paragraph data-size="sm">{t('finance.import.help')}</Paragraph>
      <form className="form" onSubmit={(e) => void send(e)} noValidate>
        <Field>
          <Label htmlFor={`${FORM}-file`}>{t('finance.import.file')}</Label>
          <input
            id={`${FORM}-file`}
            type="file"
            accept=".se,.si,.sie,.csv,.xlsx"
            className="ds-input"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <div>
          <Button type="submit" variant="secondary" loading={busy} disabled={!file}>
            {t('finance.import.submit')}
          </Button>
        </div>
      </form>
      {error && <StatusMessage kind="danger">{error}</StatusMessage>}
      {result?.imported && (
        <StatusMessage kind="success">
          {t('finance.import.imported', { rows: result.rows, periods: result.periods.join(', ') })}
        </StatusMessage>
      )}
      {result && !result.imported && <ImportErrors result={result} />}
      {result && !result.imported && result.accounts.length > 0 && (
        <AccountMapping
          key={result.accounts.map((a) => a.account).join()}
          view={view}
          associationId={associationId}
          result={result}
        />
      )}
    </section>
  );
}

function ImportErrors({ result }: { result: OutcomeImportResult }) {
  const { t } = useTranslation();
  return (
    <>
      <StatusMessage kind="danger">{t('finance.import.refused')}</StatusMessage>
      <ImportIssuesTable issues={result.errors} caption={t('finance.import.errorsCaption')} />
    </>
  );
}

function AccountMapping({
  view,
  associationId,
  result,
}: {
  view: FinanceYear;
  associationId: string;
  result: OutcomeImportResult;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Record<string, string>>(
    Object.fromEntries(result.accounts.map((a) => [a.account, a.lineId ?? ''])),
  );
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await put(`/associations/${associationId}/finance/account-mappings`, {
        mappings: result.accounts.map((a) => ({ account: a.account, lineId: choice[a.account] || null })),
      });
      setSaved(true);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void save(e)} noValidate>
      <Heading level={3} data-size="sm">
        {t('finance.import.mappingTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('finance.import.mappingHelp')}</Paragraph>
      {result.accounts.map((a) => (
        <SelectField
          key={a.account}
          form="finance-mapping"
          errors={[]}
          name={`account-${a.account}`}
          label={t('finance.import.account', {
            account: a.account,
            name: a.name ?? '',
            amount: formatKronor(Math.abs(a.amount)),
          })}
          value={choice[a.account] ?? ''}
          onChange={(v) => setChoice({ ...choice, [a.account]: v })}
          empty={t('finance.import.noLine')}
          options={view.lines.map((l) => ({ value: l.id, label: l.name }))}
        />
      ))}
      <div>
        <Button type="submit">{t('finance.import.saveMapping')}</Button>
      </div>
      {saved && <StatusMessage kind="success">{t('finance.import.mappingSaved')}</StatusMessage>}
      {error && <StatusMessage kind="danger">{error}</StatusMessage>}
    </form>
  );
}
