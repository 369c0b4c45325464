import { Heading } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { FormNumber, FormRadio } from '../../lib/fields';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import type { ProgrammeLogic } from '../../lib/types';

const STARTS = ['template', 'previous', 'empty'] as const;
interface Draft {
  year: number | null;
  start: (typeof STARTS)[number];
}

/** Starts a year's logic from the Uppsala template (002 Tabell 1), last year's logic, or empty. */
export function CreateLogicForm({
  associationId,
  onCreated,
}: {
  associationId: string;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const bound = useBoundForm<Draft>({
    form: 'create-logic',
    defaultValues: { year: new Date().getFullYear(), start: 'template' },
    onSubmit: async (body) => {
      const created = await post<ProgrammeLogic>(`/associations/${associationId}/programme-logics`, body);
      client.setQueryData(['programme-logic', created.id], created);
      await client.invalidateQueries({ queryKey: ['programme-logics', associationId] });
      onCreated(created.id);
    },
  });
  return (
    <BoundForm bound={bound}>
      <Heading level={2} data-size="sm">
        {t('programmeLogic.create.heading')}
      </Heading>
      <FormNumber<Draft> name="year" label={t('programmeLogic.year')} />
      <FormRadio<Draft, Draft['start']>
        name="start"
        label={t('programmeLogic.create.start')}
        options={STARTS.map((s) => ({ value: s, code: s, label: t(`programmeLogic.create.${s}`) }))}
      />
      <SubmitButton>{t('programmeLogic.create.submit')}</SubmitButton>
    </BoundForm>
  );
}
