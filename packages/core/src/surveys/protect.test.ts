import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { crossTabulate } from './crosstab';
import { cellKeyProtection } from './protect';
import { surveyResults } from './results';
import type { SurveyResponseInput } from './results-filter';
import {
  choices,
  GENDER,
  MEANINGFUL,
  INSTAMMER,
  questionnaire,
  responsesOf,
  seededRandom,
  VET_EJ,
  times,
} from './results.fixture';
import type { ChoiceResult, SurveyResults, TextResult } from './results-schema';

const T = 5;
const q = questionnaire([MEANINGFUL, GENDER, { id: 'comment', type: 'text', text: { sv: 'Kommentar' } }]);
const x = (r: SurveyResults) => r.questions.find((q) => q.id === 'x') as ChoiceResult;
const counts = (r: ChoiceResult) => r.options.map((o) => o.count);
const withKey = (responses: SurveyResponseInput[], key: number) => responses.map((r) => ({ ...r, recordKey: key }));

describe('protected survey results, computed by hand', () => {
  // 20 respondents, every record key 0: group key sum 0, cell key sums 0, so every cell key is
  // groupedCellKey(0, 0) = 0 + 167·(0 xor 0) + 13 = 13.
  const twenty = withKey(responsesOf(choices('x', { g2: 3, g3: 5, g4: 6, g5: 6 })), 0);

  it('perturbs every count by its cell key and hides 0 to 4, and 5 for this key', () => {
    const r = x(surveyResults(q, twenty));
    // N 20: u = ((13·97 + 20·31) mod 256 + ½)/256 = 89,5/256, noise −2 + ⌊5u⌋ = −1 → 19.
    expect([r.n, r.nInScale]).toEqual([19, 19]);
    // g1 0 and g2 3 hidden; g3 5 hidden at the threshold: (13·173 + 101) mod 256 = 46 < 128;
    // g4 and g5 6: u = ((1261 + 186) mod 256 + ½)/256 = 167,5/256, noise −1 + ⌊4u⌋ = +1 → 7.
    expect(counts(r)).toEqual([null, null, null, 7, 7]);
    // positive 12: u = ((1261 + 372) mod 256 + ½)/256 = 97,5/256, noise −2 + ⌊5u⌋ = −1 → 11 of 19.
    expect(r.positive).toEqual({ optionIds: ['g4', 'g5'], count: 11, share: 11 / 19, shareInScale: 11 / 19 });
    expect(r.options[3]!.share).toBe(7 / 19);
  });

  it('never shows a part larger than its whole: an option or the positive count at most N', () => {
    // All but one answer positive: the noises of N and the positive count may part them by up to
    // four, which without the cap showed "6 av 5 (120 %)".
    const random = seededRandom(14);
    for (let draw = 0; draw < 300; draw++) {
      const keys = Array.from({ length: 6 + (draw % 4) }, () => Math.floor(random() * 256));
      const answers = choices('x', { g1: 1, g5: keys.length - 1 });
      const responses = responsesOf(answers).map((r, i) => ({ ...r, recordKey: keys[i]! }));
      const r = x(surveyResults(q, responses));
      if (!r || r.n === null) continue;
      for (const count of [...counts(r), r.positive!.count, r.nInScale]) expect(count ?? 0).toBeLessThanOrEqual(r.n);
      expect(r.positive!.count ?? 0).toBeLessThanOrEqual(r.nInScale ?? r.n);
    }
  });

  it('gives every cell a new key when its group changes: a cell the new respondent is not in moves too', () => {
    // One more respondent with key 2 answers g1: the group's key sum is 2. A cell without them
    // (key sum 0) gets 0 + 167·(2 xor 0) + 13 ≡ 91; N (key sum 2) gets 2 + 167·0 + 13 = 15.
    const more = [...twenty, ...withKey(responsesOf(choices('x', { g1: 1 })), 2)];
    const r = x(surveyResults(q, more));
    // g3 (5, key 91) is shown now: (91·173 + 101) mod 256 = 228 ≥ 128, u = 22,5/256, noise 0 → 5.
    // g4 and g5 (6, key 91): u = ((91·97 + 186) mod 256 + ½)/256 = 53,5/256, noise −1 + ⌊4u⌋ = −1 → 5.
    expect(counts(r)).toEqual([null, null, 5, 5, 5]);
    // N 21, key 15: u = ((15·97 + 21·31) mod 256 + ½)/256 = 58,5/256, noise −2 + 1 → 20.
    expect(r.n).toBe(20);
  });

  it('shows nothing for a group below the threshold: a gender filter within an insats with three answers', () => {
    const answers: Answers[] = [
      ...times(12, { x: { option: 'g4' }, gender: { option: 'woman' }, comment: { text: 'Bra' } }),
      ...times(3, { x: { option: 'g1' }, gender: { option: 'man' }, comment: { text: 'Dåligt' } }),
    ];
    const responses = responsesOf(answers);
    const men = surveyResults(q, responses, {
      filter: { interventionIds: ['a'], answers: [{ questionId: 'gender', optionIds: ['man'] }] },
      composites: [{ id: 'c', name: { sv: 'C' }, combine: 'any', conditions: [{ questionId: 'x', in: ['g1'] }] }],
      invited: 20,
    });
    expect(men).toMatchObject({
      status: 'too_few',
      respondents: null,
      responseRate: null,
      questions: [],
      composites: [],
    });
    const byGender = crossTabulate(q, responses, { by: 'question', questionId: 'gender' });
    expect(byGender.columns.map((c) => [c.key, c.label, c.results.status, c.results.respondents])).toEqual([
      ['woman', 'Kvinna', 'shown', expect.any(Number)],
      ['man', 'Man', 'too_few', null],
      ['none', 'Vill inte svara', 'too_few', null],
    ]);
    expect(JSON.stringify(byGender.columns[1]!.results)).not.toMatch(/Dåligt|g1"?:\s*3/);
  });

  it('shows a mean and a median only at the threshold, and moves them by the cell key', () => {
    const numeric = questionnaire([
      { id: 's', type: 'scale', text: { sv: 'S' }, scale: { options: INSTAMMER, numeric: true } },
      { id: 'n', type: 'number', text: { sv: 'N' } },
    ]);
    const ten = withKey(
      responsesOf(Array.from({ length: 10 }, (_, i) => ({ s: { option: i < 5 ? 'i3' : 'i5' }, n: { number: i + 1 } }))),
      0,
    );
    const r = surveyResults(numeric, ten);
    // Scale: sum 40, largest 5, key sum 0 + salt 1 → cell key 1 + 167·1 + 13 = 181:
    // u = ((181·181 + 7·31) mod 256 + ½)/256 = 210,5/256; 40 + (2u − 1)·½·5 = 41,611328125, over 10 answers.
    expect((r.questions[0] as ChoiceResult).mean).toBeCloseTo(4.1611328125, 10);
    // Number: sum 55, largest 10, salt 2 → key 2 + 167·2 + 13 ≡ 93: u = 154,5/256 → 55 + 0,20703125·5, over 10.
    // Median 5,5, quartiles 3 and 8: salt 3 → key 3 + 167·3 + 13 ≡ 5: u = 98,5/256 → 5,5 − 0,23046875·(5/4).
    expect(r.questions[1]).toMatchObject({ mean: 5.603515625, median: 5.2119140625 });
    expect(r.questions[1]).not.toHaveProperty('min');
    const four = surveyResults(numeric, ten.slice(0, 4));
    expect(four.questions).toEqual([]);
    // Ten "vet ej" and two answers on the scale: the question is shown, the mean of two is not.
    const withDk = questionnaire([
      { id: 's', type: 'scale', text: { sv: 'S' }, scale: { options: [...INSTAMMER, VET_EJ], numeric: true } },
    ]);
    const twoOnScale = surveyResults(withDk, responsesOf(choices('s', { dk: 10, i1: 1, i5: 1 })));
    expect(twoOnScale.questions[0]).toMatchObject({ status: 'shown', nInScale: null, mean: null });
  });

  it('lists only the months with a shown count: the first and last month would be one person’s dates', () => {
    const dates = questionnaire([{ id: 'd', type: 'date', text: { sv: 'När började du?' } }]);
    const answers = [
      { d: { date: '2024-01-15' } },
      ...times(9, { d: { date: '2025-03-02' } }),
      ...times(3, { d: { date: '2025-05-20' } }),
    ];
    const r = surveyResults(dates, responsesOf(answers)).questions[0]!;
    expect(r.kind === 'date' && r.months.map((m) => m.month)).toEqual(['2025-03']);
  });

  it('lists open answers and "annat" texts only where the figures are shown', () => {
    const other = questionnaire([
      {
        id: 'o',
        type: 'single',
        text: { sv: 'Sysselsättning' },
        options: [
          { id: 'work', label: { sv: 'Arbete' } },
          { id: 'else', label: { sv: 'Annat, nämligen' }, other: true },
        ],
      },
      { id: 'comment', type: 'text', text: { sv: 'Kommentar' } },
    ]);
    const responses = responsesOf([
      ...times(8, { o: { option: 'work' }, comment: { text: 'Bra stöd' } }),
      ...times(2, { o: { option: 'else', other: 'Föräldraledig' } }),
    ]);
    const r = surveyResults(other, responses);
    // Two "annat" answers are a hidden count: listing their texts would count them.
    expect((r.questions[0] as ChoiceResult).other).toEqual([]);
    expect((r.questions[1] as TextResult).answers).toEqual(Array<string>(8).fill('Bra stöd'));
    // Four comments are too few to list.
    expect((surveyResults(other, responses.slice(4)).questions[1] as TextResult).answers).toEqual([]);
  });

  it('gives the same figures for the same responses whatever their order', () => {
    const responses = responsesOf(choices('x', { g1: 4, g2: 7, g3: 9, g4: 11, g5: 6 }));
    expect(surveyResults(q, [...responses].reverse())).toEqual(surveyResults(q, responses));
  });
});

/**
 * The attacks of issue 14 §4, argued as decision 0015 does: an attacker sees every protected
 * figure and subtracts. Each test draws record keys at random (seeded) many times and counts how
 * often the attacker lands on the truth, and whether they can ever be sure.
 */
describe('attacks on hidden cells', () => {
  const TRIALS = 1500;
  const random = seededRandom(2026);
  const drawKeys = (responses: SurveyResponseInput[]) =>
    responses.map((r) => ({ ...r, recordKey: Math.floor(random() * 256) }));
  const base = choices('x', { g1: 3, g2: 9, g3: 12, g4: 7, g5: 6 }); // g1 is hidden

  it('does not give a hidden cell from the total minus the shown cells', () => {
    const estimates = new Map<number, number>();
    for (let t = 0; t < TRIALS; t++) {
      const r = x(surveyResults(q, drawKeys(responsesOf(base))));
      expect(r.options[0]!.count).toBeNull();
      const estimate = r.n! - r.options.slice(1).reduce((sum, o) => sum + (o.count ?? 0), 0);
      estimates.set(estimate, (estimates.get(estimate) ?? 0) + 1);
    }
    // Five noises of −2…+2 in one estimate: it lands on 3 in a small minority of draws, and the
    // attacker cannot tell which, since the estimates spread well beyond 0–5.
    expect(estimates.get(3)! / TRIALS).toBeLessThan(0.2);
    expect([...estimates.keys()].filter((e) => e < 0 || e > 5).length).toBeGreaterThan(4);
  });

  it('does not give a hidden cell from the positive count minus a shown option', () => {
    const answers = choices('x', { g1: 10, g2: 9, g3: 12, g4: 3, g5: 8 }); // g4 is hidden
    let right = 0;
    for (let t = 0; t < TRIALS; t++) {
      const r = x(surveyResults(q, drawKeys(responsesOf(answers))));
      if (r.positive!.count! - r.options[4]!.count! === 3) right += 1;
    }
    expect(right / TRIALS).toBeLessThan(0.25);
  });

  // Cells at the edges: g1 one below the threshold, g2 empty. One more answer there would turn
  // "<5" into a number or "0" into "<5" if hiding depended on the count alone.
  const edges = choices('x', { g1: 4, g2: 0, g3: 12, g4: 9, g5: 8 });

  /** What each count can be released as, by trying every cell key with the mechanism itself. */
  const outputs = Array.from({ length: 40 }, (_, count) => {
    const p = cellKeyProtection(T, 0);
    return new Set(Array.from({ length: 256 }, (_, keySum) => p.count({ count, keySum })));
  });
  /** The counts of a cell in `small` that fit both releases, `large` holding the same answers or one more. */
  const fitsSmall = (small: number | null, large: number | null) =>
    outputs.flatMap((out, c) => (out.has(small) && (outputs[c]!.has(large) || outputs[c + 1]?.has(large)) ? [c] : []));
  const fitsLarge = (small: number | null, large: number | null) =>
    outputs.flatMap((out, c) => (out.has(large) && (outputs[c]!.has(small) || outputs[c - 1]?.has(small)) ? [c] : []));
  /** How many hidden cells of the two releases the attacker pins to one small count (0 to 4). */
  function pinned(small: SurveyResults, large: SurveyResults): number {
    const pairs = x(small).options.map((o, i) => [o.count, x(large).options[i]!.count] as const);
    const pin = (fits: number[]) => fits.length === 1 && fits[0]! < T;
    return pairs.filter(([a, b]) => (a === null && pin(fitsSmall(a, b))) || (b === null && pin(fitsLarge(a, b))))
      .length;
  }

  /** Whether the one cell that changed is the one the extra answer went into: the change would name the answer. */
  const onlyItsCellMoved = (small: SurveyResults, large: SurveyResults, extra: string) => {
    const changed = x(small).options.filter((o, i) => o.count !== x(large).options[i]!.count);
    return changed.length === 1 && changed[0]!.id === extra;
  };

  /**
   * Plays an attack over every option the extra answer can take: `releases` gives the two results
   * (without and with it). No hidden cell may be pinned, and the change may name the answer only
   * rarely: with the records' keys alone, every cell the answer is not in would keep its value and
   * the one it is in would change four times in five.
   */
  function play(releases: (extra: string) => [SurveyResults, SurveyResults]) {
    let named = 0;
    for (const extra of ['g1', 'g2', 'g3', 'g4', 'g5']) {
      for (let t = 0; t < TRIALS / 5; t++) {
        const [small, large] = releases(extra);
        expect(pinned(small, large)).toBe(0);
        if (onlyItsCellMoved(small, large, extra)) named += 1;
      }
    }
    expect(named / TRIALS).toBeLessThan(0.05);
  }

  it('does not give a hidden cell, or the answer, from two filters that differ by one respondent', () => {
    play((extra) => {
      const participants = drawKeys(responsesOf(edges));
      const board = drawKeys(responsesOf(choices('x', { [extra]: 1 }), { group: 'board' }));
      const all = [...participants, ...board];
      expect(surveyResults(q, all, { filter: { groups: ['board'] } }).status).toBe('too_few');
      return [
        surveyResults(q, all, { filter: { groups: ['participants'] } }),
        surveyResults(q, all, { filter: { groups: ['participants', 'board'] } }),
      ];
    });
  });

  it('does not give a hidden cell, or the new answer, from two closing dates one answer apart', () => {
    play((extra) => {
      const before = drawKeys(responsesOf(edges));
      const after = [...before, ...drawKeys(responsesOf(choices('x', { [extra]: 1 })))];
      return [surveyResults(q, before), surveyResults(q, after)];
    });
  });
});
