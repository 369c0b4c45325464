import { describe, expect, it } from 'vitest';
import { questionnaireSchema, type Questionnaire } from '../model';
import { builtInSurveyTemplate } from './registry';
import { wordingChanges } from './wording';

const b4 = () => structuredClone(builtInSurveyTemplate('staff-projects-b4')!.questionnaire);
const b6 = () => structuredClone(builtInSurveyTemplate('participants-b6')!.questionnaire);
const question = (q: Questionnaire, id: string) => q.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;
const messages = (before: Questionnaire, after: Questionnaire) => wordingChanges(before, after).map((c) => c.message);

describe('wordingChanges (what a locked template refuses)', () => {
  it('lets the förbund write its own intro, contact, thanks and headings, require answers and add a translation', () => {
    const after = b6();
    after.intro = { sv: 'Frågor? Ring Anna på förbundet, 010-123 45 67.' };
    after.thanks = { sv: 'Tack!' };
    after.sections[1]!.intro = { sv: 'Om samverkan' };
    question(after, 'tid-i-projektet').required = true;
    const before = b6();
    delete question(before, 'samverkan-kommentar').text.en;
    expect(wordingChanges(before, after)).toEqual([]);
  });

  it('names the question for a changed text, statement, option, "vet ej" and positive set', () => {
    const after = b4();
    const blocks = question(after, 'resultat-effekter');
    const organisation = question(after, 'organisation');
    if (blocks.type !== 'matrix' || organisation.type !== 'single') throw new Error('unexpected types');
    blocks.text.sv = 'Ta ställning till påståendena.';
    blocks.statements[0]!.text.sv = 'Arbetssätten i ordinarie verksamhet har förändrats till följd av projektet.';
    blocks.scale.options[5]!.outsideScale = false;
    blocks.scale.positive = ['helt'];
    organisation.options[4]!.label.en = 'Something else:';
    expect(wordingChanges(b4(), after)).toEqual([
      {
        questionId: 'organisation',
        message:
          'Frågan "Ange vilken organisation du arbetar för." (organisation): Texten för alternativet "Annan:" har ändrats.',
      },
      ...[
        'Frågetexten har ändrats.',
        'Alternativet "Vet ej" ligger inte längre utanför skalan.',
        'Vilka alternativ som räknas som positiva har ändrats.',
        'Texten i påståendet "Arbetsätten i ordinarie verksamhet har förändrats till följd av projektet." har ändrats.',
      ].map((m) => ({
        questionId: 'resultat-effekter',
        message: `Frågan "Ta ställning till följande påståenden om projektets resultat och effekter." (resultat-effekter): ${m}`,
      })),
    ]);
  });

  it('refuses questions and statements added, removed, reordered or given another id or type', () => {
    const after = b6();
    const first = after.sections[0]!;
    first.questions.reverse();
    first.questions = first.questions.filter((q) => q.id !== 'mojligheter-kommentar');
    const projektet = question(after, 'projektet');
    if (projektet.type !== 'matrix') throw new Error('matrix expected');
    projektet.statements[0]!.id = 'meningsfullt-2';
    after.sections[1]!.questions.push({ id: 'ny', type: 'date', text: { sv: 'När började du?' }, required: false });
    const second = after.sections[1]!.questions;
    const at = second.findIndex((q) => q.id === 'samverkan-kommentar');
    second[at] = {
      id: 'samverkan-kommentar',
      type: 'number',
      text: { sv: 'Kommentar' },
      required: false,
      integer: false,
    };
    expect(messages(b6(), questionnaireSchema.parse(after))).toEqual([
      'Frågan "Kommentera gärna på vilket sätt dina möjligheter ökat." (mojligheter-kommentar) har tagits bort.',
      'Frågan "När började du?" (ny) har lagts till.',
      'Ordningen mellan frågorna har ändrats.',
      'Frågan "Vad tycker du om det projekt du deltar i?" (projektet): Påståendet "Det är meningsfullt att delta" har tagits bort.',
      'Frågan "Vad tycker du om det projekt du deltar i?" (projektet): Påståendet "Det är meningsfullt att delta" har lagts till.',
      'Frågan "Kommentar" (samverkan-kommentar): Frågetypen har ändrats från fritext till tal.',
    ]);
  });

  it('refuses a changed range, unit and option list, and a help text added or removed', () => {
    const before = b6();
    const after = b6();
    const months = question(after, 'tid-i-projektet');
    const occupation = question(after, 'sysselsattning-fore');
    if (months.type !== 'number' || occupation.type !== 'single') throw new Error('unexpected types');
    months.max = 60;
    months.unit = { sv: 'veckor', en: 'weeks' };
    delete months.help;
    occupation.options.splice(1, 1);
    occupation.options[3]!.other = false;
    question(after, 'projektet').help = { sv: 'Kryssa i en ruta per rad.' };
    expect(messages(before, after).map((m) => m.replace(/^Frågan "[^"]+" \(([^)]+)\): /, '$1: '))).toEqual([
      'tid-i-projektet: Hjälptexten har ändrats.',
      'tid-i-projektet: Vilka tal som får anges har ändrats.',
      'tid-i-projektet: Enheten har ändrats.',
      'sysselsattning-fore: Alternativet "Arbetssökande" har tagits bort.',
      'sysselsattning-fore: Alternativet "Annan sysselsättning, nämligen..." ber inte längre om en egen text ("annat").',
      'projektet: Hjälptexten har ändrats.',
    ]);
  });
});
