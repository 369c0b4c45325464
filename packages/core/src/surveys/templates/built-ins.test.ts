import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  answerIds,
  inScaleOptions,
  positiveOptionIds,
  questionnaireSchema,
  questionsOf,
  type Questionnaire,
} from '../model';
import { BUILT_IN_SURVEY_TEMPLATES, builtInSurveyTemplate } from './registry';

/** The seed's lines the templates come from, copied verbatim into the repository (first line: where from). */
const SEED = readFileSync(new URL('./seed-002-wording.fixture.txt', import.meta.url), 'utf8');

/** The seed itself, where the project's shared folder is next to the checkout (not in CI). */
function originalSeed(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'shared', 'seeds', '002_31800c3018efc001.txt');
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

const template = (key: string): Questionnaire => builtInSurveyTemplate(key)!.questionnaire;
const question = (q: Questionnaire, id: string) => questionsOf(q).find((x) => x.id === id)!;
const statementCounts = (q: Questionnaire) =>
  questionsOf(q).flatMap((x) => (x.type === 'matrix' ? [[x.id, x.statements.length]] : []));

/** Every Swedish question, statement and option text (not intros: those are the förbund's). */
function swedishTexts(q: Questionnaire): string[] {
  return questionsOf(q).flatMap((x) => [
    x.text.sv,
    ...(x.type === 'matrix' ? x.statements.map((s) => s.text.sv) : []),
    ...('options' in x ? x.options.map((o) => o.label.sv) : []),
    ...(x.type === 'matrix' || x.type === 'scale' ? x.scale.options.map((o) => o.label.sv) : []),
  ]);
}

/** Every localized text of a questionnaire, to check that each has its English. */
function allTexts(q: Questionnaire) {
  return [
    q.title,
    ...(q.intro ? [q.intro] : []),
    ...(q.thanks ? [q.thanks] : []),
    ...q.sections.flatMap((s) => [...(s.title ? [s.title] : []), ...(s.intro ? [s.intro] : [])]),
    ...questionsOf(q).flatMap((x) => [
      x.text,
      ...(x.help ? [x.help] : []),
      ...(x.type === 'number' && x.unit ? [x.unit] : []),
      ...(x.type === 'matrix' ? x.statements.map((s) => s.text) : []),
      ...('options' in x ? x.options.map((o) => o.label) : []),
      ...(x.type === 'matrix' || x.type === 'scale' ? x.scale.options.map((o) => o.label) : []),
    ]),
  ];
}

