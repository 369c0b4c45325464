import { createContext, useContext, useState, type ReactNode } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LogicIndicator } from '@insikt/core';
import { useFormFrame } from '../../lib/form';
import type { LogicIndicatorView, TheoryOfChange } from '../../lib/types';
import { IndicatorFulfilment } from '../programme-logic/fulfilment-list';
import { IndicatorDialog } from '../programme-logic/indicator-dialog';
import type { TocDraft } from './toc-draft';

interface Measures {
  views: Map<string, LogicIndicatorView>;
  /** Opens the programme logic's indicator dialog; `onAdd` gets the indicator linked. */
  link: (effect: string, onAdd: (indicator: LogicIndicator) => void) => void;
}
const MeasuresContext = createContext<Measures | null>(null);

/**
 * The fulfilment of a theory of change's effects and the one indicator dialog. The dialog is
 * rendered after `children` (the editor's form), since a form may not hold another form.
 */
export function EffectMeasures({ toc, children }: { toc: TheoryOfChange; children: ReactNode }) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState<{ effect: string; onAdd: (i: LogicIndicator) => void } | null>(null);
  const views = new Map(toc.fulfilment.indicators.map((i) => [i.id, i]));
  return (
    <MeasuresContext.Provider value={{ views, link: (effect, onAdd) => setLinking({ effect, onAdd }) }}>
      {views.size > 0 && (
        <Paragraph data-size="sm" className="muted">
          {t('theoryOfChange.indicators.note', { from: toc.fulfilment.years[0], to: toc.fulfilment.years.at(-1) })}
        </Paragraph>
      )}
      {children}
      {linking && (
        <IndicatorDialog
          associationId={toc.associationId}
          year={toc.fulfilment.years.at(-1)!}
          open
          heading={t('theoryOfChange.indicators.dialogHeading', { effect: linking.effect })}
          interventionIds={toc.interventionIds}
          onClose={() => setLinking(null)}
          onAdd={linking.onAdd}
        />
      )}
    </MeasuresContext.Provider>
  );
}

/**
 * The indicators that measure one effect, each with its fulfilment per year once saved; while a
 * draft, they can be linked with the programme logic's dialog and removed.
 */
export function EffectIndicators({ name, effect }: { name: string; effect: string }) {
  const { t } = useTranslation();
  const { readOnly } = useFormFrame();
  const measures = useContext(MeasuresContext)!;
  const path = `${name}.indicators` as 'content.effects.short.collaboration.0.indicators';
  const { fields, append, remove } = useFieldArray<TocDraft, typeof path, 'key'>({ name: path, keyName: 'key' });
  const indicators = (useWatch<TocDraft>({ name: path }) ?? []) as LogicIndicator[];
  if (readOnly && indicators.length === 0) return null;
  return (
    <div className="stack" style={{ gap: 'var(--ds-size-1)' }}>
      {fields.map((field, i) => {
        const indicator = indicators[i];
        const view = indicator && measures.views.get(indicator.id);
        const label = view?.label ?? t(`programmeLogic.dialog.kinds.${indicator?.kind ?? 'manual'}`);
        return (
          <div key={field.key} className="row">
            {view ? (
              <IndicatorFulfilment indicator={view} />
            ) : (
              <span>{t('theoryOfChange.indicators.unsaved', { label })}</span>
            )}
            {!readOnly && (
              <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => remove(i)}>
                {t('theoryOfChange.indicators.remove', { label })}
              </Button>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => measures.link(effect, (indicator) => append(indicator))}
          >
            {t('theoryOfChange.indicators.link', { effect })}
          </Button>
        </div>
      )}
    </div>
  );
}
