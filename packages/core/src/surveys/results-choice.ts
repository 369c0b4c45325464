import {
  addToCell,
  emptyCell,
  MAGNITUDE_SALT,
  releaseCount,
  shareOf,
  statusOf,
  type Cell,
  type Protection,
} from './protect';
import type { SurveyResponseInput } from './results-filter';
import type { ChoiceItem, ItemOption, OtherItem } from './results-items';
import type { ChoiceResult, MultipleResult, ResultStatus } from './results-schema';

/**
 * A part's protected count at most its whole's ("6 av 5" would puzzle every reader): both are shown,
 * so the cap tells nothing the two figures did not.
 */
const within = (part: number | null, whole: number | null) =>
  part === null || whole === null ? part : Math.min(part, whole);

/** Texts in alphabetical order: a list in arrival order would tell who answered last. */
export const alphabetical = (texts: string[]) => [...texts].sort((a, b) => a.localeCompare(b, 'sv'));

interface OptionTally {
  cells: Map<string, Cell>;
  others: Map<string, string[]>;
}

const emptyOptionTally = (options: readonly ItemOption[]): OptionTally => ({
  cells: new Map(options.map((o) => [o.id, emptyCell()])),
  others: new Map(),
});

function countOption(tally: OptionTally, optionId: string, recordKey: number, other: string | undefined) {
  const cell = tally.cells.get(optionId);
  if (!cell) return;
  addToCell(cell, recordKey);
  if (other !== undefined) tally.others.set(optionId, [...(tally.others.get(optionId) ?? []), other]);
}

/** "Annat, nämligen …" texts, only of an "annat" option whose count is shown: a text list would count a hidden one. */
function otherTexts(options: readonly ItemOption[], tally: OptionTally, p: Protection, status: ResultStatus) {
  if (status !== 'shown') return [];
  return alphabetical(
    options
      .filter((o) => o.other && (p.count(tally.cells.get(o.id)!) ?? 0) > 0)
      .flatMap((o) => tally.others.get(o.id) ?? []),
  );
}

/**
 * A scale, single choice or matrix statement (issue 14 §4): count and share per option, N
 * including options outside the scale ("vet ej") and without blanks, the share without them
 * beside it, the positive set's count and shares, and the mean of a numeric scale without "vet ej".
 */
export function choiceResult(item: ChoiceItem, responses: readonly SurveyResponseInput[], p: Protection): ChoiceResult {
  const n = emptyCell();
  const inScale = emptyCell();
  const positive = emptyCell();
  const tally = emptyOptionTally(item.options);
  let valueSum = 0;
  let valueMax = 0;
  for (const r of responses) {
    const value = r.answers[item.id];
    if (!value || !('option' in value)) continue;
    const option = item.options.find((o) => o.id === value.option);
    if (!option) continue;
    addToCell(n, r.recordKey);
    countOption(tally, option.id, r.recordKey, value.other);
    if (!option.outsideScale) addToCell(inScale, r.recordKey);
    if (option.positive) addToCell(positive, r.recordKey);
    valueSum += option.value ?? 0;
    valueMax = Math.max(valueMax, option.value ?? 0);
  }
  const status = statusOf(p, n);
  const nShown = releaseCount(p, status, n);
  const inScaleShown = within(releaseCount(p, status, inScale), nShown);
  const positiveShown = within(within(releaseCount(p, status, positive), nShown), inScaleShown);
  const scaleMax = Math.max(0, ...item.options.map((o) => o.value ?? 0));
  // The mean is the protected sum of values over the answers on the scale, shown only where their
  // number is: its noise is in the sum only (at most half the highest value chosen).
  const mean =
    item.numeric && inScaleShown !== null && inScaleShown > 0
      ? Math.min(
          scaleMax,
          Math.max(1, p.magnitude(valueSum, valueMax, inScale.keySum + MAGNITUDE_SALT.scaleMean) / inScale.count),
        )
      : null;
  return {
    kind: 'choice',
    id: item.id,
    questionId: item.questionId,
    type: item.type,
    text: item.text,
    questionText: item.questionText,
    status,
    n: nShown,
    nInScale: inScaleShown,
    options: item.options.map((o) => {
      const count = within(releaseCount(p, status, tally.cells.get(o.id)!), nShown);
      return {
        id: o.id,
        label: o.label,
        outsideScale: o.outsideScale,
        positive: o.positive,
        count,
        share: shareOf(count, nShown),
        shareInScale: o.outsideScale ? null : shareOf(count, inScaleShown),
      };
    }),
    positive: item.positive && {
      optionIds: item.positive,
      count: positiveShown,
      share: shareOf(positiveShown, nShown),
      shareInScale: shareOf(positiveShown, inScaleShown),
    },
    mean,
    other: otherTexts(item.options, tally, p, status),
  };
}

/** A multiple choice: per option the share of those who answered the question (chose at least one). */
export function multipleResult(
  item: OtherItem,
  responses: readonly SurveyResponseInput[],
  p: Protection,
): MultipleResult {
  const n = emptyCell();
  const tally = emptyOptionTally(item.options);
  for (const r of responses) {
    const value = r.answers[item.id];
    if (!value || !('options' in value)) continue;
    const chosen = [...new Set(value.options)].filter((id) => tally.cells.has(id));
    if (chosen.length === 0) continue;
    addToCell(n, r.recordKey);
    const otherOption = chosen.find((id) => item.options.find((o) => o.id === id)?.other);
    for (const id of chosen) countOption(tally, id, r.recordKey, id === otherOption ? value.other : undefined);
  }
  const status = statusOf(p, n);
  const nShown = releaseCount(p, status, n);
  return {
    kind: 'multiple',
    id: item.id,
    text: item.text,
    status,
    n: nShown,
    options: item.options.map((o) => {
      const count = within(releaseCount(p, status, tally.cells.get(o.id)!), nShown);
      return { id: o.id, label: o.label, count, share: shareOf(count, nShown) };
    }),
    other: otherTexts(item.options, tally, p, status),
  };
}
