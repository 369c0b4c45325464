import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatIndicatorValue, type OutcomeIndicatorId } from '@insikt/core';
import type { LogicIndicatorView } from '../../lib/types';

const COLOURS = { met: 'success', not_met: 'danger', no_data: 'neutral' } as const;

/** "minst 30 %" in the reader's language: a target in words. */
export function useTargetText() {
  const { t } = useTranslation();
  return (i: Pick<LogicIndicatorView, 'valueIndicatorId' | 'comparison' | 'target' | 'targetMax'>) => {
    const f = (v: number | null | undefined) =>
      formatIndicatorValue(i.valueIndicatorId as OutcomeIndicatorId | null, v ?? null);
    if (i.target === null) return '–';
    if (i.comparison === 'between') return `${f(i.target)}–${f(i.targetMax)}`;
    const word = t(`programmeLogic.comparisons.${i.comparison}`);
    return `${word} ${f(i.target)}`;
  };
}

/**
 * One indicator's target and its fulfilment per year: each year a tag whose text says the value and
 * the verdict ("2024: 34 % – Uppfyllt"), so the colour is never the only sign.
 */
export function IndicatorFulfilment({ indicator }: { indicator: LogicIndicatorView }) {
  const { t } = useTranslation();
  const targetText = useTargetText();
  return (
    <div className="stack" style={{ gap: 'var(--ds-size-1)' }}>
      <span>
        {indicator.label} · {t('programmeLogic.target', { target: targetText(indicator) })}
      </span>
      <span className="row">
        {indicator.results.map((r) => (
          <Tag key={r.year} data-color={COLOURS[r.status]} data-size="sm">
            {r.status === 'no_data'
              ? t('programmeLogic.resultMissing', { year: r.year, status: t('programmeLogic.fulfilment.no_data') })
              : t('programmeLogic.resultLine', {
                  year: r.year,
                  value: formatIndicatorValue(indicator.valueIndicatorId as OutcomeIndicatorId | null, r.actual),
                  status: t(`programmeLogic.fulfilment.${r.status}`),
                })}
            {r.source ? ` (${t('programmeLogic.source', { source: r.source })})` : ''}
          </Tag>
        ))}
      </span>
    </div>
  );
}