describe('the built-in templates', () => {
  it.runIf(originalSeed() !== undefined)('read a fixture that is the seed’s own lines', () => {
    const seed = originalSeed()!;
    const lines = SEED.split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(300);
    expect(seed).toContain(lines.slice(0, 11).join('\n'));
    expect(seed).toContain(lines.slice(11).join('\n'));
  });

  it('are valid questionnaires with unique keys and the seed as source', () => {
    expect(BUILT_IN_SURVEY_TEMPLATES.map((t) => [t.key, t.source, t.questionnaire.kind])).toEqual([
      ['participants-b6', '002 Bilaga 6', 'questionnaire'],
      ['staff-projects-b4', '002 Bilaga 4', 'questionnaire'],
      ['staff-ordinary-b5', '002 Bilaga 5', 'questionnaire'],
      ['self-assessment-project', '002 avsnitt 4.3', 'questionnaire'],
      ['interview-b1', '002 Bilaga 1', 'interview_guide'],
      ['interview-b2', '002 Bilaga 2', 'interview_guide'],
      ['interview-b3', '002 Bilaga 3', 'interview_guide'],
    ]);
    for (const t of BUILT_IN_SURVEY_TEMPLATES)
      expect(questionnaireSchema.parse(t.questionnaire)).toEqual(t.questionnaire);
  });

  it('Bilaga 4 has 4 + 7 + 3 statements and keeps its repeated statement under two ids', () => {
    const b4 = template('staff-projects-b4');
    expect(statementCounts(b4)).toEqual([
      ['resultat-deltagare', 4],
      ['samverkan', 7],
      ['resultat-effekter', 3],
    ]);
    const repeated = 'Handläggning av individärenden har blivit effektivare tack vare samverkan.';
    const holders = questionsOf(b4).flatMap((x) =>
      x.type === 'matrix' ? x.statements.filter((s) => s.text.sv === repeated).map((s) => `${x.id}/${s.id}`) : [],
    );
    expect(holders).toEqual([
      'resultat-deltagare/effektivare-handlaggning',
      'resultat-effekter/effektivare-handlaggning-effekter',
    ]);
    expect(new Set(answerIds(b4)).size).toBe(answerIds(b4).length);
    expect(answerIds(b4)).toHaveLength(1 + 14 + 2);
  });

  it('Bilaga 4 asks for the organisation with "Annan:" as the free-text option; Bilaga 5 does not ask', () => {
    const organisation = question(template('staff-projects-b4'), 'organisation');
    expect(
      organisation.type === 'single' && organisation.options.filter((o) => o.other).map((o) => o.label.sv),
    ).toEqual(['Annan:']);
    expect(question(template('staff-ordinary-b5'), 'organisation')).toBeUndefined();
  });

  it('Bilaga 5 has the same blocks in its own (plural) wording and seven open questions', () => {
    const b5 = template('staff-ordinary-b5');
    expect(statementCounts(b5)).toEqual([
      ['resultat-deltagare', 4],
      ['samverkan', 7],
      ['resultat-effekter', 3],
    ]);
    expect(swedishTexts(b5)).toContain('Projekten har bidragit till förbättrad förmåga till egen försörjning.');
    expect(questionsOf(b5).filter((x) => x.type === 'text')).toHaveLength(7);
  });

  it('puts "Vet ej" and "vet ej om samverkan har skett" outside the scale, and counts the top two as positive', () => {
    const b4 = question(template('staff-projects-b4'), 'samverkan');
    if (b4.type !== 'matrix') throw new Error('matrix expected');
    expect(b4.scale.options.filter((o) => o.outsideScale).map((o) => o.label.sv)).toEqual(['Vet ej']);
    expect(positiveOptionIds(b4.scale)).toEqual(['mycket', 'helt']);

    const b6 = template('participants-b6');
    const first = question(b6, 'samverkan-bra');
    const second = question(b6, 'insatser-battre');
    if (first.type !== 'scale' || second.type !== 'scale') throw new Error('scales expected');
    expect(first.scale.options.filter((o) => o.outsideScale).map((o) => o.label.sv)).toEqual([
      'vet ej om samverkan har skett',
    ]);
    expect(inScaleOptions(first.scale)).toHaveLength(5);
    expect(positiveOptionIds(first.scale)).toEqual(['ganska-hog', 'mycket-hog']);
    // Only the first collaboration question offers "vet ej", as in the seed.
    expect(second.scale.options).toHaveLength(5);
  });

  it('Bilaga 6 asks for months as a whole number, occupation with "annat, nämligen", and 4 + 3 statements', () => {
    const b6 = template('participants-b6');
    expect(question(b6, 'tid-i-projektet')).toMatchObject({ type: 'number', integer: true, min: 0 });
    const occupation = question(b6, 'sysselsattning-fore');
    expect(occupation.type === 'single' && occupation.options.find((o) => o.other)?.label.sv).toBe(
      'Annan sysselsättning, nämligen...',
    );
    expect(statementCounts(b6)).toEqual([
      ['projektet', 4],
      ['ga-vidare', 3],
    ]);
  });

  it('egenbedömningen has five questions on a numeric 1–5 scale with the seed’s ends', () => {
    const q = template('self-assessment-project');
    const questions = questionsOf(q);
    expect(questions).toHaveLength(5);
    for (const x of questions) {
      if (x.type !== 'scale') throw new Error('scale expected');
      expect(x.scale.numeric).toBe(true);
      expect(x.scale.options.map((o) => o.id)).toEqual(['1', '2', '3', '4', '5']);
    }
    const scale = questions[0]!.type === 'scale' ? questions[0]!.scale : undefined;
    expect([scale!.options[0]!.label.sv, scale!.options[4]!.label.sv]).toEqual([
      '1 – mycket lite/inte alls',
      '5 – mycket',
    ]);
  });

  it('takes every Swedish question, statement and option of the questionnaires word for word from the seed', () => {
    for (const key of ['participants-b6', 'staff-projects-b4', 'staff-ordinary-b5', 'self-assessment-project']) {
      const texts = swedishTexts(template(key)).filter((text) => !/^[1-5]( – |$)/.test(text));
      const missing = texts.filter((text) => !SEED.includes(text));
      expect(missing, key).toEqual([]);
    }
    // The seed's own spellings are kept, not corrected.
    const b4 = swedishTexts(template('staff-projects-b4'));
    expect(b4.some((x) => x.startsWith('Projektets underlättar'))).toBe(true);
    expect(b4.some((x) => x.startsWith('Arbetsätten'))).toBe(true);
  });

  it('takes the interview guides’ questions from the seed, without bold markers, one notes field each', () => {
    const flat = SEED.replaceAll('**', '').replace(/\.\.\s+\n/g, '.. ');
    const counts = ['interview-b1', 'interview-b2', 'interview-b3'].map((key) => {
      const questions = questionsOf(template(key));
      expect(questions.every((x) => x.type === 'text')).toBe(true);
      expect(questions.map((x) => x.text.sv).filter((text) => !flat.includes(text))).toEqual([]);
      return questions.length;
    });
    expect(counts).toEqual([26, 12, 18]);
    expect(template('interview-b3').sections.map((s) => s.title?.sv.slice(0, 2))).toEqual([
      'A.',
      'B.',
      'C.',
      'D.',
      'E.',
      'F.',
    ]);
  });

  it('has English for every text of the respondent-facing questionnaires; interview guides are Swedish only', () => {
    for (const key of ['participants-b6', 'staff-projects-b4', 'staff-ordinary-b5', 'self-assessment-project']) {
      expect(
        allTexts(template(key)).filter((text) => !text.en),
        key,
      ).toEqual([]);
    }
    for (const key of ['interview-b1', 'interview-b2', 'interview-b3']) {
      expect(
        allTexts(template(key)).filter((text) => text.en),
        key,
      ).toEqual([]);
    }
  });

  it('names no consultant, person, phone number or e-mail address in the intros', () => {
    for (const t of BUILT_IN_SURVEY_TEMPLATES) {
      const intros = [t.questionnaire.intro?.sv ?? '', t.questionnaire.intro?.en ?? ''].join(' ');
      expect(intros, t.key).not.toMatch(/Sweco|Björkman|Payoff|@|\d{2}-\d{3}/);
    }
    // The seed's sentences that are kept.
    expect(template('participants-b6').intro!.sv).toContain('Enskilda personers svar kommer inte att framgå.');
    expect(SEED).toContain('Enskilda personers svar kommer inte att framgå.');
  });
});
