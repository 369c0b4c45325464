import { describe, expect, it } from 'vitest';
import { builtInTemplate, gridPosition, normaliseTemplate } from './template';

describe('built-in templates', () => {
  it('holds seed 004’s twelve fields with their questions word for word', () => {
    const twelve = builtInTemplate('twelve');
    expect(twelve.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(twelve.map((f) => f.questions.length)).toEqual([3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1]);
    expect(twelve[0]!.questions.map((q) => q.text)).toEqual([
      'Finns ett gemensamt mål för deltagaren?',
      'Finns de insatser som behövs?',
      'Är målgruppen relevant?',
    ]);
    expect(twelve[5]!.questions[1]!.text).toBe('Effektiviseras rehabiliteringsarbetet?');
    expect(twelve[8]!.questions.map((q) => q.text)).toEqual([
      'Förbättras myndighets-samverkan?',
      'Ökar inre eller yttre effektivitet inom myndigheten?',
    ]);
    expect(twelve[10]!.questions[0]!.text).toBe(
      'Arbetar samordningsförbundet med strukturella frågor eller enbart operativa?',
    );
    expect(twelve[11]!.questions[0]!.text).toBe('Bidrar förbundet till bättre rehabilitering?');
    const keys = twelve.flatMap((f) => f.questions.map((q) => q.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('explains field 9 with seed 004’s own inre/yttre effektivitet', () => {
    const help = builtInTemplate('twelve')[8]!.questions[1]!.help;
    expect(help).toMatch(/egna resurser/);
    expect(help).toMatch(/tillsammans med andra/);
  });

  it('makes the niofält from fields 1–9 of tolvfältaren', () => {
    const nine = builtInTemplate('nine');
    expect(nine).toEqual(builtInTemplate('twelve').slice(0, 9));
  });

  it('places the fields row by row as in the seed’s table', () => {
    expect(gridPosition(1)).toEqual({ row: 'participants', column: 'structure' });
    expect(gridPosition(6)).toEqual({ row: 'staff', column: 'results' });
    expect(gridPosition(9)).toEqual({ row: 'organisation', column: 'results' });
    expect(gridPosition(11)).toEqual({ row: 'association', column: 'process' });
  });
});

describe('normaliseTemplate', () => {
  const asInput = () =>
    builtInTemplate('nine').map((f) => ({ number: f.number, questions: f.questions.map((q) => ({ ...q })) }));

  it('gives an added question the next free key of its field and keeps the others', () => {
    const fields = asInput();
    fields[1]!.questions.push({ text: 'Ny fråga?', help: '' } as never);
    const result = normaliseTemplate('nine', fields);
    expect(result.ok && result.fields[1]!.questions.map((q) => q.key)).toEqual(['2.1', '2.2', '2.3']);
  });

  it('never gives a new question the key of one removed before', () => {
    const fields = asInput();
    fields[0]!.questions = [fields[0]!.questions[0]!, { text: 'Ersättare?', help: '' } as never];
    const result = normaliseTemplate('nine', fields, builtInTemplate('nine'));
    expect(result.ok && result.fields[0]!.questions.map((q) => q.key)).toEqual(['1.1', '1.4']);
  });

  it('refuses a wrong number of fields, fields out of order and a key from another field', () => {
    expect(normaliseTemplate('twelve', asInput())).toEqual({ ok: false, message: 'Mallen ska ha 12 fält, inte 9.' });
    const swapped = asInput();
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(normaliseTemplate('nine', swapped).ok).toBe(false);
    const moved = asInput();
    moved[2]!.questions[0]!.key = '1.1';
    expect(normaliseTemplate('nine', moved)).toMatchObject({ ok: false, message: expect.stringMatching(/1\.1/) });
  });
});
