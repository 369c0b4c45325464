import { describe, expect, it } from 'vitest';
import { builtInSurveyTemplate } from './registry';
import { TEMPLATE_FILE_FORMAT, templateFromJson, templateToJson } from './template-file';

const b6 = builtInSurveyTemplate('participants-b6')!;
const content = { name: 'Deltagarenkät', source: b6.source, locked: true, questionnaire: b6.questionnaire };

describe('template files (JSON)', () => {
  it('writes the format and its version first and reads the same template back', () => {
    const json = templateToJson(content);
    expect(Object.keys(JSON.parse(json) as object).slice(0, 2)).toEqual(['format', 'formatVersion']);
    expect(templateFromJson(json)).toEqual({
      ok: true,
      template: { format: TEMPLATE_FILE_FORMAT, formatVersion: 1, ...content },
    });
    // A byte-order mark from an editor on Windows is no problem.
    expect(templateFromJson(`\uFEFF${json}`).ok).toBe(true);
  });

  it('says in Swedish when the file is no JSON, not a template or from a newer Insikt', () => {
    expect(templateFromJson('{"format": ')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^Filen är inte giltig JSON \(/)],
    });
    expect(templateFromJson('{"format": "något-annat"}')).toEqual({
      ok: false,
      errors: ['Filen är ingen enkätmall från Insikt: fältet "format" ska vara "insikt-survey-template".'],
    });
    expect(templateFromJson(JSON.stringify({ format: TEMPLATE_FILE_FORMAT, formatVersion: 2 }))).toEqual({
      ok: false,
      errors: ['Filen har formatversion 2; den här versionen av Insikt läser version 1.'],
    });
    expect(templateFromJson(' '.repeat(1_000_001))).toEqual({
      ok: false,
      errors: ['Filen är för stor för en enkätmall (högst 1 000 000 tecken).'],
    });
  });

  it('names where in the file each problem is, by position and id', () => {
    const file = JSON.parse(templateToJson(content)) as {
      locked: unknown;
      questionnaire: { sections: { questions: { text: { sv: string } }[] }[] };
    };
    file.locked = 'ja';
    file.questionnaire.sections[1]!.questions[2]!.text.sv = '   ';
    const result = templateFromJson(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      errors: [
        'låst: Ogiltig inmatning: förväntat boolean, fick string',
        'formulär › avsnitt 2 ("avsnitt-2") › fråga 3 ("samverkan-kommentar") › text › svenska: Texten får inte vara tom.',
      ],
    });
  });

  it('refuses a repeated id inside the questionnaire', () => {
    const file = JSON.parse(templateToJson(content)) as {
      questionnaire: { sections: { questions: { id: string }[] }[] };
    };
    file.questionnaire.sections[0]!.questions[1]!.id = 'tid-i-projektet';
    const result = templateFromJson(JSON.stringify(file));
    expect(!result.ok && result.errors).toEqual(['formulär: Id "tid-i-projektet" används mer än en gång (fråga).']);
  });
});
