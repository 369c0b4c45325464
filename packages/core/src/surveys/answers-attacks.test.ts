import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answers';
import { MAX_QUESTIONS, questionnaireSchema } from './model';

/**
 * Attacks on the answer checks and the questionnaire model (issue 14 §3, §4): each test is an attack
 * that got through before its fix.
 */
const questionnaire = questionnaireSchema.parse({
  kind: 'questionnaire',
  title: { sv: 'Enkät' },
  sections: [
    {
      id: 's1',
      questions: [
        // A legal id (a–z) that is also the name of a property every JavaScript object has.
        { id: 'constructor', type: 'text', text: { sv: 'Hur byggdes insatsen upp?' }, required: true },
        { id: 'kommentar', type: 'text', text: { sv: 'Övriga kommentarer' } },
        { id: 'antal', type: 'number', text: { sv: 'Hur många gånger har du träffat din coach?' } },
      ],
    },
  ],
});
const identityProblem = (answers: Parameters<typeof checkAnswers>[1]) =>
  checkAnswers(questionnaire, { constructor: { text: 'Bra' }, ...answers }).problems.map((p) => p.questionId);

describe('answer checks under attack', () => {
  it('asks for a required question whose id is the name of a built-in property, left blank', () => {
    expect(checkAnswers(questionnaire, {}).problems).toEqual([
      { questionId: 'constructor', message: 'Frågan behöver besvaras.' },
    ]);
  });

  it('refuses a personnummer written with an en dash, a minus sign or full-width digits', () => {
    // 19121212-1212 is a valid personnummer: a phone's keyboard turns '-' into '–' or '−'.
    expect(identityProblem({ kommentar: { text: 'Mitt nummer är 121212–1212' } })).toEqual(['kommentar']);
    expect(identityProblem({ kommentar: { text: 'pnr 19121212\u22121212' } })).toEqual(['kommentar']);
    expect(identityProblem({ kommentar: { text: '１２１２１２-１２１２' } })).toEqual(['kommentar']);
    // A phone number is still let through.
    expect(identityProblem({ kommentar: { text: 'Ring 070–123 45 67' } })).toEqual([]);
  });

  it('refuses a personnummer typed into a number question', () => {
    expect(identityProblem({ antal: { number: 191212121212 } })).toEqual(['antal']);
    expect(identityProblem({ antal: { number: 1212121212 } })).toEqual(['antal']);
    expect(identityProblem({ antal: { number: 12 } })).toEqual([]);
  });
});

describe('questionnaire size', () => {
  it(`refuses more than ${MAX_QUESTIONS} questions in a form, however they are spread over sections`, () => {
    // 100 sections of 200 questions fit in a 1 MB body; comparing two such forms took seconds.
    const sections = Array.from({ length: 2 }, (_, s) => ({
      id: `s${s}`,
      questions: Array.from({ length: MAX_QUESTIONS / 2 + 1 }, (_, i) => ({
        id: `q${s}-${i}`,
        type: 'date',
        text: { sv: 'Datum' },
      })),
    }));
    const result = questionnaireSchema.safeParse({ kind: 'questionnaire', title: { sv: 'Stor' }, sections });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([`Högst ${MAX_QUESTIONS} frågor i ett formulär.`]);
    sections[1]!.questions.pop();
    sections[1]!.questions.pop();
    expect(questionnaireSchema.safeParse({ kind: 'questionnaire', title: { sv: 'Stor' }, sections }).success).toBe(
      true,
    );
  });
});
