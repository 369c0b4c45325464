import { defaultPlan } from './plan';
import {
  TOC_RESOURCE_KINDS,
  type TocContent,
  type TocDimensionCell,
  type TocEffectCell,
  type TocResourceKind,
} from './schema';

const emptyCell = (): TocDimensionCell & TocEffectCell => ({ collaboration: [], participants: [] });

/** A new theory of change: empty columns, no mechanisms, the default two-cycle plan without dates. */
export function emptyTocContent(): TocContent {
  return {
    resources: Object.fromEntries(TOC_RESOURCE_KINDS.map((k) => [k, []])) as unknown as Record<
      TocResourceKind,
      { text: string }[]
    >,
    staffing: [],
    activities: emptyCell(),
    effects: { short: emptyCell(), medium: emptyCell(), long: emptyCell() },
    mechanisms: [],
    plan: defaultPlan(),
  };
}
