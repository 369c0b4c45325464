import { describe, expect, it } from 'vitest';
import { parseSwedishAmount } from './accounts';
import { parseKommunInputTable, parseModelForbundTable } from './allocation-files';

const names = new Map([
  ['0680', 'Jönköping'],
  ['0662', 'Gislaved'],
  ['0604', 'Aneby'],
]);
const rows = (...cells: string[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));

describe('parseSwedishAmount', () => {
  it('reads the Swedish formats of the brief and Excel’s own number cells', () => {
    expect(
      ['1 234 567', '1 234 567,50', '-229', '\u2212229', '1\u00a0234', '1234567.5', '(229)', '1,2,3', ''].map(
        parseSwedishAmount,
      ),
    ).toEqual([1234567, 1234567.5, -229, -229, 1234, 1234567.5, null, null, null]);
  });
});

describe('parseKommunInputTable', () => {
  const headers = ['Kommunkod', 'Försörjningsmått', 'Invånare 16–64'];

  it('reads every row, headers without case and dashes, three-digit codes from Excel, öre rounded', () => {
    const result = parseKommunInputTable(
      ['kommunkod', 'forsorjningsmatt', 'invånare 16-64'],
      rows(['0680', '1 234 567,50', '86 000'], ['662', '900000', '17 500']),
      names,
    );
    expect(result).toEqual({
      issues: [],
      rows: [
        { municipalityCode: '0680', supportMeasure: 1_234_568, inhabitants16to64: 86_000 },
        { municipalityCode: '0662', supportMeasure: 900_000, inhabitants16to64: 17_500 },
      ],
    });
  });

  it('refuses the whole file and names every row, column and value', () => {
    const result = parseKommunInputTable(
      headers,
      rows(['0680', '1 000', '10'], ['9999', 'tio', '-5'], ['0680', '1', '2,5']),
      names,
    );
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      { row: 3, column: 'Kommunkod', value: '9999', message: expect.stringMatching(/Okänd kommunkod "9999"/) },
      { row: 3, column: 'Försörjningsmått', value: 'tio', message: 'Försörjningsmått är inget tal: "tio".' },
      { row: 3, column: 'Invånare 16–64', value: '-5', message: 'Invånare 16–64 får inte vara negativt: "-5".' },
      { row: 4, column: 'Kommunkod', value: '0680', message: 'Jönköping (0680) finns redan på rad 2.' },
      { row: 4, column: 'Invånare 16–64', value: '2,5', message: 'Invånare 16–64 måste vara ett heltal: "2,5".' },
    ]);
  });

  it('names a missing column', () => {
    expect(parseKommunInputTable(['Kommunkod', 'Invånare 16–64'], rows(['0680', '1']), names).issues).toEqual([
      { row: 1, column: 'Försörjningsmått', value: '', message: 'Kolumnen "Försörjningsmått" saknas i rubrikraden.' },
    ]);
  });
});

describe('parseModelForbundTable', () => {
  const headers = [
    'Förbund',
    'Förbund i Insikt',
    'Kommunkoder',
    'Fjolårets tilldelning',
    'Ansökt',
    'Eget kapital',
    'Intäkter',
  ];
  const insikt = new Set(['Demo – Finnveden']);

  it('reads the list, empty cells as null, equity may be negative', () => {
    const result = parseModelForbundTable(
      headers,
      rows(
        ['Finnveden', 'Demo – Finnveden', '0662', '2 570 000', '', '-12 000', '5 144 000'],
        ['Övriga', '', '0680 0604', '', '', '', ''],
      ),
      names,
      insikt,
    );
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      {
        name: 'Finnveden',
        insiktName: 'Demo – Finnveden',
        municipalityCodes: ['0662'],
        previousAllocation: 2_570_000,
        requested: null,
        equity: -12_000,
        income: 5_144_000,
      },
      {
        name: 'Övriga',
        insiktName: null,
        municipalityCodes: ['0680', '0604'],
        previousAllocation: null,
        requested: null,
        equity: null,
        income: null,
      },
    ]);
  });

  it('names a kommun in two förbund, an unknown Insikt förbund, a repeated name and a bad amount', () => {
    const result = parseModelForbundTable(
      headers,
      rows(['A', '', '0680', '', '', '', ''], ['a', 'Saknas', '0680;0000', '-1', '', '', '']),
      names,
      insikt,
    );
    expect(result.rows).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [3, 'Förbund', 'a'],
      [3, 'Förbund i Insikt', 'Saknas'],
      [3, 'Kommunkoder', '0680'],
      [3, 'Kommunkoder', '0000'],
      [3, 'Fjolårets tilldelning', '-1'],
    ]);
    expect(result.issues[2]!.message).toBe('Jönköping (0680) ingår redan i A (rad 2).');
  });
});
