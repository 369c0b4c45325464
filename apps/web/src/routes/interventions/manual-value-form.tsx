import { useState } from 'react';
import { Button, Heading } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { manualGoalValueInput, type ManualGoalValueInput } from '@insikt/core';
import { del, post, put } from '../../lib/api';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { FormNumber, FormSelect, FormText } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import type { GoalFulfilment } from '../../lib/types';

type Goal = GoalFulfilment['goals'][number];
interface Draft {
  year: string;
  value: number | null;
  source: string;
  comment: string;
}

/**
 * "Registrera värde" for a goal followed up by hand (decision 0062): choosing a year that already has a
 * value loads it, so the same form edits it (with the version read, 409 when someone changed it since)
 * or deletes it. A share is typed in percent and kept as a fraction, as every goal's.
 */
export function ManualValueForm({
  associationId,
  interventionId,
  goal,
  number,
  years,
}: {
  associationId: string;
  interventionId: string;
  goal: Goal;
  number: number;
  years: number[];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const base = `/associations/${associationId}/interventions/${interventionId}/goals/${goal.id}/values`;
  const valueOf = (year: string) => goal.results.find((r) => String(r.year) === year)?.manual ?? null;
  const draftOf = (year: string): Draft => {
    const entered = valueOf(year);
    return { year, value: entered?.value ?? null, source: entered?.source ?? '', comment: entered?.comment ?? '' };
  };
  const refresh = () => client.invalidateQueries({ queryKey: ['goals', interventionId] });
  const bound = useBoundForm<Draft, ManualGoalValueInput>({
    form: `goal-value-${goal.id}`,
    defaultValues: draftOf(String(years.at(-1))),
    schema: manualGoalValueInput,
    toBody: (d) => ({ ...d, year: Number(d.year), value: d.value as number }),
    onSubmit: async (body) => {
      setDone(null);
      const entered = valueOf(String(body.year));
      if (entered) await put(`${base}/${entered.id}`, { ...body, version: entered.version });
      else await post(base, body);
      await refresh();
      setDone(t('interventions.valueSaved'));
    },
  });
  const year = useWatch({ control: bound.methods.control, name: 'year' });
  const entered = valueOf(year);
  const remove = async () => {
    setDone(null);
    setFailed(null);
    try {
      await del(`${base}/${entered!.id}?version=${entered!.version}`);
    } catch (error) {
      return setFailed((error as Error).message);
    }
    bound.methods.reset({ year, value: null, source: '', comment: '' });
    await refresh();
    setDone(t('interventions.valueDeleted'));
  };
  return (
    <section className="stack" aria-labelledby={`values-${goal.id}`}>
      <Heading level={2} data-size="xs" id={`values-${goal.id}`}>
        {t('interventions.valuesHeading', { number, description: goal.description })}
      </Heading>
      {done && <StatusMessage kind="success">{done}</StatusMessage>}
      {failed && <StatusMessage kind="danger">{failed}</StatusMessage>}
      <BoundForm bound={bound}>
        <div className="row">
          <FormSelect<Draft>
            name="year"
            label={t('interventions.valueYear')}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
            onChanged={(y) => bound.methods.reset(draftOf(y))}
          />
          <FormNumber<Draft>
            name="value"
            percent={goal.unit === 'percent'}
            label={`${t('interventions.value')}${goal.unit === 'percent' ? ' (%)' : ''}`}
          />
        </div>
        <FormText<Draft>
          name="source"
          label={t('interventions.valueSource')}
          description={t('interventions.valueSourceHint')}
        />
        <FormText<Draft>
          name="comment"
          multiline
          label={`${t('interventions.valueComment')} ${t('common.optional')}`}
        />
        <div className="row">
          <SubmitButton>
            {entered ? t('interventions.saveValue', { year }) : t('interventions.registerValue')}
          </SubmitButton>
          {entered && (
            <div>
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => void remove()}>
                {t('interventions.deleteValue', { year })}
              </Button>
            </div>
          )}
        </div>
      </BoundForm>
    </section>
  );
}
