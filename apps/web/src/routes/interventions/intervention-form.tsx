import { useState } from 'react';
import { Button, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  GOAL_COMPARISONS,
  indicatorKind,
  INTERVENTION_KINDS,
  INTERVENTION_STATUSES,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  STAFF_ROLES,
  type OutcomeIndicatorId,
} from '@insikt/core';
import { FormErrors } from '../../lib/form-errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { fromNumber, SelectField, TextField, toNumber } from '../../lib/fields';
import type { Association, Goal, Intervention } from '../../lib/types';

const FORM = 'intervention';
type Draft = Omit<Intervention, 'id' | 'associationId' | 'version' | 'staff' | 'createdAt' | 'updatedAt'>;

export const emptyIntervention = (): Draft => ({
  name: '',
  kind: 'individual',
  description: '',
  startDate: new Date().toISOString().slice(0, 10),
  endDate: null,
  status: 'active',
  ownerMemberId: null,
  targetGroup: '',
  partnerMemberIds: [],
  municipalityCodes: [],
  budgets: [],
  staffing: [],
  goals: [],
});

// Shares are stored as fractions and typed in percent.
const isShare = (goal: Goal) => !!goal.indicatorId && indicatorKind(goal.indicatorId as OutcomeIndicatorId) === 'share';
const shown = (goal: Goal, value: number | null | undefined) =>
  fromNumber(value == null ? null : isShare(goal) ? Math.round(value * 1000) / 10 : value);
const stored = (goal: Goal, text: string) => {
  const n = toNumber(text);
  return n === null ? 0 : isShare(goal) ? n / 100 : n;
};

