import { useState } from 'react';
import { Button, Fieldset, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, EXIT_REASONS, OCCUPATIONS, PUBLIC_SUPPORT_DURATIONS, SUPPORT_CODES } from '@insikt/core';
import { CheckboxGroup, fromNumber, SelectField, TextField, toNumber } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { Intervention, Municipality, Participation } from '../../lib/types';

const FORM = 'participant';

// Follow-ups are recorded on their own screen, within their windows (follow-ups/follow-up-page.tsx).
type FollowUpField = Extract<keyof Participation, `followUp${string}`>;

export type ParticipationDraft = Omit<
  Participation,
  | 'id'
  | 'associationId'
  | 'personId'
  | 'version'
  | 'birthDate'
  | 'birthYear'
  | 'createdAt'
  | 'updatedAt'
  | FollowUpField
> & {
  birthYear: number | null;
  personnummer: string;
};

export const emptyParticipation = (interventionId: string): ParticipationDraft => ({
  interventionId,
  personReference: '',
  personnummer: '',
  consent: true,
  consentDate: null,
  gender: 'kvinna',
  birthYear: null,
  municipalityCode: null,
  startDate: new Date().toISOString().slice(0, 10),
  exitDate: null,
  exitReason: null,
  education: null,
  publicSupportBefore: null,
  supportBefore: [],
  supportAfter: [],
  occupationBefore: [],
  occupationAfter: [],
  workHoursBefore: null,
  studyHoursBefore: null,
  workHoursAfter: null,
  studyHoursAfter: null,
  obstacles: [],
  dropoutReason: null,
  comment: null,
});

/** The API body: empty texts become absent, so the server's rules (e.g. "deltagar-id or personnummer") apply. */
export function toBody(d: ParticipationDraft) {
  return {
    ...d,
    personReference: d.consent ? d.personReference || null : null,
    personnummer: d.personnummer || null,
    gender: d.personnummer ? null : d.gender,
    birthYear: d.personnummer ? null : d.birthYear,
    consentDate: d.consentDate || null,
    exitDate: d.exitDate || null,
    exitReason: d.exitDate ? d.exitReason : null,
  };
}

