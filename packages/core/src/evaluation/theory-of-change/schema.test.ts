import { describe, expect, it } from 'vitest';
import { emptyTocContent } from './content';
import { tocContentSchema, tocCreateInput, tocIndicators, tocScopeKind, tocUpdateInput, TOC_TEXT_MAX } from './schema';

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

describe('indicators on a theory of change', () => {
  const indicator = {
    id: '00000000-0000-4000-8000-0000000000a1',
    kind: 'outcome',
    indicatorId: 'andel_forvarvsarbete',
    column: 'total',
    comparison: 'at_least',
    target: 0.3,
  };
  const goal = { id: '00000000-0000-4000-8000-0000000000a2', kind: 'goal', interventionId: i2, goalIndex: 0 };
  const withEffect = (indicators: unknown[]) => ({
    ...emptyTocContent(),
    effects: {
      ...emptyTocContent().effects,
      short: { collaboration: [{ text: 'Fler i arbete', indicators }], participants: [] },
    },
  });

  it('are accepted on an effect, in the programme logic’s link shape, and listed with where they sit', () => {
    const parsed = tocContentSchema.parse(withEffect([indicator]));
    expect(parsed.effects.short.collaboration[0]!.indicators).toEqual([{ ...indicator }]);
    expect(tocIndicators(parsed)).toEqual([
      { path: ['effects', 'short', 'collaboration', 0, 'indicators', 0], effect: 'Fler i arbete', indicator },
    ]);
    // An effect without indicators (as stored before this extension) still reads, with none.
    expect(tocContentSchema.parse(emptyTocContent()).effects.long.participants).toEqual([]);
  });

  it('are refused on an activity, a resource or an evaluation question', () => {
    const content = emptyTocContent();
    const onActivity = {
      ...content,
      activities: { collaboration: [{ text: 'Möten', indicators: [indicator] }], participants: [] },
    };
    const result = tocContentSchema.safeParse(onActivity);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['activities', 'collaboration', 0]);
    const onQuestion = { ...content, plan: { ...content.plan, questions: [{ text: 'Fråga', indicators: [] }] } };
    expect(tocContentSchema.safeParse(onQuestion).success).toBe(false);
  });

  it('may measure only the insatser the theory covers', () => {
    const input = (interventionIds: string[], indicators: unknown[]) =>
      tocUpdateInput.safeParse({ title: 'T', interventionIds, version: 0, content: withEffect(indicators) });
    expect(input([i1, i2], [goal, { ...indicator, interventionId: i1 }]).success).toBe(true);
    const outside = input([i1], [goal]);
    expect(outside.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'content.effects.short.collaboration.0.indicators.0.interventionId',
        'Effekten "Fler i arbete": indikatorn gäller en insats som förändringsteorin inte omfattar.',
      ],
    ]);
    expect(input([i2], [{ ...indicator, interventionId: i1 }]).success).toBe(false);
    // The whole förbund's figures are not tied to any insats.
    expect(input([i2], [indicator]).success).toBe(true);
  });
});
