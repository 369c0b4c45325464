import { useState } from 'react';
import { Button, Field, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { allocationPaths } from './allocation-paths';
import { ApiError, post, put, query, upload } from '../../lib/api';
import { fromNumber, SelectField, TextField, toNumber } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { AllocationModelYear } from '../../lib/types';
import { useAssociations } from '../../lib/use-associations';
import { useFormSubmit } from '../../lib/use-form-submit';

/** A new model year: the year and D; G, the key weight and the limit start at seed 003's values. */
export function YearCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [year, setYear] = useState('');
  const [amount, setAmount] = useState('');
  const { errors, busy, submit } = useFormSubmit(async () => {
    await post('/allocation/years', { year: toNumber(year), distributable: toNumber(amount) });
    await navigate({ to: allocationPaths.year(year) });
  });
  const common = { form: 'nytt-ar', errors };
  return (
    <form className="form" onSubmit={(e) => void submit(undefined, e)} noValidate>
      <Heading level={3} data-size="sm">
        {t('allocation.newYear')}
      </Heading>
      <FormErrors {...common} />
      <div className="row">
        <TextField {...common} name="year" type="number" label={t('allocation.year')} value={year} onChange={setYear} />
        <TextField
          {...common}
          name="distributable"
          type="number"
          label={t('allocation.distributableKr')}
          value={amount}
          onChange={setAmount}
        />
      </div>
      <div>
        <Button type="submit" loading={busy}>
          {t('allocation.createYear')}
        </Button>
      </div>
    </form>
  );
}

/** The year's parameters (D, G, the weight of försörjningsmått, the protection limit), typed in percent where shares. */
export function ParametersForm({ year, onSaved }: { year: AllocationModelYear; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    distributable: fromNumber(year.distributable),
    baseGrant: fromNumber(year.baseGrant),
    weight: fromNumber(Math.round(year.supportMeasureWeight * 1000) / 10),
    limit: fromNumber(Math.round(year.protectionLimit * 1000) / 10),
  });
  const { errors, busy, submit } = useFormSubmit(async () => {
    await put(`/allocation/years/${year.year}`, {
      distributable: toNumber(values.distributable),
      baseGrant: toNumber(values.baseGrant),
      supportMeasureWeight: (toNumber(values.weight) ?? Number.NaN) / 100,
      protectionLimit: (toNumber(values.limit) ?? Number.NaN) / 100,
      version: year.version,
    });
    await onSaved();
  });
  const common = { form: 'parametrar', errors };
  const field = (name: keyof typeof values, label: string) => (
    <TextField
      {...common}
      name={name}
      type="number"
      label={label}
      value={values[name]}
      onChange={(v) => setValues({ ...values, [name]: v })}
    />
  );
  return (
    <form className="form" onSubmit={(e) => void submit(undefined, e)} noValidate>
      <Heading level={3} data-size="sm">
        {t('allocation.editParameters')}
      </Heading>
      <FormErrors {...common} />
      <div className="row">
        {field('distributable', t('allocation.distributableKr'))}
        {field('baseGrant', t('allocation.baseGrantKr'))}
      </div>
      <div className="row">
        {field('weight', t('allocation.weightPercent'))}
        {field('limit', t('allocation.limitPercent'))}
      </div>
      <div>
        <Button type="submit" loading={busy}>
          {t('allocation.saveParameters')}
        </Button>
      </div>
    </form>
  );
}