/** Registration, exit and follow-up of one participation, in the order a coach works. */
export function ParticipantForm({
  initial,
  interventions,
  municipalities,
  submitLabel,
  onSubmit,
  isNew,
}: {
  initial: ParticipationDraft;
  interventions: Intervention[];
  municipalities: Municipality[];
  submitLabel: string;
  onSubmit: (draft: ParticipationDraft) => Promise<void>;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const [d, setDraft] = useState(initial);
  const { errors, busy, submit } = useFormSubmit(onSubmit);
  const set = (patch: Partial<ParticipationDraft>) => setDraft({ ...d, ...patch });
  const common = { form: FORM, errors };
  const codes = <T extends string>(list: readonly T[], group: string) =>
    list.map((c) => ({ value: c, label: t(`codes.${group}.${c}`) }));

  return (
    <form className="form" onSubmit={(e) => void submit(d, e)} noValidate>
      <FormErrors form={FORM} errors={errors} />
      <Fieldset>
        <Fieldset.Legend>{t('participants.consent')}</Fieldset.Legend>
        <Radio
          label={t('participants.consentYes')}
          name="consent"
          value="ja"
          checked={d.consent}
          onChange={() => set({ consent: true })}
        />
        <Radio
          label={t('participants.consentNo')}
          name="consent"
          value="nej"
          checked={!d.consent}
          onChange={() => set({ consent: false })}
        />
      </Fieldset>
      {d.consent && (
        <>
          <TextField
            {...common}
            name="consentDate"
            type="date"
            label={`${t('participants.consentDate')} ${t('common.optional')}`}
            value={d.consentDate ?? ''}
            onChange={(v) => set({ consentDate: v || null })}
          />
          <TextField
            {...common}
            name="personReference"
            label={t('participants.reference')}
            description={t('participants.referenceHint')}
            value={d.personReference ?? ''}
            onChange={(v) => set({ personReference: v })}
          />
          {isNew && (
            <TextField
              {...common}
              name="personnummer"
              label={`${t('participants.personnummer')} ${t('common.optional')}`}
              description={t('participants.personnummerHint')}
              value={d.personnummer}
              onChange={(v) => set({ personnummer: v })}
            />
          )}
        </>
      )}
      {!d.personnummer && (
        <div className="row">
          <SelectField
            {...common}
            name="gender"
            label={t('participants.gender')}
            value={d.gender}
            onChange={(v) => set({ gender: v as ParticipationDraft['gender'] })}
            options={codes(['kvinna', 'man'] as const, 'gender')}
          />
          <TextField
            {...common}
            name="birthYear"
            type="number"
            label={t('participants.birthYear')}
            value={fromNumber(d.birthYear)}
            onChange={(v) => set({ birthYear: toNumber(v) })}
          />
        </div>
      )}
      <SelectField
        {...common}
        name="municipalityCode"
        label={`${t('participants.municipality')} ${t('common.optional')}`}
        value={d.municipalityCode ?? ''}
        empty={t('participants.unknown')}
        onChange={(v) => set({ municipalityCode: v || null })}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
      />

      <Fieldset>
        <Fieldset.Legend>{t('participants.enrolment')}</Fieldset.Legend>
        <div className="stack">
          <SelectField
            {...common}
            name="interventionId"
            label={t('participants.intervention')}
            value={d.interventionId}
            onChange={(v) => set({ interventionId: v })}
            options={interventions.filter((i) => i.kind === 'individual').map((i) => ({ value: i.id, label: i.name }))}
          />
          <TextField
            {...common}
            name="startDate"
            type="date"
            label={t('participants.startDate')}
            value={d.startDate}
            onChange={(v) => set({ startDate: v })}
          />
          <SelectField
            {...common}
            name="education"
            label={t('participants.education')}
            value={d.education ?? ''}
            empty={t('participants.unknown')}
            onChange={(v) => set({ education: v || null })}
            options={codes(EDUCATION_LEVELS, 'education')}
          />
          <SelectField
            {...common}
            name="publicSupportBefore"
            label={t('participants.publicSupportBefore')}
            value={d.publicSupportBefore ?? ''}
            empty={t('participants.unknown')}
            onChange={(v) => set({ publicSupportBefore: v || null })}
            options={codes(PUBLIC_SUPPORT_DURATIONS, 'publicSupport')}
          />
          <CheckboxGroup
            {...common}
            name="supportBefore"
            label={t('participants.supportBefore')}
            values={d.supportBefore}
            onChange={(v) => set({ supportBefore: v })}
            options={codes(SUPPORT_CODES, 'support')}
          />
          <CheckboxGroup
            {...common}
            name="occupationBefore"
            label={t('participants.occupationBefore')}
            values={d.occupationBefore}
            onChange={(v) => set({ occupationBefore: v })}
            options={codes(OCCUPATIONS, 'occupation')}
          />
          <div className="row">
            <TextField
              {...common}
              name="workHoursBefore"
              type="number"
              label={t('participants.workHoursBefore')}
              value={fromNumber(d.workHoursBefore)}
              onChange={(v) => set({ workHoursBefore: toNumber(v) })}
            />
            <TextField
              {...common}
              name="studyHoursBefore"
              type="number"
              label={t('participants.studyHoursBefore')}
              value={fromNumber(d.studyHoursBefore)}
              onChange={(v) => set({ studyHoursBefore: toNumber(v) })}
            />
          </div>
        </div>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('participants.exit')}</Fieldset.Legend>
        <div className="stack">
          <div className="row">
            <TextField
              {...common}
              name="exitDate"
              type="date"
              label={t('participants.exitDate')}
              value={d.exitDate ?? ''}
              onChange={(v) => set({ exitDate: v || null })}
            />
            <SelectField
              {...common}
              name="exitReason"
              label={t('participants.exitReason')}
              value={d.exitReason ?? ''}
              empty="–"
              onChange={(v) => set({ exitReason: v || null })}
              options={codes(EXIT_REASONS, 'exitReason')}
            />
          </div>
          {d.exitDate && (
            <>
              <CheckboxGroup
                {...common}
                name="supportAfter"
                label={t('participants.supportAfter')}
                values={d.supportAfter}
                onChange={(v) => set({ supportAfter: v })}
                options={codes(SUPPORT_CODES, 'support')}
              />
              <CheckboxGroup
                {...common}
                name="occupationAfter"
                label={t('participants.occupationAfter')}
                values={d.occupationAfter}
                onChange={(v) => set({ occupationAfter: v })}
                options={codes(OCCUPATIONS, 'occupation')}
              />
              <div className="row">
                <TextField
                  {...common}
                  name="workHoursAfter"
                  type="number"
                  label={t('participants.workHoursAfter')}
                  value={fromNumber(d.workHoursAfter)}
                  onChange={(v) => set({ workHoursAfter: toNumber(v) })}
                />
                <TextField
                  {...common}
                  name="studyHoursAfter"
                  type="number"
                  label={t('participants.studyHoursAfter')}
                  value={fromNumber(d.studyHoursAfter)}
                  onChange={(v) => set({ studyHoursAfter: toNumber(v) })}
                />
              </div>
              {d.exitReason === 'avbrott' && (
                <TextField
                  {...common}
                  name="dropoutReason"
                  multiline
                  label={t('participants.dropoutReason')}
                  value={d.dropoutReason ?? ''}
                  onChange={(v) => set({ dropoutReason: v || null })}
                />
              )}
            </>
          )}
        </div>
      </Fieldset>

      <TextField
        {...common}
        name="comment"
        multiline
        label={`${t('participants.comment')} ${t('common.optional')}`}
        value={d.comment ?? ''}
        onChange={(v) => set({ comment: v || null })}
      />
      <div>
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
