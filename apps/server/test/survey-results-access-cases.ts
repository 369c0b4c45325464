import type { CompositeInput } from '@insikt/core';
import { surveyComposites } from '../src/db/schema';
import { freshSurvey } from './survey-fixtures';
import type { TestContext } from './harness';

interface Case {
  scope: 'intervention';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown }>;
}

/** A composite rule that fits the fixtures' questionnaire. */
export const COMPOSITE: CompositeInput = {
  name: { sv: 'Möjlighet att gå vidare' },
  combine: 'any',
  conditions: [
    { questionId: 'vidare.arbete', atLeast: '4' },
    { questionId: 'vidare.studier', atLeast: '4' },
  ],
};

/**
 * The results routes for the access matrix: every one is on a survey of a fresh insats, which the
 * matrix's insats-bound roles do not hold (404 for them, as for another förbund).
 */
export function surveyResultsAccessCases(
  context: () => TestContext,
  freshIntervention: (associationId: string) => Promise<{ id: string }>,
): Record<string, Case> {
  const api = '/api/v1/associations/:id/surveys/:surveyId';
  const survey = async (a: string) => freshSurvey(context(), a, [(await freshIntervention(a)).id]);
  const url = (s: { id: string; associationId: string }) => `/api/v1/associations/${s.associationId}/surveys/${s.id}`;
  const composite = async (a: string) => {
    const s = await survey(a);
    const [row] = await context()
      .database.db.insert(surveyComposites)
      .values({ associationId: a, surveyId: s.id, rule: COMPOSITE })
      .returning();
    return { survey: s, row: row! };
  };
  return {
    [`GET ${api}/results`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: `${url(await survey(a))}/results?split=year` }),
    },
    [`GET ${api}/composites`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: `${url(await survey(a))}/composites` }),
    },
    [`POST ${api}/composites`]: {
      scope: 'intervention',
      ok: 201,
      prepare: async (a) => ({ url: `${url(await survey(a))}/composites`, body: COMPOSITE }),
    },
    [`PUT ${api}/composites/:compositeId`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => {
        const { survey: s, row } = await composite(a);
        return { url: `${url(s)}/composites/${row.id}`, body: { ...COMPOSITE, combine: 'all', version: 1 } };
      },
    },
    [`DELETE ${api}/composites/:compositeId`]: {
      scope: 'intervention',
      ok: 204,
      prepare: async (a) => {
        const { survey: s, row } = await composite(a);
        return { url: `${url(s)}/composites/${row.id}?version=1` };
      },
    },
  };
}
