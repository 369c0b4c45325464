import { effectivenessType, type EffectivenessContent } from '@insikt/core';

/** An assessment as answered: its content and the type core derives from the two judgements. */
export const withType = <R extends { content: EffectivenessContent }>(row: R) => ({
  ...row,
  result: effectivenessType(row.content.inner, row.content.outer),
});
