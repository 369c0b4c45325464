import { FULFILMENT_LABELS_SV, formatIndicatorValue, targetTextSv } from '@insikt/core';
import type { DocBlock } from '../../platform/document';
import type { IndicatorView } from './indicator-fulfilment';

/** "34 % – Uppfyllt (källa: …)": one year's measured value and verdict, for the exported documents. */
export const resultTextSv = (i: IndicatorView, year: number) => {
  const r = i.results.find((x) => x.year === year)!;
  const value = r.status === 'no_data' ? '' : `${formatIndicatorValue(i.valueIndicatorId, r.actual)} – `;
  return `${value}${FULFILMENT_LABELS_SV[r.status]}${r.source ? ` (källa: ${r.source})` : ''}`;
};

/** "Andel i arbete (mål minst 30 %)": what an indicator measures and its target, for the exported documents. */
export const indicatorTitleSv = (i: IndicatorView) => `${i.label} (mål ${targetTextSv(i.valueIndicatorId, i)})`;

/** The note under every exported table of fulfilment: what the figures cover and how they are protected. */
const FULFILMENT_NOTE_SV =
  'Utfallsrapportens tal gäller hela förbundet eller den angivna insatsen per kalenderår och är röjandeskyddade som i styrelsens rapporter: små antal visas inte, och tal kan avvika något från exakta värden. Insatsmålens värden kommer från insatsens måluppfyllelse.';

/**
 * "Måluppfyllelse per år": every indicator's target and verdict per year, each row naming what it
 * measures (the delmål or the effect, `subjectOf` its row id), then what the figures cover.
 */
export function fulfilmentBlocks(
  fulfilment: { years: number[]; indicators: IndicatorView[] },
  subject: { header: string; of: (rowId: string) => string; none: string },
): DocBlock[] {
  const { years, indicators } = fulfilment;
  return [
    { kind: 'heading', level: 2, text: 'Måluppfyllelse per år' },
    indicators.length === 0
      ? { kind: 'paragraph', text: subject.none }
      : {
          kind: 'table',
          header: [subject.header, 'Indikator', 'Mål', ...years.map(String)],
          rows: indicators.map((i) => [
            subject.of(i.rowId),
            i.label,
            targetTextSv(i.valueIndicatorId, i),
            ...years.map((y) => resultTextSv(i, y)),
          ]),
          widths: [3, 3, 1.5, ...years.map(() => 1.5)],
        },
    { kind: 'paragraph', note: true, text: FULFILMENT_NOTE_SV },
  ];
}
