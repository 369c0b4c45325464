import { describe, expect, it } from 'vitest';
import { checkAnswers, describeProblem } from './answers';
import { answerIds, positiveOptionIds, questionnaireSchema, type Questionnaire } from './model';

const grad = [
  'i mycket låg grad',
  'i ganska låg grad',
  'varken låg eller hög grad',
  'i ganska hög grad',
  'i mycket hög grad',
];
const gradOptions = grad.map((label, i) => ({ id: `g${i + 1}`, label: { sv: label } }));

const questionnaire = (): Questionnaire =>
  questionnaireSchema.parse({
    kind: 'questionnaire',
    title: { sv: 'Enkät till deltagare' },
    sections: [
      {
        id: 's1',
        questions: [
          {
            id: 'occupation',
            type: 'single',
            text: { sv: 'Vilken sysselsättning hade du tiden innan projektet?' },
            options: [
              { id: 'work', label: { sv: 'Arbete' } },
              { id: 'other', label: { sv: 'Annan sysselsättning, nämligen...' }, other: true },
            ],
          },
          {
            id: 'project',
            type: 'matrix',
            text: { sv: 'Vad tycker du om det projekt du deltar i?' },
            scale: { options: gradOptions },
            statements: [
              { id: 'meaningful', text: { sv: 'Det är meningsfullt att delta' } },
              { id: 'planning', text: { sv: 'Jag är delaktig i planeringen' } },
            ],
          },
          {
            id: 'collab',
            type: 'scale',
            required: true,
            text: { sv: 'Har samverkan mellan myndigheterna varit bra för dig?' },
            scale: {
              options: [
                ...gradOptions,
                { id: 'dk', label: { sv: 'vet ej om samverkan har skett' }, outsideScale: true },
              ],
            },
          },
          { id: 'months', type: 'number', text: { sv: 'Hur länge har du deltagit?' }, min: 0, max: 120, integer: true },
          { id: 'comment', type: 'text', text: { sv: 'Kommentar' } },
        ],
      },
    ],
  });

describe('the questionnaire model', () => {
  it('answers a matrix under its statements’ ids, so every answer has its own column', () => {
    expect(answerIds(questionnaire())).toEqual(['occupation', 'meaningful', 'planning', 'collab', 'months', 'comment']);
  });

  it('counts the two highest in-scale options as positive by default, never "vet ej"', () => {
    const collab = questionnaire().sections[0]!.questions[2]!;
    expect(collab.type === 'scale' && positiveOptionIds(collab.scale)).toEqual(['g4', 'g5']);
  });

  it('refuses a questionnaire with a repeated id and a positive option outside the scale', () => {
    const raw = structuredClone(questionnaire());
    raw.sections[0]!.questions[4]!.id = 'months';
    const collab = raw.sections[0]!.questions[2]!;
    if (collab.type === 'scale') collab.scale.positive = ['dk'];
    const result = questionnaireSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('Id "months" används mer än en gång (fråga).');
    expect(messages).toContain('Frågan "collab": "dk" ligger utanför skalan och kan inte räknas som positivt.');
  });
});

describe('checkAnswers', () => {
  it('keeps valid answers, drops blanks and names every problem by question', () => {
    const { answers, problems } = checkAnswers(questionnaire(), {
      occupation: { option: 'other', other: 'Föräldraledig' },
      meaningful: { option: 'g5' },
      planning: { option: 'g9' },
      collab: { option: 'dk' },
      months: { number: 2.5 },
      comment: { text: '   ' },
      extra: { text: 'x' },
    });
    expect(answers).toEqual({
      occupation: { option: 'other', other: 'Föräldraledig' },
      meaningful: { option: 'g5' },
      collab: { option: 'dk' },
    });
    expect(problems).toEqual([
      { questionId: 'planning', message: '"g9" är inget av svarsalternativen.' },
      { questionId: 'months', message: 'Ange ett heltal.' },
      { questionId: 'extra', message: 'Frågan finns inte i enkäten.' },
    ]);
  });

  it('refuses a personnummer in free text, also with spaces, and says why in the respondent’s language', () => {
    const sv = checkAnswers(questionnaire(), {
      collab: { option: 'g4' },
      comment: { text: 'Jag heter 19121212 1212' },
    });
    expect(sv.problems[0]!.message).toMatch(/Enkäten är anonym/);
    const en = checkAnswers(
      questionnaire(),
      { collab: { option: 'g4' }, occupation: { option: 'other', other: '121212-1212' } },
      'en',
    );
    expect(en.problems).toEqual([
      { questionId: 'occupation', message: expect.stringMatching(/The survey is anonymous/) },
    ]);
    // A phone number is no identity number and passes.
    expect(
      checkAnswers(questionnaire(), { collab: { option: 'g4' }, comment: { text: 'Ring 070-123 45 67' } }).problems,
    ).toEqual([]);
  });

  it('asks for a required question and for "annat" text only with "annat"', () => {
    const { problems } = checkAnswers(questionnaire(), { occupation: { option: 'work', other: 'x' } });
    expect(problems.map((p) => [p.questionId, p.message])).toEqual([
      ['occupation', 'Texten för "annat" hör till alternativet "annat".'],
      ['collab', 'Frågan behöver besvaras.'],
    ]);
    expect(describeProblem(questionnaire(), problems[1]!)).toBe(
      'Har samverkan mellan myndigheterna varit bra för dig?: Frågan behöver besvaras.',
    );
  });

  it('refuses an empty form, which would count as a respondent who answered nothing', () => {
    const optional = questionnaire();
    optional.sections[0]!.questions[2]!.required = false;
    const blanks = { comment: { text: '  ' } };
    for (const answers of [{}, blanks])
      expect(checkAnswers(optional, answers).problems).toEqual([
        { questionId: 'occupation', message: 'Ingen fråga är besvarad. Svara på minst en fråga innan du skickar.' },
      ]);
    expect(checkAnswers(optional, {}, 'en').problems[0]!.message).toMatch(/^No question is answered/);
    expect(checkAnswers(optional, { months: { number: 3 } }).problems).toEqual([]);
  });
});
