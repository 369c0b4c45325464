import type { MechanismRating, MechanismTheme, TocContent, TocUpdateInput } from '@insikt/core';
import type { TheoryOfChange } from '../../lib/types';

/** One cycle's assessment as the form holds it: '' until it is assessed. */
export interface CycleAssessmentDraft {
  rating: MechanismRating | '';
  text: string;
}
export interface MechanismDraft {
  theme: MechanismTheme;
  text: string;
  source: 'own' | 'seed-001';
  /** Index = cycle − 1, so each cycle has its own pair of fields. */
  byCycle: CycleAssessmentDraft[];
}
export interface TocDraft {
  title: string;
  content: Omit<TocContent, 'mechanisms'> & { mechanisms: MechanismDraft[] };
}

/** The stored document as the editor's draft: assessments laid out per cycle. */
export function toDraft(toc: TheoryOfChange): TocDraft {
  const content = toc.content as TocContent;
  const cycles = content.plan.cycles.length;
  return {
    title: toc.title,
    content: {
      ...content,
      mechanisms: content.mechanisms.map(({ assessments, ...m }) => ({
        ...m,
        byCycle: Array.from({ length: cycles }, (_, i) => {
          const a = assessments.find((x) => x.cycle === i + 1);
          return { rating: a?.rating ?? '', text: a?.text ?? '' };
        }),
      })),
    },
  };
}

/** The draft back as the request body: an unassessed cycle is left out; cycles beyond the plan are dropped. */
export function toBody(draft: TocDraft, toc: TheoryOfChange): TocUpdateInput {
  const cycles = draft.content.plan.cycles.length;
  return {
    title: draft.title,
    interventionIds: toc.interventionIds,
    version: toc.version,
    content: {
      ...draft.content,
      mechanisms: draft.content.mechanisms.map(({ byCycle, ...m }) => ({
        ...m,
        assessments: byCycle
          .slice(0, cycles)
          .flatMap((a, i) => (a && a.rating !== '' ? [{ cycle: i + 1, rating: a.rating, text: a.text }] : [])),
      })),
    },
  };
}
