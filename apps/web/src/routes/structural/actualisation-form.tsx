import { useState } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { ACTUALISATION_DECISIONS, actualisationInput, GENDERS, type ActualisationInput } from '@insikt/core';
import { post, put } from '../../lib/api';
import { choices, FormDate, FormSelect, FormText } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { StructuralActualisation, StructuralActualisationList } from '../../lib/types';
import { ParticipationPicker, type LinkedParticipation } from './participation-picker';

interface Draft {
  date: string;
  raisedBy: string;
  gender: string | null;
  decision: string;
  referredTo: string;
}

/**
 * Records a case raised to the joint team, or edits one (issue 17 §2): the date, the party, the
 * gender and the decision; for those who may read participations, the link to the one it led to.
 * No name and no personnummer, ever.
 */
export function ActualisationForm({
  path,
  associationId,
  list,
  editing,
  onSaved,
}: {
  path: string;
  associationId: string;
  list: StructuralActualisationList;
  editing?: StructuralActualisation;
  onSaved: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [link, setLink] = useState<LinkedParticipation | null>(editing?.participation ?? null);
  const bound = useBoundForm<Draft, ActualisationInput>({
    form: editing ? `actualisation-${editing.id}` : 'new-actualisation',
    defaultValues: {
      date: editing?.date ?? '',
      raisedBy: editing?.raisedBy ?? '',
      gender: editing?.gender ?? null,
      decision: editing?.decision ?? 'samordning',
      referredTo: editing?.referredTo ?? '',
    },
    toBody: (d) => ({
      date: d.date,
      raisedBy: d.raisedBy,
      gender: d.gender as ActualisationInput['gender'],
      decision: d.decision as ActualisationInput['decision'],
      referredTo: d.decision === 'hanvisad' ? d.referredTo : '',
      // Left out for one who may not link: the server then keeps the link it has.
      ...(list.linksShown && { participationId: link?.id ?? null }),
    }),
    schema: actualisationInput as z.ZodType<ActualisationInput>,
    onSubmit: async (body) => {
      if (editing) await put(`${path}/actualisations/${editing.id}`, { ...body, version: editing.version });
      else await post(`${path}/actualisations`, body);
      await onSaved(t('structural.raised.saved'));
    },
  });
  const decision = bound.methods.watch('decision');
  return (
    <BoundForm bound={bound}>
      <Heading level={2} data-size="sm">
        {editing ? t('structural.raised.edit') : t('structural.raised.new')}
      </Heading>
      <div className="row">
        <FormDate<Draft> name="date" label={t('structural.raised.field.date')} />
        <FormSelect<Draft>
          name="raisedBy"
          label={t('structural.raised.field.raisedBy')}
          placeholder={t('structural.raised.field.choose')}
          options={list.parties.map((p) => ({ value: p.id, label: p.name }))}
        />
        <FormSelect<Draft>
          name="gender"
          label={t('structural.raised.field.gender')}
          empty={t('structural.genders.unknown')}
          options={choices(GENDERS, (g) => t(`structural.raised.genders.${g}`))}
        />
      </div>
      <FormSelect<Draft>
        name="decision"
        label={t('structural.raised.field.decision')}
        options={choices(ACTUALISATION_DECISIONS, (d) => t(`structural.raised.decisions.${d}`))}
      />
      {decision === 'hanvisad' && (
        <FormText<Draft>
          name="referredTo"
          label={t('structural.raised.field.referredTo')}
          description={t('structural.raised.field.referredToHelp')}
        />
      )}
      {list.linksShown && <ParticipationPicker associationId={associationId} value={link} onChange={setLink} />}
      <SubmitButton>{editing ? t('common.save') : t('structural.raised.new')}</SubmitButton>
    </BoundForm>
  );
}
