import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryChartHeight, genderShareChartOption, wrapLabel } from './charts';

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Jobbstudion')).toBe('Jobbstudion');
  });

  it('breaks at spaces, and before a parenthesis rather than inside it', () => {
    // "Hälsofrämjande rehabilitering" is 29 characters: with the parenthesis it would be 48.
    expect(wrapLabel('Hälsofrämjande rehabilitering (Demo – Finnveden)')).toBe(
      'Hälsofrämjande rehabilitering\n(Demo – Finnveden)',
    );
    // "Språk och arbete (Demo –" would fit 30 characters, but splits the förbund's name.
    expect(wrapLabel('Språk och arbete (Demo – Finnveden)')).toBe('Språk och arbete\n(Demo – Finnveden)');
  });

  it('breaks a parenthesis longer than a line at its spaces, and never a word', () => {
    expect(wrapLabel('Insats (Samordningsförbundet Västra Götaland Norra)')).toBe(
      'Insats (Samordningsförbundet\nVästra Götaland Norra)',
    );
    // A 37-letter word is wider than 20 characters but stays whole on a line of its own.
    expect(wrapLabel('Arbetsmarknadsintroduktionsprogrammet för unga', 20)).toBe(
      'Arbetsmarknadsintroduktionsprogrammet\nför unga',
    );
  });

  it('ends a name longer than the lines allow in "…" after its last whole word', () => {
    expect(wrapLabel('a b c d e f', 3, 2)).toBe('a b\nc d …');
  });

  it('only ever replaces spaces by line breaks', () => {
    const word = fc.stringMatching(/^[a-zåäö()–]{1,15}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 5, max: 30 }), (words, width) => {
        const lines = wrapLabel(words.join(' '), width, 100).split('\n');
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
      }),
    );
  });
});

describe('categoryChartHeight', () => {
  it('gives each category the room of its bars or of its wrapped name, plus legend and axis', () => {
    // Two bars: 16 + 2 × 14 = 44 px; one line of name: 6 + 15 = 21 px.
    expect(categoryChartHeight(['Jobbstudion'])).toBe(72 + 44);
    // One bar: 30 px; two lines of name: 6 + 2 × 15 = 36 px.
    expect(categoryChartHeight(['Hälsofrämjande rehabilitering (Demo – Finnveden)'], 1)).toBe(72 + 36);
  });
});

describe('genderShareChartOption', () => {
  it('draws the groups as rows top-down in report order, with the full names in the data', () => {
    const option = genderShareChartOption(
      [
        { label: 'Hälsofrämjande rehabilitering (Demo – Finnveden)', kvinna: 0.32, man: 0.41 },
        { label: 'Jobbstudion', kvinna: 0.42, man: null },
      ],
      { description: 'd', kvinna: 'Kvinnor', man: 'Män' },
    );
    const axis = option.yAxis as { data: string[]; axisLabel: { formatter: (name: string) => string } };
    expect(axis.data).toEqual(['Jobbstudion', 'Hälsofrämjande rehabilitering (Demo – Finnveden)']);
    expect(axis.axisLabel.formatter(axis.data[1]!)).toBe('Hälsofrämjande rehabilitering\n(Demo – Finnveden)');
    expect((option.series as { data: (number | null)[] }[]).map((s) => s.data)).toEqual([
      [42, 32],
      [null, 41],
    ]);
  });
});
