import { questionnaireSchema, type Questionnaire } from '@insikt/core';
import { canonicalJson } from '../../platform/canonical-json';

/** Through the schema, so a default filled in on one side only is no change. */
const normal = (q: Questionnaire) => {
  const parsed = questionnaireSchema.safeParse(q);
  return canonicalJson(parsed.success ? parsed.data : q);
};

/** Whether the questionnaire's wording (anything in it) changed. */
export const wordingChanged = (before: Questionnaire, after: Questionnaire) => normal(before) !== normal(after);

/** The changes a locked template refuses, in Swedish, one per question. */
export function lockedChanges(before: Questionnaire, after: Questionnaire): string[] {
  return wordingChanged(before, after) ? ['Frågornas formulering har ändrats.'] : [];
}
