import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useFieldArray, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormText } from '../../lib/fields';
import { useFormFrame } from '../../lib/form';
import { EffectIndicators } from './effect-indicators';
import type { TocDraft } from './toc-draft';

/**
 * The ordered text items of one cell (seed 001 lists several points per cell): each can be moved
 * up or down or removed, and a new one added last. Read-only, it is the list alone. `effects`: the
 * items are effects, each with the indicators that measure it.
 */
export function ItemList({
  name,
  legend,
  context = legend,
  effects = false,
}: {
  name: string;
  legend: string;
  context?: string;
  effects?: boolean;
}) {
  const { t } = useTranslation();
  const { readOnly } = useFormFrame();
  const { fields, append, remove, swap } = useFieldArray<TocDraft>({ name: name as 'content.plan.questions' });
  const values = useWatch<TocDraft>({ name: name as 'content.plan.questions' }) as { text: string }[];
  // A fastställd document (or a reader) gets the cell as a list to read, not as locked text boxes.
  if (readOnly)
    return (
      <section className="toc-cell" aria-label={context}>
        <p className="toc-cell-title">{legend}</p>
        {values.length === 0 ? (
          <p className="muted">{t('theoryOfChange.noItems')}</p>
        ) : (
          <ul>
            {values.map((item, i) => (
              <li key={i}>
                {item.text}
                {effects && <EffectIndicators name={`${name}.${i}`} effect={item.text} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  return (
    <Fieldset className="toc-cell">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {fields.length === 0 && <p className="muted">{t('theoryOfChange.noItems')}</p>}
      {fields.map((field, i) => (
        <div key={field.id} className="toc-item">
          <FormText<TocDraft>
            name={`${name}.${i}.text` as Path<TocDraft>}
            multiline
            label={t('theoryOfChange.itemLabel', { context, n: i + 1 })}
          />
          {effects && <EffectIndicators name={`${name}.${i}`} effect={values[i]?.text || `${context} ${i + 1}`} />}
          {!readOnly && (
            <div className="row">
              <Button type="button" variant="tertiary" data-size="sm" disabled={i === 0} onClick={() => swap(i, i - 1)}>
                {t('theoryOfChange.moveUp')}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={i === fields.length - 1}
                onClick={() => swap(i, i + 1)}
              >
                {t('theoryOfChange.moveDown')}
              </Button>
              <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => remove(i)}>
                {t('common.remove')}
              </Button>
            </div>
          )}
        </div>
      ))}
      {!readOnly && (
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            // The field array is typed by one of the cells it serves; an effect also has its indicators.
            onClick={() => append((effects ? { text: '', indicators: [] } : { text: '' }) as never)}
          >
            {t('theoryOfChange.addItem')}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
