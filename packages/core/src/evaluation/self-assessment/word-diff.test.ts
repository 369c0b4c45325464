import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks the changed words and keeps the shared ones, spaces included', () => {
    expect(wordDiff('Tre möten i beredningsgruppen', 'Fem möten i styrelsen')).toEqual([
      { kind: 'removed', text: 'Tre' },
      { kind: 'added', text: 'Fem' },
      { kind: 'same', text: ' möten i' },
      { kind: 'removed', text: ' beredningsgruppen' },
      { kind: 'added', text: ' styrelsen' },
    ]);
  });

  it('finds an inserted and a deleted word in the middle', () => {
    expect(wordDiff('a b c d', 'a b x c')).toEqual([
      { kind: 'same', text: 'a b' },
      { kind: 'added', text: ' x' },
      { kind: 'same', text: ' c' },
      { kind: 'removed', text: ' d' },
    ]);
  });

  it('gives the whole text as added or removed when one side is empty, and nothing for two empty texts', () => {
    expect(wordDiff('', 'Ny text')).toEqual([{ kind: 'added', text: 'Ny text' }]);
    expect(wordDiff('Gammal', '')).toEqual([{ kind: 'removed', text: 'Gammal' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('reassembles both texts from its parts', () => {
    const before = 'Förbundet har en budget på fyra miljoner kr per år sedan 2005.';
    const after = 'Förbundet har nu en budget på fem miljoner kr per år.';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});
