import { describe, expect, it } from 'vitest';
import { indicatorInterventionId, logicIndicatorSchema } from './content';

const indicator = {
  id: '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  kind: 'survey',
  surveyId: '0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b',
  questionId: 'meningsfullt',
  measure: 'positive_share',
  comparison: 'at_least',
  target: 0.8,
};

describe('a survey question as a programme logic indicator (issue 14 §5)', () => {
  it('is a survey, an answer id, a measure and a target; it measures one insats or all', () => {
    expect(logicIndicatorSchema.parse(indicator)).toMatchObject({ kind: 'survey', measure: 'positive_share' });
    expect(indicatorInterventionId(logicIndicatorSchema.parse(indicator))).toBeNull();
    const insats = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    expect(indicatorInterventionId(logicIndicatorSchema.parse({ ...indicator, interventionId: insats }))).toBe(insats);
  });

  it('refuses an unknown measure, an answer id that is no id, and an interval without its upper bound', () => {
    expect(logicIndicatorSchema.safeParse({ ...indicator, measure: 'median' }).success).toBe(false);
    expect(logicIndicatorSchema.safeParse({ ...indicator, questionId: 'Fråga 1' }).success).toBe(false);
    expect(logicIndicatorSchema.safeParse({ ...indicator, comparison: 'between' }).success).toBe(false);
  });
});
