import { useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { associationInput, type AssociationInput } from '@insikt/core';
import { get, query } from '../../lib/api';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import type { County, Municipality } from '../../lib/types';

interface Props {
  initial?: AssociationInput;
  submitLabel: string;
  onSubmit: (input: AssociationInput) => Promise<void>;
  readOnly?: boolean;
}

const FORM = 'association';

/** Name, county and member kommuner: used to create a förbund and to edit its details. */
export function AssociationForm({ initial, submitLabel, onSubmit, readOnly }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [countyCode, setCountyCode] = useState(initial?.countyCode ?? '');
  const [codes, setCodes] = useState<string[]>(initial?.municipalityCodes ?? []);
  const [organisationNumber, setOrganisationNumber] = useState(initial?.organisationNumber ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const counties = useQuery({
    queryKey: ['counties'],
    queryFn: () => get<County[]>('/reference/counties'),
    staleTime: Infinity,
  });
  const municipalities = useQuery({
    queryKey: ['municipalities', countyCode],
    queryFn: () => get<Municipality[]>(`/reference/municipalities${query({ county: countyCode })}`),
    enabled: countyCode !== '',
    staleTime: Infinity,
  });
  const errorFor = (field: string) =>
    errors.find((e) => e.field === field || e.field?.startsWith(`${field}.`))?.message;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = associationInput.safeParse({
      name,
      countyCode,
      municipalityCodes: codes,
      organisationNumber: organisationNumber || null,
    });
    if (!parsed.success) {
      return setErrors(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message })));
    }
    setBusy(true);
    setErrors([]);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors form={FORM} errors={errors} />
      <Textfield
        id={fieldId(FORM, 'name')}
        label={t('associations.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errorFor('name')}
        readOnly={readOnly}
        required
      />
      <Field>
        <Label htmlFor={fieldId(FORM, 'countyCode')}>{t('associations.county')}</Label>
        <Select
          id={fieldId(FORM, 'countyCode')}
          value={countyCode}
          disabled={readOnly}
          aria-invalid={errorFor('countyCode') ? true : undefined}
          onChange={(e) => {
            setCountyCode(e.target.value);
            setCodes([]);
          }}
        >
          <Select.Option value="">{t('associations.chooseCounty')}</Select.Option>
          {counties.data?.map((c) => (
            <Select.Option key={c.code} value={c.code}>
              {c.name}
            </Select.Option>
          ))}
        </Select>
        {errorFor('countyCode') && <ValidationMessage>{errorFor('countyCode')}</ValidationMessage>}
      </Field>
      {countyCode && (
        <Fieldset id={fieldId(FORM, 'municipalityCodes')} tabIndex={-1}>
          <Fieldset.Legend>{t('associations.municipalities')}</Fieldset.Legend>
          <Fieldset.Description>{t('associations.municipalitiesHint')}</Fieldset.Description>
          <div className="checkbox-grid">
            {municipalities.data?.map((m) => (
              <Checkbox
                key={m.code}
                label={m.name}
                value={m.code}
                disabled={readOnly}
                checked={codes.includes(m.code)}
                onChange={(e) => setCodes(e.target.checked ? [...codes, m.code] : codes.filter((c) => c !== m.code))}
              />
            ))}
          </div>
          {errorFor('municipalityCodes') && <ValidationMessage>{errorFor('municipalityCodes')}</ValidationMessage>}
        </Fieldset>
      )}
      <Textfield
        id={fieldId(FORM, 'organisationNumber')}
        label={`${t('associations.organisationNumber')} ${t('common.optional')}`}
        value={organisationNumber ?? ''}
        onChange={(e) => setOrganisationNumber(e.target.value)}
        error={errorFor('organisationNumber')}
        readOnly={readOnly}
      />
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
