import { useCallback, useState } from 'react';
import { answerValueSchema, type AnswerValue, type Answers, type SurveyLanguage } from '@insikt/core';

/**
 * The respondent's progress, kept in this browser's localStorage under the link's token and sent
 * nowhere until the respondent submits (issue 14 §3; decision 0036). Cleared after a successful
 * submit, or when the respondent empties the form. The single-use code is never kept: on a shared
 * computer it would let the next person answer in someone else's place.
 */
const key = (token: string) => `insikt.survey.${token}`;

interface Saved {
  language?: SurveyLanguage;
  answers: Answers;
}

function read(token: string): Saved {
  try {
    const raw = JSON.parse(localStorage.getItem(key(token)) ?? 'null') as {
      language?: unknown;
      answers?: Record<string, unknown>;
    } | null;
    const answers: Answers = {};
    // Whatever does not parse (an older form, a number that was not one) is dropped, not sent.
    for (const [id, value] of Object.entries(raw?.answers ?? {})) {
      const parsed = answerValueSchema.safeParse(value);
      if (parsed.success) answers[id] = parsed.data;
    }
    const language = raw?.language === 'sv' || raw?.language === 'en' ? raw.language : undefined;
    return { language, answers };
  } catch {
    return { answers: {} };
  }
}

function write(token: string, saved: Saved) {
  try {
    localStorage.setItem(key(token), JSON.stringify(saved));
  } catch {
    // Private browsing or a full storage: the form still works, it just is not kept.
  }
}

export function useSavedAnswers(token: string) {
  const [saved, setSaved] = useState<Saved>(() => read(token));
  const update = useCallback(
    (change: (s: Saved) => Saved) =>
      setSaved((current) => {
        const next = change(current);
        write(token, next);
        return next;
      }),
    [token],
  );
  const setAnswer = useCallback(
    (id: string, value: AnswerValue | undefined) =>
      update((s) => {
        const answers = { ...s.answers };
        if (value === undefined) delete answers[id];
        else answers[id] = value;
        return { ...s, answers };
      }),
    [update],
  );
  const setLanguage = useCallback((language: SurveyLanguage) => update((s) => ({ ...s, language })), [update]);
  const clear = useCallback(() => {
    localStorage.removeItem(key(token));
    setSaved({ answers: {} });
  }, [token]);
  return { answers: saved.answers, savedLanguage: saved.language, setAnswer, setLanguage, clear };
}
