import {
  positiveOptionIds,
  questionsOf,
  SURVEY_LANGUAGES,
  type LocalizedText,
  type Questionnaire,
  type Scale,
  type SurveyOption,
  type SurveyQuestion,
} from '../model';
import { ROW_TYPE_NAMES } from './rows-format';

/** One change a locked template refuses, in Swedish, naming the question it concerns. */
export interface WordingChange {
  /** The question (or matrix) id; absent for a change to the questionnaire as a whole. */
  questionId?: string;
  message: string;
}

/**
 * Whether a text was changed: a text that exists may not change or disappear, in any language, and
 * a text may not appear where there was none (a help text). A translation that was missing may be
 * added (the owner of the wording, e.g. NNS, writes Swedish;
 * a förbund may translate it for its respondents).
 */
const textChanged = (before: LocalizedText | undefined, after: LocalizedText | undefined) =>
  (before === undefined) !== (after === undefined) ||
  SURVEY_LANGUAGES.some((lang) => before?.[lang] !== undefined && before[lang] !== after?.[lang]);

const quote = (text: LocalizedText) => `"${text.sv}"`;

/**
 * Compares two lists of items with ids (questions, statements, options): removed, added, reordered,
 * and each kept item by `compare`.
 */
function compareList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  noun: { one: string; all: string },
  name: (item: T) => string,
  compare: (b: T, a: T) => string[],
): string[] {
  const afterIds = new Set(after.map((x) => x.id));
  const beforeIds = new Set(before.map((x) => x.id));
  const messages = [
    ...before.filter((x) => !afterIds.has(x.id)).map((x) => `${noun.one} ${name(x)} har tagits bort.`),
    ...after.filter((x) => !beforeIds.has(x.id)).map((x) => `${noun.one} ${name(x)} har lagts till.`),
  ];
  const kept = before.filter((x) => afterIds.has(x.id)).map((x) => x.id);
  const keptAfter = after.filter((x) => beforeIds.has(x.id)).map((x) => x.id);
  if (kept.join('\n') !== keptAfter.join('\n')) messages.push(`Ordningen mellan ${noun.all} har ändrats.`);
  for (const b of before) {
    const a = after.find((x) => x.id === b.id);
    if (a) messages.push(...compare(b, a));
  }
  return messages;
}

function optionChanges(before: readonly SurveyOption[], after: readonly SurveyOption[]): string[] {
  return compareList(
    before,
    after,
    { one: 'Alternativet', all: 'alternativen' },
    (o) => quote(o.label),
    (b, a) => [
      ...(textChanged(b.label, a.label) ? [`Texten för alternativet ${quote(b.label)} har ändrats.`] : []),
      ...(!!b.outsideScale !== !!a.outsideScale
        ? [`Alternativet ${quote(b.label)} ligger ${a.outsideScale ? 'nu' : 'inte längre'} utanför skalan.`]
        : []),
      ...(!!b.other !== !!a.other
        ? [`Alternativet ${quote(b.label)} ${a.other ? 'ber nu' : 'ber inte längre'} om en egen text ("annat").`]
        : []),
    ],
  );
}

function scaleChanges(before: Scale, after: Scale): string[] {
  const messages = optionChanges(before.options, after.options);
  if (positiveOptionIds(before).join('|') !== positiveOptionIds(after).join('|')) {
    messages.push('Vilka alternativ som räknas som positiva har ändrats.');
  }
  if (before.numeric !== after.numeric) messages.push('Skalan är inte längre numerisk, eller har blivit numerisk.');
  return messages;
}

/** The changes within one question of the same type. */
function questionChanges(b: SurveyQuestion, a: SurveyQuestion): string[] {
  if (b.type !== a.type)
    return [`Frågetypen har ändrats från ${ROW_TYPE_NAMES[b.type]} till ${ROW_TYPE_NAMES[a.type]}.`];
  const messages: string[] = [];
  if (textChanged(b.text, a.text)) messages.push('Frågetexten har ändrats.');
  if (textChanged(b.help, a.help)) messages.push('Hjälptexten har ändrats.');
  if ('options' in b && 'options' in a) messages.push(...optionChanges(b.options, a.options));
  if ('scale' in b && 'scale' in a) messages.push(...scaleChanges(b.scale, a.scale));
  if (b.type === 'matrix' && a.type === 'matrix') {
    messages.push(
      ...compareList(
        b.statements,
        a.statements,
        { one: 'Påståendet', all: 'påståendena' },
        (s) => quote(s.text),
        (bs, as) => (textChanged(bs.text, as.text) ? [`Texten i påståendet ${quote(bs.text)} har ändrats.`] : []),
      ),
    );
  }
  if (b.type === 'multiple' && a.type === 'multiple' && b.maxChoices !== a.maxChoices) {
    messages.push('Hur många alternativ som får väljas har ändrats.');
  }
  if (b.type === 'number' && a.type === 'number') {
    if (b.min !== a.min || b.max !== a.max || b.integer !== a.integer)
      messages.push('Vilka tal som får anges har ändrats.');
    if (textChanged(b.unit, a.unit)) messages.push('Enheten har ändrats.');
  }
  return messages;
}

/**
 * What a locked template refuses (issue 14 §1: the wording belongs to its owner, e.g. NNS): changed
 * question, statement, option and help texts, ids, types, options, scales and positive sets, and
 * questions added, removed or reordered. Allowed: the title, intros and thanks (a förbund writes its
 * own contact there), section headings, whether a question is required, and a missing translation.
 * An empty list means the edit keeps the wording.
 */
export function wordingChanges(before: Questionnaire, after: Questionnaire): WordingChange[] {
  const changes: WordingChange[] = [];
  if (before.kind !== after.kind) changes.push({ message: 'Formulärets typ har ändrats.' });
  const beforeQuestions = questionsOf(before);
  const afterQuestions = questionsOf(after);
  const listLevel = compareList(
    beforeQuestions,
    afterQuestions,
    { one: 'Frågan', all: 'frågorna' },
    (q) => `${quote(q.text)} (${q.id})`,
    () => [],
  );
  changes.push(...listLevel.map((message) => ({ message })));
  for (const b of beforeQuestions) {
    const a = afterQuestions.find((q) => q.id === b.id);
    if (!a) continue;
    for (const message of questionChanges(b, a)) {
      changes.push({ questionId: b.id, message: `Frågan ${quote(b.text)} (${b.id}): ${message}` });
    }
  }
  return changes;
}
