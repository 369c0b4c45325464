import { Fieldset } from '@digdir/designsystemet-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, EXIT_REASONS, OCCUPATIONS, PUBLIC_SUPPORT_DURATIONS, SUPPORT_CODES } from '@insikt/core';
import { choices, FormCheckboxes, FormDate, FormNumber, FormRadio, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
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

type D = ParticipationDraft;

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
  const bound = useBoundForm<D>({ form: FORM, defaultValues: initial, onSubmit });
  const [consent, personnummer] = useWatch({ control: bound.methods.control, name: ['consent', 'personnummer'] });

  return (
    <BoundForm bound={bound}>
      <FormRadio<D, boolean>
        name="consent"
        label={t('participants.consent')}
        options={[
          { value: true, code: 'ja', label: t('participants.consentYes') },
          { value: false, code: 'nej', label: t('participants.consentNo') },
        ]}
      />
      {consent && (
        <>
          <FormDate<D> name="consentDate" nullable label={`${t('participants.consentDate')} ${t('common.optional')}`} />
          <FormText<D>
            name="personReference"
            label={t('participants.reference')}
            description={t('participants.referenceHint')}
          />
          {isNew && (
            <FormText<D>
              name="personnummer"
              label={`${t('participants.personnummer')} ${t('common.optional')}`}
              description={t('participants.personnummerHint')}
            />
          )}
        </>
      )}
      {!personnummer && (
        <div className="row">
          <FormSelect<D>
            name="gender"
            label={t('participants.gender')}
            options={choices(['kvinna', 'man'] as const, (g) => t(`codes.gender.${g}`))}
          />
          <FormNumber<D> name="birthYear" label={t('participants.birthYear')} />
        </div>
      )}
      <FormSelect<D>
        name="municipalityCode"
        label={`${t('participants.municipality')} ${t('common.optional')}`}
        empty={t('participants.unknown')}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
      />
      <EnrolmentFields interventions={interventions} />
      <ExitFields />
      <FormText<D> name="comment" nullable multiline label={`${t('participants.comment')} ${t('common.optional')}`} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </BoundForm>
  );
}

function useCodes() {
  const { t } = useTranslation();
  return {
    support: choices(SUPPORT_CODES, (c) => t(`codes.support.${c}`)),
    occupation: choices(OCCUPATIONS, (c) => t(`codes.occupation.${c}`)),
  };
}

function EnrolmentFields({ interventions }: { interventions: Intervention[] }) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('participants.enrolment')}</Fieldset.Legend>
      <div className="stack">
        <FormSelect<D>
          name="interventionId"
          label={t('participants.intervention')}
          options={interventions.filter((i) => i.kind === 'individual').map((i) => ({ value: i.id, label: i.name }))}
        />
        <FormDate<D> name="startDate" label={t('participants.startDate')} />
        <FormSelect<D>
          name="education"
          label={t('participants.education')}
          empty={t('participants.unknown')}
          options={choices(EDUCATION_LEVELS, (c) => t(`codes.education.${c}`))}
        />
        <FormSelect<D>
          name="publicSupportBefore"
          label={t('participants.publicSupportBefore')}
          empty={t('participants.unknown')}
          options={choices(PUBLIC_SUPPORT_DURATIONS, (c) => t(`codes.publicSupport.${c}`))}
        />
        <SituationFields when="Before" />
      </div>
    </Fieldset>
  );
}

/** Support, occupation and hours at start ("Before") or at exit ("After"): the same questions twice. */
function SituationFields({ when }: { when: 'Before' | 'After' }) {
  const { t } = useTranslation();
  const codes = useCodes();
  return (
    <>
      <FormCheckboxes<D> name={`support${when}`} label={t(`participants.support${when}`)} options={codes.support} />
      <FormCheckboxes<D>
        name={`occupation${when}`}
        label={t(`participants.occupation${when}`)}
        options={codes.occupation}
      />
      <div className="row">
        <FormNumber<D> name={`workHours${when}`} label={t(`participants.workHours${when}`)} />
        <FormNumber<D> name={`studyHours${when}`} label={t(`participants.studyHours${when}`)} />
      </div>
    </>
  );
}

/** Exit and the situation at exit; follow-ups are recorded on their own screen (decision 0022). */
function ExitFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<D>();
  const [exitDate, exitReason] = useWatch({ control, name: ['exitDate', 'exitReason'] });
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('participants.exit')}</Fieldset.Legend>
        <div className="stack">
          <div className="row">
            <FormDate<D> name="exitDate" nullable label={t('participants.exitDate')} />
            <FormSelect<D>
              name="exitReason"
              label={t('participants.exitReason')}
              empty="–"
              options={choices(EXIT_REASONS, (c) => t(`codes.exitReason.${c}`))}
            />
          </div>
          {exitDate && (
            <>
              <SituationFields when="After" />
              {exitReason === 'avbrott' && (
                <FormText<D> name="dropoutReason" nullable multiline label={t('participants.dropoutReason')} />
              )}
            </>
          )}
        </div>
      </Fieldset>
    </>
  );
}
