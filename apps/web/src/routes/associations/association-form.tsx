import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { associationInput, type AssociationInput } from '@insikt/core';
import { get, query } from '../../lib/api';
import { FormCheckboxes, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { County, Municipality } from '../../lib/types';

interface Props {
  initial?: AssociationInput;
  submitLabel: string;
  onSubmit: (input: AssociationInput) => Promise<void>;
  readOnly?: boolean;
}

type Draft = { name: string; countyCode: string; municipalityCodes: string[]; organisationNumber: string };
const FORM = 'association';

/** Name, county and member kommuner: used to create a förbund and to edit its details. */
export function AssociationForm({ initial, submitLabel, onSubmit, readOnly }: Props) {
  const { t } = useTranslation();
  const bound = useBoundForm<Draft, AssociationInput>({
    form: FORM,
    defaultValues: {
      name: initial?.name ?? '',
      countyCode: initial?.countyCode ?? '',
      municipalityCodes: initial?.municipalityCodes ?? [],
      organisationNumber: initial?.organisationNumber ?? '',
    },
    toBody: (d) => ({ ...d, organisationNumber: d.organisationNumber || null }),
    // Checked here first, with the server's rules and messages, before anything is sent.
    schema: associationInput,
    onSubmit,
  });
  const countyCode = useWatch({ control: bound.methods.control, name: 'countyCode' });
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

  return (
    <BoundForm bound={bound} readOnly={readOnly}>
      <FormText<Draft> name="name" required label={t('associations.name')} />
      <FormSelect<Draft>
        name="countyCode"
        label={t('associations.county')}
        options={(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        // The first choice is a prompt, not a value: the schema refuses an empty county.
        placeholder={t('associations.chooseCounty')}
        // Another län has other kommuner.
        onChanged={() => bound.methods.setValue('municipalityCodes', [])}
      />
      {countyCode && (
        <FormCheckboxes<Draft>
          name="municipalityCodes"
          label={t('associations.municipalities')}
          description={t('associations.municipalitiesHint')}
          options={(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.name }))}
        />
      )}
      <FormText<Draft>
        name="organisationNumber"
        label={`${t('associations.organisationNumber')} ${t('common.optional')}`}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </BoundForm>
  );
}
