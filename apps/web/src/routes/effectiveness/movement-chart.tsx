import { useTranslation } from 'react-i18next';
import {
  EFFECTIVENESS_CHART_HEIGHT,
  effectivenessChartOption,
  effectivenessType,
  type EffectivenessResult,
} from '@insikt/core';
import { Chart } from '../../lib/chart';
import type { EffectivenessAssessment } from '../../lib/types';

/** "Snarast den självstyrande organisationen" in the reader's language. */
export function useTypeLabel() {
  const { t } = useTranslation();
  return (result: EffectivenessResult) => {
    const type = t(`effectiveness.types.${result.type}`);
    return result.approximate ? t('effectiveness.approximate', { type: type.toLowerCase() }) : type;
  };
}

/** The movement over the years in the 2×2 matrix (seed 002 Figur 1), toward the latest year's target. */
export function MovementChart({ years }: { years: EffectivenessAssessment[] }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  const latest = years.at(-1);
  if (!latest) return null;
  const target = { inner: latest.content.targetInner, outer: latest.content.targetOuter };
  const option = effectivenessChartOption(
    years.map((y) => ({ year: y.year, inner: y.content.inner, outer: y.content.outer })),
    target,
    {
      description: t('effectiveness.chartDescription', {
        positions: years.map((y) => `${y.year} ${typeLabel(y.result).toLowerCase()}`).join(', '),
        target: typeLabel(effectivenessType(target.inner, target.outer)).toLowerCase(),
      }),
      types: [
        t('effectiveness.shortTypes.effective'),
        t('effectiveness.shortTypes.self_governing'),
        t('effectiveness.shortTypes.inefficient'),
        t('effectiveness.shortTypes.lost'),
      ],
      outerAxis: t('effectiveness.axisOuter'),
      innerAxis: t('effectiveness.axisInner'),
      target: t('effectiveness.targetLabel'),
    },
  );
  return <Chart option={option} caption={t('effectiveness.chartCaption')} height={EFFECTIVENESS_CHART_HEIGHT} />;
}