/** An import of the year's kommun inputs or förbund list: all or nothing, every error named. */
export function FileImportForm({
  year,
  kind,
  onImported,
}: {
  year: number;
  kind: 'kommun-inputs' | 'forbund/import';
  onImported: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = kind === 'kommun-inputs' ? 'import-kommuner' : 'import-forbund';
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const { errors, setErrors, busy, submit } = useFormSubmit(async (chosen: File) => {
    setDone(null);
    const result = await upload<{ imported: number }>(
      `/allocation/years/${year}/${kind}${query({ fileName: chosen.name })}`,
      chosen,
    );
    await onImported();
    setDone(result.imported);
  });
  const common = { form, errors };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return setErrors([{ field: 'file', message: t('allocation.fileMissing') }]);
        void submit(file);
      }}
      noValidate
    >
      <Heading level={3} data-size="sm">
        {t(kind === 'kommun-inputs' ? 'allocation.importKommuner' : 'allocation.importForbund')}
      </Heading>
      <Paragraph data-size="sm">
        {t(kind === 'kommun-inputs' ? 'allocation.importKommunerHint' : 'allocation.importForbundHint')}
      </Paragraph>
      <FormErrors {...common} />
      <Field>
        <Label htmlFor={`${form}-file`}>{t('allocation.file')}</Label>
        <input
          id={`${form}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv"
          className="ds-input"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <div>
        <Button type="submit" variant="secondary" loading={busy}>
          {t('allocation.import')}
        </Button>
      </div>
      {done !== null && <StatusMessage kind="success">{t('allocation.imported', { count: done })}</StatusMessage>}
    </form>
  );
}

type Row = AllocationModelYear['forbund'][number];

/**
 * Adds or changes one förbund of the model year. For a förbund linked to Insikt, an empty last year's
 * allocation or request is filled from its state money (the server does it).
 */
export function ForbundRowForm({
  year,
  row,
  onSaved,
}: {
  year: number;
  row: Row | null;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const associations = useAssociations();
  const form = 'forbund-rad';
  const [values, setValues] = useState({
    name: row?.name ?? '',
    associationId: row?.associationId ?? '',
    codes: row?.municipalityCodes.join(' ') ?? '',
    previous: fromNumber(row?.previousAllocation),
    requested: fromNumber(row?.requested),
    equity: fromNumber(row?.equity),
    income: fromNumber(row?.income),
  });
  const { errors, busy, submit } = useFormSubmit(async () => {
    const linked = values.associationId !== '';
    // Empty for a linked förbund: left out, so the server fills it from the state money.
    const amount = (text: string) => (text.trim() === '' && linked ? undefined : toNumber(text));
    const body = {
      name: values.name,
      associationId: linked ? values.associationId : null,
      municipalityCodes: values.codes.split(/[\s,;]+/).filter(Boolean),
      previousAllocation: amount(values.previous),
      requested: amount(values.requested),
      equity: toNumber(values.equity),
      income: toNumber(values.income),
    };
    try {
      if (row) await put(`/allocation/years/${year}/forbund/${row.id}`, { ...body, version: row.version });
      else await post(`/allocation/years/${year}/forbund`, body);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409)
        await client.invalidateQueries({ queryKey: ['allocation'] });
      throw error;
    }
    await onSaved();
  });
  const common = { form, errors };
  const text = (name: keyof typeof values, label: string, description?: string, type: 'text' | 'number' = 'number') => (
    <TextField
      {...common}
      name={name}
      type={type}
      label={label}
      description={description}
      value={values[name]}
      onChange={(v) => setValues({ ...values, [name]: v })}
    />
  );
  return (
    <form className="form" onSubmit={(e) => void submit(undefined, e)} noValidate>
      <Heading level={3} data-size="sm">
        {row ? t('allocation.editForbund', { name: row.name }) : t('allocation.addForbund')}
      </Heading>
      <FormErrors {...common} />
      {text('name', t('allocation.forbundName'), undefined, 'text')}
      <SelectField
        {...common}
        name="associationId"
        label={t('allocation.linkedTo')}
        empty={t('allocation.notInInsikt')}
        options={(associations.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
        value={values.associationId}
        onChange={(v) => setValues({ ...values, associationId: v })}
      />
      {text('codes', t('allocation.kommunCodes'), t('allocation.kommunCodesHint'), 'text')}
      <div className="row">
        {text('previous', t('allocation.previousKr'), t('allocation.prefillHint'))}
        {text('requested', t('allocation.requestedKr'), t('allocation.requestedHint'))}
      </div>
      <div className="row">
        {text('equity', t('allocation.equityKr'))}
        {text('income', t('allocation.incomeKr'))}
      </div>
      <div>
        <Button type="submit" loading={busy}>
          {t('allocation.saveForbund')}
        </Button>
      </div>
    </form>
  );
}
