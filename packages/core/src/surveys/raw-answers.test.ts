import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { rawAnswers, type RawResponseInput } from './raw-answers';
import { GENDER, GRAD, MEANINGFUL, questionnaire, times } from './results.fixture';

const q = questionnaire([
  MEANINGFUL,
  GENDER,
  { id: 'born', type: 'date', text: { sv: 'När började du?' } },
  { id: 'months', type: 'number', text: { sv: 'Hur många månader?' } },
  {
    id: 'paths',
    type: 'matrix',
    text: { sv: 'Möjlighet att gå vidare mot' },
    scale: { options: GRAD },
    statements: [{ id: 'work', text: { sv: 'Arbete' } }],
  },
  { id: 'comment', type: 'text', text: { sv: 'Övriga kommentarer' } },
]);

const answers: Answers = {
  x: { option: 'g4' },
  gender: { option: 'woman' },
  born: { date: '2024-05-17' },
  months: { number: 7 },
  work: { option: 'g5' },
  comment: { text: 'Jag heter Anna och bor på Storgatan' },
};
const response = (distributionId: string, interventionId: string | null): RawResponseInput => ({
  distributionId,
  group: 'participants',
  interventionId,
  year: 2025,
  answers,
});
/** No shuffle: the identity order, so the rows can be read in the order given. */
const inOrder = (n: number) => n - 1;

describe('raw anonymous answers (decision 0037)', () => {
  const responses = [
    ...times(5, {}).map(() => response('d1', 'a')),
    ...times(2, {}).map(() => response('d1', 'b')),
    ...times(4, {}).map(() => response('d2', 'a')),
  ];
  const raw = rawAnswers(q, responses, 5, inOrder);

  it('has one column per answer id except free text, and labels, numbers and months as values', () => {
    expect(raw.columns.map((c) => c.id)).toEqual(['x', 'gender', 'born', 'months', 'work']);
    expect(raw.columns[4]!.text).toBe('Möjlighet att gå vidare mot: Arbete');
    expect(raw.textColumns).toEqual(['comment']);
    expect(raw.rows[0]!.values).toEqual(['i ganska hög grad', 'Kvinna', '2024-05', 7, 'i mycket hög grad']);
    expect(JSON.stringify(raw)).not.toContain('Storgatan');
  });

  it('leaves out distributions below the threshold and names an insats only where the threshold answered for it', () => {
    expect(raw.leftOut).toEqual(['d2']);
    expect(raw.rows).toHaveLength(7);
    expect(raw.rows.filter((r) => r.interventionId === 'a')).toHaveLength(5);
    // Insats b's two answers would single them out: they stand without an insats.
    expect(raw.rows.filter((r) => r.interventionId === null)).toHaveLength(2);
    expect(Object.keys(raw.rows[0]!).sort()).toEqual(['group', 'interventionId', 'values', 'year']);
  });

  it('puts the rows in the order the random source draws, not the order stored', () => {
    const stored = [0, 1, 2, 3, 4].map((i) => ({ ...response('d', null), answers: { months: { number: i } } }));
    // Always draw 0: Fisher–Yates then moves each last element to the front in turn.
    const shuffled = rawAnswers(q, stored, 5, () => 0).rows.map((r) => r.values[3]);
    expect(shuffled).toEqual([1, 2, 3, 4, 0]);
  });
});