/** Setup of an insats: facts, financing model, budget per year and goals with key indicators. */
export function InterventionForm({
  association,
  initial,
  submitLabel,
  onSubmit,
  readOnly,
}: {
  association: Association;
  initial: Draft;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<void>;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(initial);
  const { errors, busy, submit } = useFormSubmit(onSubmit);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const setList = <K extends 'staffing' | 'budgets' | 'goals'>(
    key: K,
    index: number,
    patch: Partial<Draft[K][number]>,
  ) => set({ [key]: draft[key].map((item, i) => (i === index ? { ...item, ...patch } : item)) } as Partial<Draft>);
  const removeAt = (key: 'staffing' | 'budgets' | 'goals', index: number) =>
    set({ [key]: draft[key].filter((_, i) => i !== index) } as Partial<Draft>);

  const common = { form: FORM, errors };

  return (
    <form className="form" onSubmit={(e) => void submit(draft, e)} noValidate>
      <FormErrors form={FORM} errors={errors} />
      <TextField
        {...common}
        name="name"
        label={t('interventions.name')}
        value={draft.name}
        onChange={(name) => set({ name })}
        readOnly={readOnly}
      />
      <div className="row">
        <SelectField
          {...common}
          name="kind"
          label={t('interventions.kind')}
          value={draft.kind}
          disabled={readOnly}
          onChange={(kind) => set({ kind: kind as Draft['kind'] })}
          options={INTERVENTION_KINDS.map((k) => ({ value: k, label: t(`codes.kind.${k}`) }))}
        />
        <SelectField
          {...common}
          name="status"
          label={t('interventions.status')}
          value={draft.status}
          disabled={readOnly}
          onChange={(status) => set({ status: status as Draft['status'] })}
          options={INTERVENTION_STATUSES.map((s) => ({ value: s, label: t(`codes.status.${s}`) }))}
        />
      </div>
      <div className="row">
        <TextField
          {...common}
          name="startDate"
          type="date"
          label={t('interventions.startDate')}
          value={draft.startDate}
          readOnly={readOnly}
          onChange={(startDate) => set({ startDate })}
        />
        <TextField
          {...common}
          name="endDate"
          type="date"
          label={`${t('interventions.endDate')} ${t('common.optional')}`}
          value={draft.endDate ?? ''}
          readOnly={readOnly}
          onChange={(v) => set({ endDate: v || null })}
        />
      </div>
      <SelectField
        {...common}
        name="ownerMemberId"
        label={t('interventions.owner')}
        value={draft.ownerMemberId ?? ''}
        empty={t('interventions.none')}
        disabled={readOnly}
        onChange={(v) => set({ ownerMemberId: v || null })}
        options={association.members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <TextField
        {...common}
        name="targetGroup"
        multiline
        label={t('interventions.targetGroup')}
        value={draft.targetGroup}
        readOnly={readOnly}
        onChange={(targetGroup) => set({ targetGroup })}
      />
      <TextField
        {...common}
        name="description"
        multiline
        label={t('interventions.description')}
        value={draft.description}
        readOnly={readOnly}
        onChange={(description) => set({ description })}
      />

      <Fieldset>
        <Fieldset.Legend>{t('interventions.staffing')}</Fieldset.Legend>
        <Fieldset.Description>{t('interventions.staffingHint')}</Fieldset.Description>
        {draft.staffing.map((s, i) => (
          <div className="row" key={i}>
            <SelectField
              {...common}
              name={`staffing.${i}.role`}
              label={t('interventions.role')}
              value={s.role}
              disabled={readOnly}
              onChange={(role) => setList('staffing', i, { role: role as Draft['staffing'][number]['role'] })}
              options={STAFF_ROLES.map((r) => ({ value: r, label: t(`codes.staffRole.${r}`) }))}
            />
            <TextField
              {...common}
              name={`staffing.${i}.title`}
              label={t('interventions.title_')}
              value={s.title}
              readOnly={readOnly}
              onChange={(title) => setList('staffing', i, { title })}
            />
            <TextField
              {...common}
              name={`staffing.${i}.percent`}
              type="number"
              label={t('interventions.percent')}
              value={fromNumber(s.percent)}
              readOnly={readOnly}
              onChange={(v) => setList('staffing', i, { percent: toNumber(v) ?? 0 })}
            />
            {!readOnly && (
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => removeAt('staffing', i)}>
                {t('common.remove')}
              </Button>
            )}
          </div>
        ))}
        {!readOnly && (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() => set({ staffing: [...draft.staffing, { role: 'coach', title: '', percent: 100 }] })}
            >
              {t('interventions.addStaffing')}
            </Button>
          </div>
        )}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('interventions.budgets')}</Fieldset.Legend>
        {draft.budgets.map((b, i) => (
          <div className="row" key={i}>
            <TextField
              {...common}
              name={`budgets.${i}.year`}
              type="number"
              label={t('interventions.year')}
              value={String(b.year)}
              readOnly={readOnly}
              onChange={(v) => setList('budgets', i, { year: toNumber(v) ?? 0 })}
            />
            <TextField
              {...common}
              name={`budgets.${i}.budget`}
              type="number"
              label={t('interventions.budget')}
              value={fromNumber(b.budget)}
              readOnly={readOnly}
              onChange={(v) => setList('budgets', i, { budget: toNumber(v) ?? 0 })}
            />
            <TextField
              {...common}
              name={`budgets.${i}.actualCost`}
              type="number"
              label={t('interventions.actualCost')}
              value={fromNumber(b.actualCost)}
              readOnly={readOnly}
              onChange={(v) => setList('budgets', i, { actualCost: toNumber(v) })}
            />
            {!readOnly && (
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => removeAt('budgets', i)}>
                {t('common.remove')}
              </Button>
            )}
          </div>
        ))}
        {!readOnly && (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                set({ budgets: [...draft.budgets, { year: new Date().getFullYear(), budget: 0, actualCost: null }] })
              }
            >
              {t('interventions.addYear')}
            </Button>
          </div>
        )}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('interventions.goals')}</Fieldset.Legend>
        <Fieldset.Description>{t('interventions.targetHint')}</Fieldset.Description>
        {draft.goals.map((g, i) => (
          <div className="stack" key={i}>
            <Heading level={3} data-size="2xs">
              {t('interventions.goal')} {i + 1}
            </Heading>
            <TextField
              {...common}
              name={`goals.${i}.description`}
              label={t('interventions.goal')}
              value={g.description}
              readOnly={readOnly}
              onChange={(description) => setList('goals', i, { description })}
            />
            <div className="row">
              <SelectField
                {...common}
                name={`goals.${i}.indicatorId`}
                label={t('interventions.indicator')}
                value={g.indicatorId ?? ''}
                empty={t('interventions.manualIndicator')}
                disabled={readOnly}
                onChange={(v) => setList('goals', i, { indicatorId: (v || null) as Goal['indicatorId'] })}
                options={OUTCOME_INDICATORS.map((o) => ({ value: o.id, label: o.label }))}
              />
              <SelectField
                {...common}
                name={`goals.${i}.column`}
                label={t('interventions.column')}
                value={g.column}
                disabled={readOnly}
                onChange={(v) => setList('goals', i, { column: v as Goal['column'] })}
                options={OUTCOME_COLUMNS.map((c) => ({ value: c, label: t(`report.columns.${c}`) }))}
              />
              <SelectField
                {...common}
                name={`goals.${i}.comparison`}
                label={t('interventions.comparison')}
                value={g.comparison}
                disabled={readOnly}
                onChange={(v) => setList('goals', i, { comparison: v as Goal['comparison'] })}
                options={GOAL_COMPARISONS.map((c) => ({ value: c, label: t(`interventions.comparisons.${c}`) }))}
              />
              <TextField
                {...common}
                name={`goals.${i}.target`}
                type="number"
                label={`${t('interventions.target')}${isShare(g) ? ' (%)' : ''}`}
                value={shown(g, g.target)}
                readOnly={readOnly}
                onChange={(v) => setList('goals', i, { target: stored(g, v) })}
              />
              {g.comparison === 'between' && (
                <TextField
                  {...common}
                  name={`goals.${i}.targetMax`}
                  type="number"
                  label={`${t('interventions.targetMax')}${isShare(g) ? ' (%)' : ''}`}
                  value={shown(g, g.targetMax)}
                  readOnly={readOnly}
                  onChange={(v) => setList('goals', i, { targetMax: stored(g, v) })}
                />
              )}
            </div>
            {!readOnly && (
              <div>
                <Button type="button" variant="tertiary" data-color="danger" onClick={() => removeAt('goals', i)}>
                  {t('common.remove')}
                </Button>
              </div>
            )}
          </div>
        ))}
        {!readOnly && (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                set({
                  goals: [
                    ...draft.goals,
                    {
                      description: '',
                      indicatorId: 'andel_forvarvsarbete',
                      column: 'total',
                      comparison: 'at_least',
                      target: 0.3,
                    },
                  ],
                })
              }
            >
              {t('interventions.addGoal')}
            </Button>
          </div>
        )}
      </Fieldset>
      {!readOnly && (
        <div>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
