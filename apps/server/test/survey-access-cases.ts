import { QUESTIONNAIRE, GOOD_ANSWERS, freshDistribution, freshSurvey, freshSurveyTemplate } from './survey-fixtures';
import { unique, type TestContext } from './harness';
import { templateSampleXlsx } from '../src/modules/surveys/template-files';

// Built once: the matrix sends it for every role and förbund.
let sampleXlsx: Promise<Buffer> | undefined;

interface SurveyCase {
  scope: 'association' | 'intervention' | 'public';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown; file?: Buffer; contentType?: string }>;
}

/**
 * The survey module's routes for the access matrix. Surveys of an insats are reached by the roles of
 * that insats only: the matrix's insats-bound roles hold none, so each case uses a fresh insats.
 */
export function surveyAccessCases(
  context: () => TestContext,
  freshIntervention: (associationId: string) => Promise<{ id: string }>,
): Record<string, SurveyCase> {
  const api = '/api/v1/associations/:id';
  const templates = (a: string) => `/api/v1/associations/${a}/survey-templates`;
  const surveysUrl = (a: string) => `/api/v1/associations/${a}/surveys`;
  const insatsSurvey = async (a: string) => freshSurvey(context(), a, [(await freshIntervention(a)).id]);
  /** A distribution of a fresh insats's survey, and its URL. */
  const distribution = async (a: string, usesCodes = false) => {
    const survey = await insatsSurvey(a);
    const made = await freshDistribution(context(), survey, { usesCodes }, survey.interventionIds);
    return { ...made, url: `${surveysUrl(a)}/${survey.id}/distributions/${made.distribution.id}` };
  };
  const one = `${api}/surveys/:surveyId/distributions/:distributionId`;
  return {
    [`GET ${api}/survey-templates`]: { scope: 'association', ok: 200, prepare: async (a) => ({ url: templates(a) }) },
    [`POST ${api}/survey-templates`]: {
      scope: 'association',
      ok: 201,
      prepare: async (a) => ({
        url: templates(a),
        body: { name: unique('Mall'), fromTemplateId: (await freshSurveyTemplate(context(), a)).id },
      }),
    },
    [`GET ${api}/survey-templates/:templateId`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: `${templates(a)}/${(await freshSurveyTemplate(context(), a)).id}` }),
    },
    [`PUT ${api}/survey-templates/:templateId`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => {
        const row = await freshSurveyTemplate(context(), a);
        return {
          url: `${templates(a)}/${row.id}`,
          body: { name: unique('Mall'), description: 'Ny', source: '', questionnaire: QUESTIONNAIRE, version: 1 },
        };
      },
    },
    [`POST ${api}/survey-templates/:templateId/lock`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: `${templates(a)}/${(await freshSurveyTemplate(context(), a)).id}/lock`,
        body: { version: 1 },
      }),
    },
    [`GET ${api}/survey-templates/:templateId/export.json`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: `${templates(a)}/${(await freshSurveyTemplate(context(), a)).id}/export.json` }),
    },
    [`POST ${api}/survey-templates/import-json`]: {
      scope: 'association',
      ok: 201,
      prepare: async (a) => ({
        url: `${templates(a)}/import-json`,
        body: {
          format: 'insikt-survey-template',
          formatVersion: 1,
          name: unique('Importerad'),
          locked: true,
          questionnaire: QUESTIONNAIRE,
        },
      }),
    },
    [`POST ${api}/survey-templates/import-excel`]: {
      scope: 'association',
      ok: 201,
      prepare: async (a) => ({
        url: `${templates(a)}/import-excel?name=${encodeURIComponent(unique('Blad'))}`,
        file: await (sampleXlsx ??= templateSampleXlsx()),
        contentType: 'application/octet-stream',
      }),
    },
    [`GET ${api}/survey-templates/excel-sample`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: `${templates(a)}/excel-sample` }),
    },
    [`GET ${api}/surveys`]: { scope: 'association', ok: 200, prepare: async (a) => ({ url: surveysUrl(a) }) },
    [`POST ${api}/surveys`]: {
      scope: 'intervention',
      ok: 201,
      prepare: async (a) => ({
        url: surveysUrl(a),
        body: {
          name: unique('Enkät'),
          interventionIds: [(await freshIntervention(a)).id],
          fromTemplateId: (await freshSurveyTemplate(context(), a)).id,
        },
      }),
    },
    [`GET ${api}/surveys/:surveyId`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: `${surveysUrl(a)}/${(await insatsSurvey(a)).id}` }),
    },
    [`PUT ${api}/surveys/:surveyId`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({
        url: `${surveysUrl(a)}/${(await insatsSurvey(a)).id}`,
        body: { name: unique('Enkät'), questionnaire: QUESTIONNAIRE, version: 1 },
      }),
    },
    [`POST ${api}/surveys/:surveyId/distributions`]: {
      scope: 'intervention',
      ok: 201,
      prepare: async (a) => {
        const survey = await insatsSurvey(a);
        return {
          url: `${surveysUrl(a)}/${survey.id}/distributions`,
          body: {
            respondentGroup: 'participants',
            interventionIds: survey.interventionIds,
            opensOn: '2025-01-01',
            closesOn: '2025-02-01',
            invitedCount: 20,
          },
        };
      },
    },
    [`GET ${one}`]: { scope: 'intervention', ok: 200, prepare: async (a) => ({ url: (await distribution(a)).url }) },
    [`PUT ${one}`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({
        url: (await distribution(a)).url,
        body: {
          respondentGroup: 'participants',
          opensOn: '2025-01-01',
          closesOn: '2025-03-01',
          invitedCount: 30,
          version: 1,
        },
      }),
    },
    [`POST ${one}/close`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: `${(await distribution(a)).url}/close`, body: { version: 1 } }),
    },
    [`GET ${one}/links`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: `${(await distribution(a)).url}/links` }),
    },
    ...Object.fromEntries(
      (['png', 'svg'] as const).map((format) => [
        `GET ${one}/links/:linkId/qr.${format}`,
        {
          scope: 'intervention',
          ok: 200,
          prepare: async (a: string) => {
            const made = await distribution(a);
            return { url: `${made.url}/links/${made.links[0]!.id}/qr.${format}` };
          },
        } satisfies SurveyCase,
      ]),
    ),
    [`POST ${one}/codes`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: `${(await distribution(a, true)).url}/codes?format=csv`, body: { count: 3 } }),
    },
    [`POST ${one}/responses`]: {
      scope: 'intervention',
      ok: 201,
      prepare: async (a) => {
        const made = await distribution(a);
        return {
          url: `${made.url}/responses`,
          body: { mode: 'interview', interventionId: made.distribution.interventionIds[0], answers: GOOD_ANSWERS },
        };
      },
    },
    'GET /api/v1/public/surveys/:token': {
      scope: 'public',
      ok: 200,
      prepare: async (a) => ({ url: `/api/v1/public/surveys/${(await distribution(a)).links[0]!.token}` }),
    },
    'POST /api/v1/public/surveys/:token/responses': {
      scope: 'public',
      ok: 201,
      prepare: async (a) => ({
        url: `/api/v1/public/surveys/${(await distribution(a)).links[0]!.token}/responses`,
        body: { answers: GOOD_ANSWERS },
      }),
    },
  };
}
