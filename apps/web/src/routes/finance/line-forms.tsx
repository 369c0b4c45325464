import { useState } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  budgetAmountInput,
  FINANCE_LINE_KINDS,
  financeLineInput,
  idSchema,
  INCOME_SOURCES,
  type FinanceLineInput,
} from '@insikt/core';
import { post, put } from '../../lib/api';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { choices, FormCheckboxes, FormNumber, FormSelect, FormText } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import type { FinanceYear } from '../../lib/types';

type LineDraft = {
  name: string;
  kind: 'income' | 'cost';
  incomeSource: string | null;
  interventionId: string | null;
  administration: string[];
};

/** A new line: income with its source, or a cost that is an insats's, administration or other. */
export function NewLineForm({
  view,
  associationId,
  onSaved,
}: {
  view: FinanceYear;
  associationId: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<LineDraft, FinanceLineInput>({
    form: 'finance-line',
    defaultValues: { name: '', kind: 'cost', incomeSource: null, interventionId: null, administration: [] },
    toBody: (d) => ({
      name: d.name,
      kind: d.kind,
      incomeSource: d.kind === 'income' ? (d.incomeSource as FinanceLineInput['incomeSource']) : null,
      interventionId: d.kind === 'cost' ? d.interventionId : null,
      administration: d.kind === 'cost' && !d.interventionId && d.administration.length > 0,
    }),
    schema: financeLineInput,
    onSubmit: async (body) => {
      await post(`/associations/${associationId}/finance/lines`, body);
      bound.methods.reset();
      onSaved();
    },
  });
  return (
    <BoundForm bound={bound}>
      <Heading level={2} data-size="md">
        {t('finance.newLine.title')}
      </Heading>
      <FormText<LineDraft> name="name" label={t('finance.newLine.name')} />
      <FormSelect<LineDraft>
        name="kind"
        label={t('finance.newLine.kind')}
        options={choices(FINANCE_LINE_KINDS, (k) => t(`finance.newLine.kinds.${k}`))}
      />
      <KindFields view={view} />
      <SubmitButton>{t('finance.newLine.save')}</SubmitButton>
    </BoundForm>
  );
}

function KindFields({ view }: { view: FinanceYear }) {
  const { t } = useTranslation();
  const kind = useWatch<LineDraft, 'kind'>({ name: 'kind' });
  const insats = useWatch<LineDraft, 'interventionId'>({ name: 'interventionId' });
  if (kind === 'income') {
    return (
      <FormSelect<LineDraft>
        name="incomeSource"
        label={t('finance.newLine.source')}
        placeholder=""
        options={choices(INCOME_SOURCES, (s) => t(`finance.lines.sources.${s}`))}
      />
    );
  }
  return (
    <>
      <FormSelect<LineDraft>
        name="interventionId"
        label={t('finance.newLine.insats')}
        empty={t('finance.newLine.noInsats')}
        options={view.unlinkedInterventions.map((i) => ({ value: i.id, label: i.name }))}
      />
      {!insats && (
        <FormCheckboxes<LineDraft>
          name="administration"
          label={t('finance.newLine.administration')}
          description={t('finance.newLine.administrationHelp')}
          options={[{ value: 'yes', label: t('finance.newLine.administration') }]}
        />
      )}
    </>
  );
}

type BudgetDraft = { lineId: string; year: string; amount: number | null };
const budgetDraft = z.object({ lineId: idSchema, year: z.string(), amount: budgetAmountInput.shape.amount });
type BudgetBody = z.infer<typeof budgetDraft>;

/** The budget of year 1 or the plan of years 2–3 for one line (an insats's: written into the insats). */
export function BudgetForm({
  view,
  associationId,
  onSaved,
}: {
  view: FinanceYear;
  associationId: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const bound = useBoundForm<BudgetDraft, BudgetBody>({
    form: 'finance-budget',
    defaultValues: { lineId: '', year: String(view.year), amount: null },
    toBody: (d) => d as BudgetBody,
    schema: budgetDraft,
    onSubmit: async (d) => {
      const line = view.lines.find((l) => l.id === d.lineId)!;
      setSaved(false);
      await put(`/associations/${associationId}/finance/lines/${line.id}/budgets/${d.year}`, {
        amount: d.amount,
        version: line.budgetVersion,
      });
      setSaved(true);
      onSaved();
    },
  });
  if (view.lines.length === 0) return null;
  return (
    <BoundForm bound={bound}>
      <Heading level={2} data-size="md">
        {t('finance.budgetForm.title')}
      </Heading>
      <Paragraph data-size="sm">{t('finance.budgetForm.help')}</Paragraph>
      <FormSelect<BudgetDraft>
        name="lineId"
        label={t('finance.budgetForm.line')}
        placeholder=""
        options={view.lines.map((l) => ({ value: l.id, label: l.name }))}
      />
      <FormSelect<BudgetDraft>
        name="year"
        label={t('finance.budgetForm.year')}
        options={[0, 1, 2].map((i) => ({ value: String(view.year + i), label: String(view.year + i) }))}
      />
      <FormNumber<BudgetDraft> name="amount" label={t('finance.budgetForm.amount')} />
      <SubmitButton>{t('finance.budgetForm.save')}</SubmitButton>
      {saved && <StatusMessage kind="success">{t('finance.budgetForm.saved')}</StatusMessage>}
    </BoundForm>
  );
}
