import { Button, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  GOAL_COMPARISONS,
  GOAL_SOURCES,
  GOAL_UNITS,
  goalSource,
  goalValueIndicator,
  indicatorKind,
  INTERVENTION_KINDS,
  INTERVENTION_STATUSES,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  STAFF_ROLES,
  type GoalSource,
} from '@insikt/core';
import { BoundForm, SubmitButton, useBoundForm, useFormFrame } from '../../lib/form';
import { choices, FormDate, FormNumber, FormSelect, FormText, SelectField, TextField } from '../../lib/fields';
import { formatKronor } from '../../lib/format';
import { GoalDeviationFields } from '../deviations/goal-deviation-fields';
import { GoalSurveyFields } from '../surveys/goal-survey-fields';
import type { Association, Goal, Intervention } from '../../lib/types';

const FORM = 'intervention';
// A new goal has no id yet: the server gives it one (decision 0062).
type Draft = Omit<Intervention, 'id' | 'associationId' | 'version' | 'staff' | 'createdAt' | 'updatedAt' | 'goals'> & {
  goals: (Omit<Goal, 'id'> & { id?: string | null })[];
};

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

// Shares are stored as fractions and typed in percent (a survey goal's value is a share).
const isShare = (goal: Draft['goals'][number]) => {
  const unit = goalValueIndicator(goal as Parameters<typeof goalValueIndicator>[0]);
  return !!unit && indicatorKind(unit) === 'share';
};

