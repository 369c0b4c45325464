import { describe, expect, it } from 'vitest';
import { questionsOf } from '../model';
import { BUILT_IN_SURVEY_TEMPLATES } from './registry';
import { TEMPLATE_ROW_HEADERS, type TemplateRow } from './rows-format';
import { questionnaireFromRows } from './rows-read';
import { rowsFromQuestionnaire } from './rows-write';

const title = { sv: 'NNS indikatorenkät' };

/** A sheet as the owners write it: only the columns they need, labels without ids. */
const sheet = (): TemplateRow[] => [
  { Avsnitt: 'Om dig', Id: 'kon', Typ: 'enval', Fråga: 'Kön', Alternativ: 'Kvinna | Man | Annat/vill inte ange' },
  { Id: 'alder', Typ: 'tal', Fråga: 'Ålder', Min: '16', Max: '67', Heltal: 'ja', Obligatorisk: 'ja' },
  {
    Avsnitt: 'Insatsen',
    Id: 'insats',
    Typ: 'matris',
    Fråga: 'Hur väl stämmer följande?',
    'Fråga (engelska)': 'How well does the following apply?',
    Alternativ: 'Inte alls | Lite | Ganska mycket | Mycket | Vet ej',
    'Alternativ (engelska)': 'Not at all | A little | Quite a lot | Very much | Don’t know',
    'Utanför skalan': 'Vet ej',
  },
  { Id: 'bemotande', 'Påstående-av': 'insats', Fråga: 'Jag blev väl bemött' },
  { Id: 'stod', Typ: 'påstående', 'Påstående-av': 'insats', Fråga: 'Jag fick det stöd jag behövde' },
  {},
  {
    Id: 'sysselsattning',
    Typ: 'flerval',
    Fråga: 'Vad gör du nu?',
    Alternativ: 'arbete=Arbetar | studier=Studerar | annat=Annat, nämligen',
    'Annat-alternativ': 'annat',
    'Högst antal val': '2',
  },
];

