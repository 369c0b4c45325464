import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  COLLABORATION_FORMS,
  DECISION_OUTCOMES,
  GAP_TYPES,
  IMPLEMENTATION_BARRIERS,
  implementationRecordInput,
  INTERVENTION_FORMS,
  type ImplementationRecordInput,
} from '@insikt/core';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { choices, FormCheckboxes, FormDate, FormRadio, FormSelect, FormText } from '../../lib/fields';
import type { Association, ImplementationRecord } from '../../lib/types';

const FORM = 'implementation';
type Draft = Omit<ImplementationRecordInput, 'version'>;

/** The form's draft from the stored record (the named receiver is blank for whoever may not see it). */
const draftOf = (r: ImplementationRecord): Draft => ({
  gapType: r.gapType,
  collaborationForm: r.collaborationForm,
  interventionForm: r.interventionForm,
  receivingMemberId: r.receivingMemberId,
  namedReceiver: r.namedReceiver ?? '',
  implementationGoal: r.implementationGoal,
  financingPlan: r.financingPlan,
  financingFrom: r.financingFrom,
  decisions: r.decisions,
  barriers: r.barriers,
  barrierOther: r.barrierOther,
});

/** Gap type, samverkansform, form, plan, financing, the parties' decisions and barriers of one insats. */
export function ImplementationForm({
  record,
  association,
  onSubmit,
}: {
  record: ImplementationRecord;
  association: Association;
  onSubmit: (body: ImplementationRecordInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<Draft, ImplementationRecordInput>({
    form: FORM,
    defaultValues: draftOf(record),
    toBody: (draft) => ({ ...draft, version: record.version }),
    schema: implementationRecordInput,
    onSubmit,
  });
  const members = association.members.map((m) => ({ value: m.id, label: m.name }));
  return (
    <BoundForm bound={bound}>
      <Fieldset>
        <Fieldset.Legend>{t('implementation.kindOfInsats')}</Fieldset.Legend>
        <FormRadio<Draft, string>
          name="gapType"
          label={t('implementation.gapType')}
          description={t('implementation.gapHelp')}
          options={GAP_TYPES.map((g) => ({ value: g, code: g, label: t(`implementation.codes.gapType.${g}`) }))}
        />
        <FormSelect<Draft>
          name="collaborationForm"
          label={t('implementation.collaborationForm')}
          description={t('implementation.collaborationHelp')}
          empty={t('implementation.notSet')}
          options={choices(COLLABORATION_FORMS, (c) => t(`implementation.codes.collaborationForm.${c}`))}
        />
        <FormSelect<Draft>
          name="interventionForm"
          label={t('implementation.interventionForm')}
          empty={t('implementation.notSet')}
          options={choices(INTERVENTION_FORMS, (c) => t(`implementation.codes.interventionForm.${c}`))}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('implementation.plan')}</Fieldset.Legend>
        <FormSelect<Draft>
          name="receivingMemberId"
          label={t('implementation.receivingMember')}
          empty={t('implementation.notSet')}
          options={members}
        />
        <FormText<Draft>
          name="namedReceiver"
          label={t('implementation.namedReceiver')}
          description={t('implementation.namedReceiverHelp')}
        />
        <FormText<Draft> name="implementationGoal" label={t('implementation.implementationGoal')} multiline />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('implementation.financing')}</Fieldset.Legend>
        <FormText<Draft> name="financingPlan" label={t('implementation.financingPlan')} multiline />
        <FormDate<Draft> name="financingFrom" label={t('implementation.financingFrom')} nullable />
      </Fieldset>
      <DecisionFields members={members} />
      <BarrierFields />
      <SubmitButton>{t('common.save')}</SubmitButton>
    </BoundForm>
  );
}

function DecisionFields({ members }: { members: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray<Draft, 'decisions'>({ name: 'decisions' });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('implementation.decisions')}</Fieldset.Legend>
      <Fieldset.Description>{t('implementation.decisionsHint')}</Fieldset.Description>
      {fields.map((field, i) => (
        <div key={field.id} className="row">
          <FormSelect<Draft>
            name={`decisions.${i}.memberId`}
            label={t('implementation.party')}
            placeholder="–"
            options={members}
          />
          <FormDate<Draft> name={`decisions.${i}.date`} label={t('implementation.date')} />
          <FormSelect<Draft>
            name={`decisions.${i}.outcome`}
            label={t('implementation.decision')}
            options={choices(DECISION_OUTCOMES, (d) => t(`implementation.codes.decision.${d}`))}
          />
          <FormText<Draft> name={`decisions.${i}.reference`} label={t('implementation.reference')} />
          <FormText<Draft> name={`decisions.${i}.note`} label={t('implementation.note')} />
          <div>
            <Button type="button" variant="tertiary" data-color="danger" onClick={() => remove(i)}>
              {t('common.remove')}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            append({
              memberId: '',
              date: new Date().toISOString().slice(0, 10),
              outcome: 'full',
              reference: '',
              note: '',
            })
          }
        >
          {t('implementation.addDecision')}
        </Button>
      </div>
    </Fieldset>
  );
}

function BarrierFields() {
  const { t } = useTranslation();
  const barriers = useWatch<Draft, 'barriers'>({ name: 'barriers' });
  return (
    <>
      <FormCheckboxes<Draft>
        name="barriers"
        label={t('implementation.barriers')}
        options={choices(IMPLEMENTATION_BARRIERS, (b) => t(`implementation.codes.barrier.${b}`))}
      />
      {barriers?.includes('other') && <FormText<Draft> name="barrierOther" label={t('implementation.barrierOther')} />}
    </>
  );
}
