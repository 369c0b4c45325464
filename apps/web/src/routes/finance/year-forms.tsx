import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  financeYearInput,
  GRANULARITIES,
  PER_INHABITANT_BASES,
  stateMoneyInput,
  type FinanceYearInput,
  type StateMoneyInput,
} from '@insikt/core';
import { put } from '../../lib/api';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { choices, FormNumber, FormSelect } from '../../lib/fields';
import type { FinanceYear } from '../../lib/types';

type YearDraft = Omit<FinanceYearInput, 'version'>;

/** Whether the year is followed up by tertial or month, and the equity it opens with. */
export function YearSettingsForm({
  view,
  path,
  onSaved,
}: {
  view: FinanceYear;
  path: string;
  onSaved: (data: FinanceYear) => void;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<YearDraft, FinanceYearInput>({
    form: 'finance-settings',
    defaultValues: { granularity: view.settings.granularity, openingEquity: view.settings.openingEquity },
    toBody: (d) => ({ ...d, version: view.settings.version }),
    schema: financeYearInput,
    onSubmit: async (body) => onSaved(await put<FinanceYear>(path, body)),
  });
  return (
    <BoundForm bound={bound}>
      <Heading level={2} data-size="md">
        {t('finance.settings.title')}
      </Heading>
      <FormSelect<YearDraft>
        name="granularity"
        label={t('finance.settings.granularity')}
        options={choices(GRANULARITIES, (g) => t(`finance.settings.${g}`))}
      />
      <FormNumber<YearDraft>
        name="openingEquity"
        empty={0}
        label={t('finance.settings.openingEquity')}
        description={t('finance.settings.openingEquityHelp')}
      />
      <SubmitButton>{t('finance.settings.save')}</SubmitButton>
    </BoundForm>
  );
}

type StateDraft = Omit<StateMoneyInput, 'version'>;

/** Offered, requested and granted state money, and the basis of kronor per inhabitant. */
export function StateMoneyForm({
  view,
  path,
  onSaved,
}: {
  view: FinanceYear;
  path: string;
  onSaved: (data: FinanceYear) => void;
}) {
  const { t } = useTranslation();
  const s = view.stateMoney;
  const bound = useBoundForm<StateDraft, StateMoneyInput>({
    form: 'finance-state-money',
    defaultValues: {
      offered: s.offered,
      requested: s.requested,
      granted: s.granted,
      perInhabitantBasis: s.perInhabitantBasis,
    },
    toBody: (d) => ({ ...d, version: s.version }),
    schema: stateMoneyInput,
    onSubmit: async (body) => onSaved(await put<FinanceYear>(`${path}/state-money`, body)),
  });
  return (
    <BoundForm bound={bound}>
      <Heading level={2} data-size="md">
        {t('finance.state.title', { year: view.year })}
      </Heading>
      <FormNumber<StateDraft> name="offered" label={t('finance.state.offered')} />
      <FormNumber<StateDraft> name="requested" label={t('finance.state.requested')} />
      <FormNumber<StateDraft> name="granted" label={t('finance.state.granted')} />
      <FormSelect<StateDraft>
        name="perInhabitantBasis"
        label={t('finance.state.basis')}
        options={choices(PER_INHABITANT_BASES, (b) => t(`finance.state.bases.${b}`))}
      />
      <SubmitButton>{t('finance.state.save')}</SubmitButton>
    </BoundForm>
  );
}