describe('questionnaireFromRows', () => {
  it('reads one question per row, matrix statements by their matrix, and sections where "Avsnitt" changes', () => {
    const result = questionnaireFromRows(sheet(), { title });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const q = result.questionnaire;
    expect(q.sections.map((s) => [s.id, s.title?.sv, s.questions.map((x) => x.id)])).toEqual([
      ['avsnitt-1', 'Om dig', ['kon', 'alder']],
      ['avsnitt-2', 'Insatsen', ['insats', 'sysselsattning']],
    ]);
    const [kon, alder, insats, sysselsattning] = questionsOf(q);
    expect(kon).toMatchObject({
      type: 'single',
      options: [{ id: '1', label: { sv: 'Kvinna' } }, { id: '2' }, { id: '3' }],
    });
    expect(alder).toMatchObject({ type: 'number', min: 16, max: 67, integer: true, required: true });
    expect(insats).toMatchObject({
      type: 'matrix',
      text: { sv: 'Hur väl stämmer följande?', en: 'How well does the following apply?' },
      statements: [
        { id: 'bemotande', text: { sv: 'Jag blev väl bemött' } },
        { id: 'stod', text: { sv: 'Jag fick det stöd jag behövde' } },
      ],
    });
    if (insats?.type !== 'matrix') throw new Error('matrix expected');
    expect(insats.scale.options.map((o) => [o.id, o.label.en, !!o.outsideScale])).toEqual([
      ['1', 'Not at all', false],
      ['2', 'A little', false],
      ['3', 'Quite a lot', false],
      ['4', 'Very much', false],
      ['5', 'Don’t know', true],
    ]);
    expect(sysselsattning).toMatchObject({
      type: 'multiple',
      maxChoices: 2,
      options: [{ id: 'arbete' }, { id: 'studier' }, { id: 'annat', other: true, label: { sv: 'Annat, nämligen' } }],
    });
  });

  it('gives back every built-in template from its own sheet, ids and all', () => {
    for (const template of BUILT_IN_SURVEY_TEMPLATES) {
      const q = template.questionnaire;
      const rows = rowsFromQuestionnaire(q);
      expect(Object.keys(rows[0]!)).toEqual(TEMPLATE_ROW_HEADERS);
      const meta = { title: q.title, kind: q.kind, intro: q.intro, thanks: q.thanks };
      const back = questionnaireFromRows(rows, meta);
      expect(back.ok && back.questionnaire, template.key).toEqual(q);
    }
  });

  it('refuses the whole sheet and names row, column and value of every problem in Swedish', () => {
    const rows = sheet();
    rows[1]!.Typ = 'skala5';
    rows[2]!['Utanför skalan'] = 'Kanske';
    rows[3]!.Id = 'kon';
    rows[4]!['Påstående-av'] = 'okänd';
    rows[6]!.Min = '1';
    rows.push({ Id: 'Fel id', Typ: 'fritext', Fråga: '' }, { Id: 'ok', Typ: 'enval', Fråga: 'x', Alternativ: 'a' });
    const result = questionnaireFromRows(rows, { title });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      'Rad 3, kolumn "Typ": "skala5" är ingen frågetyp (skala, enval, flerval, tal, datum, fritext, matris).',
      'Rad 4, kolumn "Utanför skalan": "Kanske" nämner "Kanske", som inte är något av frågans alternativ.',
      'Rad 5, kolumn "Id": "kon" används redan på rad 2.',
      'Rad 6, kolumn "Påstående-av": "okänd" är ingen matris på en tidigare rad.',
      'Rad 8, kolumn "Min": "1" hör inte till frågetypen flerval.',
      'Rad 9, kolumn "Id": "Fel id" ska vara 1–48 tecken: a–z, 0–9, punkt, bindestreck eller understreck.',
      'Rad 9, kolumn "Fråga": saknas.',
      'Rad 10, kolumn "Alternativ": "a" behöver minst två alternativ.',
    ]);
    expect(!result.ok && result.problems[0]).toMatchObject({ row: 3, column: 'Typ', value: 'skala5' });
  });

  it('names an unknown column, a matrix without statements, a positive option outside the scale and English without Swedish', () => {
    const result = questionnaireFromRows(
      [
        { Id: 'a', Typ: 'matris', Fråga: 'Påståenden', Alternativ: 'Ja | Nej | Vet ej', 'Utanför skalan': 'Vet ej' },
        {
          Id: 'b',
          Typ: 'skala',
          Fråga: 'Hur nöjd?',
          Alternativ: 'Inte | Ganska | Mycket | Vet ej',
          'Utanför skalan': 'Vet ej',
          Positiva: 'Mycket | Vet ej',
        },
        { Id: 'c', Typ: 'fritext', 'Fråga (engelska)': 'Comment', Kommentar: 'x' },
      ],
      { title },
    );
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Rad 1, kolumn "Kommentar": kolumnen finns inte i mallens format \(Avsnitt, /),
      'Rad 3, kolumn "Positiva": "Mycket | Vet ej" nämner "Vet ej", som ligger utanför skalan och inte kan räknas som positivt.',
      'Rad 4, kolumn "Fråga (engelska)": "Comment" har ingen svensk text i kolumnen "Fråga".',
      'Rad 4, kolumn "Fråga": saknas.',
      'Rad 2, kolumn "Typ": matrisen "a" har inga påståenden (rader med "a" i kolumnen "Påstående-av").',
    ]);
  });

  it('names the row of a text longer than the model allows, and refuses an empty sheet', () => {
    const long = questionnaireFromRows([{ Id: 'a', Typ: 'fritext', Fråga: 'x'.repeat(2_001) }], { title, firstRow: 5 });
    expect(!long.ok && long.problems.map((p) => p.message)).toEqual(['Rad 5: Högst 2000 tecken.']);
    const empty = questionnaireFromRows([{}, { Id: '  ' }], { title });
    expect(!empty.ok && empty.problems.map((p) => p.message)).toEqual(['Filen har inga frågor.']);
  });
});
