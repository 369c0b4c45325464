import { describe, expect, it } from 'vitest';
import { questionnaireSchema } from './model';
import { remainingQuestions } from './progress';

const scale = { options: [1, 2, 3].map((n) => ({ id: `g${n}`, label: { sv: `${n}` } })) };
const questionnaire = questionnaireSchema.parse({
  kind: 'questionnaire',
  title: { sv: 'Enkät' },
  sections: [
    {
      id: 's1',
      questions: [
        { id: 'months', type: 'number', text: { sv: 'Hur länge har du deltagit?' } },
        {
          id: 'project',
          type: 'matrix',
          text: { sv: 'Vad tycker du om projektet?' },
          scale,
          statements: [
            { id: 'meaningful', text: { sv: 'Det är meningsfullt att delta' } },
            { id: 'planning', text: { sv: 'Jag är delaktig i planeringen' } },
          ],
        },
      ],
    },
    {
      id: 's2',
      questions: [
        {
          id: 'occupation',
          type: 'multiple',
          text: { sv: 'Sysselsättning' },
          options: [
            { id: 'work', label: { sv: 'Arbete' } },
            { id: 'studies', label: { sv: 'Studier' } },
          ],
        },
        { id: 'comment', type: 'text', text: { sv: 'Kommentar' } },
      ],
    },
  ],
});

describe('remaining questions', () => {
  it('counts every question of every section when nothing is answered', () => {
    expect(remainingQuestions(questionnaire, {})).toBe(4);
  });

  it('counts a matrix once, until every statement is answered', () => {
    expect(remainingQuestions(questionnaire, { meaningful: { option: 'g1' } })).toBe(4);
    expect(remainingQuestions(questionnaire, { meaningful: { option: 'g1' }, planning: { option: 'g3' } })).toBe(3);
  });

  it('does not count blank answers (empty text, no option chosen) as answered', () => {
    expect(remainingQuestions(questionnaire, { comment: { text: '  ' }, occupation: { options: [] } })).toBe(4);
    expect(
      remainingQuestions(questionnaire, {
        months: { number: 0 },
        comment: { text: 'Bra' },
        occupation: { options: ['work'] },
        meaningful: { option: 'g1' },
        planning: { option: 'g2' },
      }),
    ).toBe(0);
  });
});
