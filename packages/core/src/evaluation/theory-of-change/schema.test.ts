import { describe, expect, it } from 'vitest';
import { emptyTocContent } from './content';
import { tocContentSchema, tocCreateInput, tocScopeKind, TOC_TEXT_MAX } from './schema';

const i1 = '00000000-0000-4000-8000-000000000001';
const i2 = '00000000-0000-4000-8000-000000000002';

describe('the scope of a theory of change', () => {
  it('is one insats, or a cluster of two or more distinct insatser', () => {
    expect(tocScopeKind([i1])).toBe('intervention');
    expect(tocScopeKind([i1, i2])).toBe('cluster');
    expect(tocCreateInput.safeParse({ title: 'Kluster', interventionIds: [] }).success).toBe(false);
    const twice = tocCreateInput.safeParse({ title: 'Kluster', interventionIds: [i1, i1] });
    expect(twice.error?.issues[0]?.message).toBe('Samma insats är vald två gånger.');
  });
});

describe('the content of a theory of change', () => {
  const withMechanism = (cycles: number[]) => ({
    ...emptyTocContent(),
    mechanisms: [
      { theme: 'foundation', text: 'Ökad kunskap', assessments: cycles.map((cycle) => ({ cycle, rating: 'partly' })) },
    ],
  });

  it('accepts an assessment for each cycle of the plan, and 20 000-character texts', () => {
    expect(tocContentSchema.safeParse(withMechanism([1, 2])).success).toBe(true);
    const long = {
      ...emptyTocContent(),
      activities: { collaboration: [{ text: 'x'.repeat(TOC_TEXT_MAX) }], participants: [] },
    };
    expect(tocContentSchema.safeParse(long).success).toBe(true);
    const tooLong = {
      ...long,
      activities: { collaboration: [{ text: 'x'.repeat(TOC_TEXT_MAX + 1) }], participants: [] },
    };
    expect(tocContentSchema.safeParse(tooLong).success).toBe(false);
  });

  it('refuses an assessment of a cycle the plan lacks, or of one cycle twice, naming the mechanism', () => {
    const messages = (cycles: number[]) =>
      tocContentSchema.safeParse(withMechanism(cycles)).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages([3])).toEqual([
      ['mechanisms.0.assessments.0.cycle', 'Mekanism 1: cykel 3 finns inte i utvärderingsplanen (den har 2).'],
    ]);
    expect(messages([1, 1])).toEqual([
      ['mechanisms.0.assessments.1.cycle', 'Mekanism 1: cykel 1 är bedömd två gånger.'],
    ]);
  });

  it('refuses a phase that ends before it starts', () => {
    const content = emptyTocContent();
    content.plan.cycles[0]!.phases[1] = { phase: 'examine', from: '2026-05-01', to: '2026-04-01' };
    const result = tocContentSchema.safeParse(content);
    expect(result.error?.issues[0]?.message).toBe('Cykel 1: fasen slutar (2026-04-01) före den börjar (2026-05-01).');
  });
});
