// Only what each count reads, so the web's API types (ratings as plain numbers) fit as well.
type Answered = { number: number; questions: readonly { assessment: string; rating: number | null }[] };
type WithActions = { questions: readonly { actions: readonly { carriedFrom: unknown }[] }[] };

/**
 * The fields nobody has written in: every question without text (blanks do not count) and without
 * a rating. Actions alone do not fill a field: a field that only carries last year's actions has no
 * assessment of this year. Fastställa asks first when there are any (issue 13 review §4).
 */
export function emptyFields(fields: readonly Answered[]): number[] {
  return fields
    .filter((f) => f.questions.every((q) => q.assessment.trim() === '' && q.rating === null))
    .map((f) => f.number);
}

/** How many of the assessment's actions were carried over from an earlier year, in all fields. */
export function carriedActionCount(fields: readonly WithActions[]): number {
  return fields.reduce(
    (n, f) => n + f.questions.reduce((m, q) => m + q.actions.filter((a) => a.carriedFrom).length, 0),
    0,
  );
}
