import { useRef, useState } from 'react';
import { Alert, Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  DEVIATION_TYPES,
  deviationReportInput,
  HINDER_KINDS,
  OWN_ORGANISATION,
  todayIso,
  type DeviationReportInput,
} from '@insikt/core';
import { ApiError } from '../../lib/api';
import { choices, FormCheckboxes, FormDate, FormRadio, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { DeviationReportForm, DeviationReported, DeviationWarnings } from '../../lib/types';

interface Draft {
  occurredOn: string;
  interventionId: string | null;
  forum: string;
  parties: string[];
  type: string;
  hinderKind: string | null;
  description: string;
  suggestion: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

const empty = (): Draft => ({
  occurredOn: todayIso(),
  interventionId: null,
  forum: '',
  parties: [],
  type: '',
  hinderKind: null,
  description: '',
  suggestion: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
});

type Warning = DeviationWarnings['warnings'][number];

/**
 * The deviation report (issue 15 §1), the same for the link and for signed-in staff: what happened,
 * where, which parties, the type and hinder, a suggestion, and contact details that are optional and
 * never published. The server refuses an identity number and warns on other personal-looking
 * text; the warnings are listed here and the reporter may send anyway.
 */
export function ReportForm({
  form: choicesOf,
  language,
  withContact,
  send,
  onSent,
}: {
  form: DeviationReportForm;
  language: 'sv' | 'en';
  /** The link's reporter may leave contact details; signed-in staff are known to the förbund already. */
  withContact: boolean;
  send: (body: DeviationReportInput) => Promise<DeviationReported>;
  /** With what was sent: the receipt tells whether an answer will come by e-mail. */
  onSent: (reported: DeviationReported, sent: DeviationReportInput) => void;
}) {
  const { t } = useTranslation();
  const [warnings, setWarnings] = useState<Warning[]>([]);
  // A ref, not state: the click that confirms is the same event that submits the form.
  const acknowledged = useRef(false);
  const bound = useBoundForm<Draft, DeviationReportInput>({
    form: 'deviation-report',
    defaultValues: empty(),
    schema: deviationReportInput as never,
    toBody: (d) => ({
      occurredOn: d.occurredOn,
      interventionId: d.interventionId,
      forum: d.forum,
      memberIds: d.parties.filter((p) => p !== OWN_ORGANISATION),
      ownOrganisation: d.parties.includes(OWN_ORGANISATION),
      type: d.type as DeviationReportInput['type'],
      hinderKind: (d.hinderKind || null) as DeviationReportInput['hinderKind'],
      description: d.description,
      suggestion: d.suggestion,
      contact: withContact ? { name: d.contactName, email: d.contactEmail, phone: d.contactPhone } : null,
      acknowledgeWarnings: acknowledged.current,
      language,
    }),
    onSubmit: async (body) => {
      try {
        onSent(await send(body), body);
      } catch (error) {
        if (error instanceof ApiError && error.status === 422 && error.body && 'warnings' in (error.body as object)) {
          setWarnings((error.body as DeviationWarnings).warnings);
          return;
        }
        throw error;
      }
    },
  });
  const kinds = {
    phone: t('deviations.warning.phone'),
    email: t('deviations.warning.email'),
    client_name: t('deviations.warning.clientName'),
  };
  return (
    <BoundForm bound={bound}>
      <Alert data-color="info">
        <Paragraph>{t('deviations.noPersonalData')}</Paragraph>
      </Alert>
      <FormDate<Draft> name="occurredOn" label={t('deviations.field.occurredOn')} />
      <FormSelect<Draft>
        name="interventionId"
        label={t('deviations.field.intervention')}
        description={t('deviations.field.interventionHelp')}
        empty={t('deviations.field.noIntervention')}
        options={choicesOf.interventions.map((i) => ({ value: i.id, label: i.name }))}
      />
      <FormText<Draft> name="forum" label={t('deviations.field.forum')} description={t('deviations.field.forumHelp')} />
      <FormCheckboxes<Draft>
        name="parties"
        label={t('deviations.field.parties')}
        options={[
          ...choicesOf.members.map((m) => ({ value: m.id, label: m.name })),
          { value: OWN_ORGANISATION, label: t('deviations.ownOrganisation') },
        ]}
      />
      <FormRadio<Draft, string>
        name="type"
        label={t('deviations.field.type')}
        options={DEVIATION_TYPES.map((type) => ({ value: type, code: type, label: t(`deviations.types.${type}`) }))}
      />
      <FormSelect<Draft>
        name="hinderKind"
        label={t('deviations.field.hinderKind')}
        empty={t('deviations.field.noHinderKind')}
        options={choices(HINDER_KINDS, (k) => t(`deviations.hinderKinds.${k}`))}
      />
      <FormText<Draft>
        name="description"
        multiline
        label={t('deviations.field.description')}
        description={t('deviations.field.descriptionHelp')}
      />
      <FormText<Draft> name="suggestion" multiline label={t('deviations.field.suggestion')} />
      {withContact && (
        <fieldset className="stack">
          <legend>{t('deviations.contact.legend')}</legend>
          <Paragraph data-size="sm">{t('deviations.contact.help')}</Paragraph>
          <FormText<Draft> name="contactName" label={t('deviations.contact.name')} autoComplete="name" />
          <FormText<Draft>
            name="contactEmail"
            type="email"
            label={t('deviations.contact.email')}
            autoComplete="email"
          />
          <FormText<Draft> name="contactPhone" label={t('deviations.contact.phone')} autoComplete="tel" />
        </fieldset>
      )}
      {warnings.length > 0 && (
        <Alert data-color="warning" role="alert">
          <Heading level={2} data-size="xs">
            {t('deviations.warning.heading')}
          </Heading>
          <List.Unordered>
            {warnings.map((w, i) => (
              <List.Item key={i}>
                {kinds[w.kind]}: <q>{w.match}</q>
              </List.Item>
            ))}
          </List.Unordered>
          <Paragraph>{t('deviations.warning.explain')}</Paragraph>
          {withContact && <Paragraph>{t('deviations.warning.ownContact')}</Paragraph>}
          <Button
            type="submit"
            variant="secondary"
            onClick={() => (acknowledged.current = true)}
            data-testid="send-anyway"
          >
            {t('deviations.warning.sendAnyway')}
          </Button>
        </Alert>
      )}
      <SubmitButton>{t('deviations.send')}</SubmitButton>
    </BoundForm>
  );
}
