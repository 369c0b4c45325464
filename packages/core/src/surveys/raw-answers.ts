import type { Answers } from './answers';
import { questionsOf, textIn, type Questionnaire, type RespondentGroup, type SurveyLanguage } from './model';

/** One stored answer as the raw export takes it: its distribution, group, insats and year. */
export interface RawResponseInput {
  distributionId: string;
  group: RespondentGroup;
  interventionId: string | null;
  year: number;
  answers: Answers;
}

export interface RawAnswerColumn {
  /** The answer id (a question's, or a matrix statement's). */
  id: string;
  text: string;
}

export interface RawAnswerRow {
  group: RespondentGroup;
  /** The insats, or null when it is förbund-wide or hidden (fewer than the threshold answered for it). */
  interventionId: string | null;
  year: number;
  /** One value per column: an option's label, several joined by "; ", a number, a month (YYYY-MM), or null. */
  values: (string | number | null)[];
}

export interface RawAnswers {
  columns: RawAnswerColumn[];
  rows: RawAnswerRow[];
  /** Distributions left out: fewer answers than the threshold. */
  leftOut: string[];
  /** Answer ids left out: free text, which can name or describe the writer. */
  textColumns: string[];
}

/** A uniformly random order (Fisher–Yates); `random` gives an integer 0 ≤ r < n. */
function shuffled<T>(items: readonly T[], random: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The raw anonymous answers (issue 14 §4, decision 0037): one row per response in random order, one
 * column per answer id, with respondent group, insats and year and nothing else — no date, no record
 * key, no answer mode. Only distributions with at least `threshold` answers are included; an insats
 * is named only where at least `threshold` answered for it in that distribution; free-text answers
 * (and "annat, nämligen" texts) are left out, as the writing can tell who wrote it; a date answer
 * keeps its month only.
 */
export function rawAnswers(
  questionnaire: Pick<Questionnaire, 'sections'>,
  responses: readonly RawResponseInput[],
  threshold: number,
  random: (n: number) => number,
  language: SurveyLanguage = 'sv',
): RawAnswers {
  const perDistribution = new Map<string, number>();
  const perInsats = new Map<string, number>();
  const insatsKey = (r: RawResponseInput) => `${r.distributionId}/${r.interventionId ?? ''}`;
  for (const r of responses) {
    perDistribution.set(r.distributionId, (perDistribution.get(r.distributionId) ?? 0) + 1);
    perInsats.set(insatsKey(r), (perInsats.get(insatsKey(r)) ?? 0) + 1);
  }
  const columns: (RawAnswerColumn & { value: (a: Answers[string] | undefined) => string | number | null })[] = [];
  const textColumns: string[] = [];
  for (const q of questionsOf(questionnaire)) {
    const text = textIn(q.text, language);
    if (q.type === 'text') {
      textColumns.push(q.id);
      continue;
    }
    if (q.type === 'matrix') {
      const label = (id: string) => textIn(q.scale.options.find((o) => o.id === id)?.label ?? { sv: id }, language);
      for (const s of q.statements)
        columns.push({
          id: s.id,
          text: `${text}: ${textIn(s.text, language)}`,
          value: (a) => (a && 'option' in a ? label(a.option) : null),
        });
      continue;
    }
    const options =
      q.type === 'scale' ? q.scale.options : q.type === 'single' || q.type === 'multiple' ? q.options : [];
    const label = (id: string) => textIn(options.find((o) => o.id === id)?.label ?? { sv: id }, language);
    columns.push({
      id: q.id,
      text,
      value: (a) => {
        if (!a) return null;
        if ('option' in a) return label(a.option);
        if ('options' in a) return a.options.map(label).join('; ');
        if ('number' in a) return a.number;
        if ('date' in a) return a.date.slice(0, 7);
        return null;
      },
    });
  }
  const kept = responses.filter((r) => (perDistribution.get(r.distributionId) ?? 0) >= threshold);
  const leftOut = [...perDistribution].filter(([, n]) => n < threshold).map(([id]) => id);
  return {
    columns: columns.map(({ id, text }) => ({ id, text })),
    rows: shuffled(kept, random).map((r) => ({
      group: r.group,
      interventionId: (perInsats.get(insatsKey(r)) ?? 0) >= threshold ? r.interventionId : null,
      year: r.year,
      values: columns.map((c) => c.value(r.answers[c.id])),
    })),
    leftOut,
    textColumns,
  };
}