/** Setup of an insats: facts, financing model, budget per year and goals with key indicators. */
export function InterventionForm({
  association,
  interventionId = null,
  initial,
  submitLabel,
  onSubmit,
}: {
  association: Association;
  /** The insats being edited; null when creating one. */
  interventionId?: string | null;
  initial: Draft;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<void>;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<Draft>({ form: FORM, defaultValues: initial, onSubmit });

  return (
    <BoundForm bound={bound}>
      <FormText<Draft> name="name" label={t('interventions.name')} />
      <div className="row">
        <FormSelect<Draft>
          name="kind"
          label={t('interventions.kind')}
          options={choices(INTERVENTION_KINDS, (k) => t(`codes.kind.${k}`))}
        />
        <FormSelect<Draft>
          name="status"
          label={t('interventions.status')}
          options={choices(INTERVENTION_STATUSES, (k) => t(`codes.status.${k}`))}
        />
      </div>
      <div className="row">
        <FormDate<Draft> name="startDate" label={t('interventions.startDate')} />
        <FormDate<Draft> name="endDate" nullable label={`${t('interventions.endDate')} ${t('common.optional')}`} />
      </div>
      <FormSelect<Draft>
        name="ownerMemberId"
        label={t('interventions.owner')}
        empty={t('interventions.none')}
        options={association.members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <FormText<Draft> name="targetGroup" multiline label={t('interventions.targetGroup')} />
      <FormText<Draft> name="description" multiline label={t('interventions.description')} />
      <StaffingFields />
      <BudgetFields />
      <GoalFields association={association} interventionId={interventionId} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </BoundForm>
  );
}

/** A list of rows in a fieldset, each with a remove button, and a button that adds a row. */
function ListFieldset<K extends 'staffing' | 'budgets' | 'goals'>({
  name,
  legend,
  description,
  addLabel,
  newItem,
  row,
}: {
  name: K;
  legend: string;
  description?: string;
  addLabel: string;
  newItem: () => Draft[K][number];
  row: (index: number, remove: React.ReactNode) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray<Draft, K>({ name });
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {fields.map((field, i) => (
        <div key={field.id} className="stack">
          {row(
            i,
            <Button type="button" variant="tertiary" data-color="danger" onClick={() => remove(i)}>
              {t('common.remove')}
            </Button>,
          )}
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => append(newItem() as never)}>
          {addLabel}
        </Button>
      </div>
    </Fieldset>
  );
}

function StaffingFields() {
  const { t } = useTranslation();
  return (
    <ListFieldset
      name="staffing"
      legend={t('interventions.staffing')}
      description={t('interventions.staffingHint')}
      addLabel={t('interventions.addStaffing')}
      newItem={() => ({ role: 'coach', title: '', percent: 100 })}
      row={(i, remove) => (
        <div className="row">
          <FormSelect<Draft>
            name={`staffing.${i}.role`}
            label={t('interventions.role')}
            options={choices(STAFF_ROLES, (r) => t(`codes.staffRole.${r}`))}
          />
          <FormText<Draft> name={`staffing.${i}.title`} label={t('interventions.title_')} />
          <FormNumber<Draft> name={`staffing.${i}.percent`} empty={0} label={t('interventions.percent')} />
          {remove}
        </div>
      )}
    />
  );
}

function BudgetFields() {
  const { t } = useTranslation();
  return (
    <ListFieldset
      name="budgets"
      legend={t('interventions.budgets')}
      addLabel={t('interventions.addYear')}
      newItem={() => ({ year: new Date().getFullYear(), budget: 0, actualCost: null })}
      row={(i, remove) => (
        <div className="row">
          <FormNumber<Draft> name={`budgets.${i}.year`} empty={0} label={t('interventions.year')} />
          <FormNumber<Draft> name={`budgets.${i}.budget`} empty={0} label={t('interventions.budget')} />
          <ActualCost index={i} />
          {remove}
        </div>
      )}
    />
  );
}

/** The actual cost of a year the förbund keeps in its accounts is the outcome there: shown, not typed (decision 0051). */
function ActualCost({ index }: { index: number }) {
  const { t } = useTranslation();
  const { form, errors } = useFormFrame();
  const fromAccounts = useWatch<Draft>({ name: `budgets.${index}.fromAccounts` }) as boolean | undefined;
  const actual = useWatch<Draft>({ name: `budgets.${index}.actualCost` }) as number | null | undefined;
  if (!fromAccounts)
    return <FormNumber<Draft> name={`budgets.${index}.actualCost`} label={t('interventions.actualCost')} />;
  return (
    <TextField
      form={form}
      errors={errors}
      name={`budgets.${index}.actualCost`}
      label={t('interventions.actualCost')}
      description={t('interventions.actualCostFromAccounts')}
      value={formatKronor(actual)}
      onChange={() => undefined}
      readOnly
    />
  );
}

function GoalFields({ association, interventionId }: { association: Association; interventionId: string | null }) {
  const { t } = useTranslation();
  return (
    <ListFieldset
      name="goals"
      legend={t('interventions.goals')}
      description={t('interventions.targetHint')}
      addLabel={t('interventions.addGoal')}
      newItem={() => ({
        description: '',
        indicatorId: 'andel_forvarvsarbete',
        column: 'total',
        comparison: 'at_least',
        target: 0.3,
      })}
      row={(i, remove) => (
        <GoalRow index={i} remove={remove} association={association} interventionId={interventionId} />
      )}
    />
  );
}

function GoalRow({
  index: i,
  remove,
  association,
  interventionId,
}: {
  index: number;
  remove: React.ReactNode;
  association: Association;
  interventionId: string | null;
}) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<Draft>();
  const { form, errors, readOnly } = useFormFrame();
  const goal = useWatch({ control, name: `goals.${i}` });
  const source = goalSource(goal);
  const share = isShare(goal);
  const unit = share ? ' (%)' : source === 'deviations' ? ` (${t('interventions.casesPerYear')})` : '';
  const measureBy = (next: GoalSource) => {
    setValue(`goals.${i}.indicatorId`, next === 'outcome' ? 'andel_forvarvsarbete' : null, { shouldDirty: true });
    setValue(`goals.${i}.survey`, next === 'survey' ? { surveyId: '', questionId: null, compositeId: null } : null, {
      shouldDirty: true,
    });
    // The seed 000 indicator is the agreement type; the user may widen or narrow it.
    setValue(`goals.${i}.deviations`, next === 'deviations' ? { types: ['agreement_breach'], parties: [] } : null, {
      shouldDirty: true,
    });
    // Fewer deviations is better: such a goal is usually "högst N".
    if (next === 'deviations') setValue(`goals.${i}.comparison`, 'at_most', { shouldDirty: true });
    // Only a goal followed up by hand has a unit of its own (decision 0062).
    setValue(`goals.${i}.unit`, next === 'manual' ? 'number' : null, { shouldDirty: true });
  };
  return (
    <>
      <Heading level={3} data-size="2xs">
        {t('interventions.goal')} {i + 1}
      </Heading>
      <FormText<Draft> name={`goals.${i}.description`} label={t('interventions.goal')} />
      <SelectField
        form={form}
        name={`goals.${i}.source`}
        errors={errors}
        disabled={readOnly}
        label={t('interventions.measuredBy')}
        options={choices(GOAL_SOURCES, (k) => t(`interventions.goalSources.${k}`))}
        value={source}
        onChange={(v) => measureBy(v as GoalSource)}
      />
      {source === 'survey' && (
        <GoalSurveyFields associationId={association.id} interventionId={interventionId} name={`goals.${i}.survey`} />
      )}
      {source === 'deviations' && <GoalDeviationFields association={association} name={`goals.${i}.deviations`} />}
      <div className="row">
        {source === 'manual' && (
          <FormSelect<Draft>
            name={`goals.${i}.unit`}
            label={t('interventions.unit')}
            options={choices(GOAL_UNITS, (u) => t(`interventions.units.${u}`))}
          />
        )}
        {source === 'outcome' && (
          <>
            <FormSelect<Draft>
              name={`goals.${i}.indicatorId`}
              label={t('interventions.indicator')}
              options={OUTCOME_INDICATORS.map((o) => ({ value: o.id, label: o.label }))}
            />
            <FormSelect<Draft>
              name={`goals.${i}.column`}
              label={t('interventions.column')}
              options={choices(OUTCOME_COLUMNS, (c) => t(`report.columns.${c}`))}
            />
          </>
        )}
        <FormSelect<Draft>
          name={`goals.${i}.comparison`}
          label={t('interventions.comparison')}
          options={choices(GOAL_COMPARISONS, (c) => t(`interventions.comparisons.${c}`))}
        />
        {/* A goal followed up by hand may lack a target: its values are then shown without fulfilment. */}
        <FormNumber<Draft>
          name={`goals.${i}.target`}
          empty={source === 'manual' ? null : 0}
          percent={share}
          label={`${t('interventions.target')}${unit}${source === 'manual' ? ` ${t('common.optional')}` : ''}`}
        />
        {goal.comparison === 'between' && (
          <FormNumber<Draft>
            name={`goals.${i}.targetMax`}
            empty={0}
            percent={share}
            label={`${t('interventions.targetMax')}${unit}`}
          />
        )}
      </div>
      <div>{remove}</div>
    </>
  );
}
