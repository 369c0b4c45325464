import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicResponseInput, SURVEY_LANGUAGES } from '@insikt/core';
import { answerQueue } from './answer-queue';
import { answerSurvey } from './answer-survey';
import { publicSurvey } from './public-survey';
import { sendProblems } from './survey-http';
import { answerProblems, publicSurvey as publicSurveySchema, publicThanks } from './surveys.responses';

/** An answer is a few kB of choices and comments; far more is an attack, refused before parsing. */
export const PUBLIC_BODY_LIMIT = 64 * 1024;

const tags = ['surveys (public)'];
// Any string: a mistyped link is an unknown one (404 in the respondent's language), not a bad request.
const tokenParams = z.object({ token: z.string().max(64) });
// No session and no cookie: the page is anonymous, so CSRF protection has nothing to protect.
const anonymous = { auth: 'public', csrf: false, anonymous: true } as const;

/**
 * The respondent page's API (issue 14 §3): no login, no cookie, nothing about the respondent stored
 * or logged (the request log holds method and path only). Answers are rate limited per link.
 */
export const publicSurveyRoutes: FastifyPluginAsyncZod = async (app) => {
  // Half the pool (10 connections): staff keep working while a crowd answers.
  const queue = answerQueue(5, 5_000);
  app.get(
    '/public/surveys/:token',
    {
      schema: {
        tags,
        summary: 'Enkäten bakom en anonym länk (404 okänd, 410 stängd)',
        security: [],
        params: tokenParams,
        querystring: z.object({ lang: z.enum(SURVEY_LANGUAGES).default('sv') }),
        response: { 200: publicSurveySchema },
      },
      config: anonymous,
    },
    async (request) => publicSurvey(app.database.db, request.params.token, request.query.lang),
  );
  app.post(
    '/public/surveys/:token/responses',
    {
      bodyLimit: PUBLIC_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Skicka ett anonymt svar',
        security: [],
        params: tokenParams,
        body: publicResponseInput,
        response: { 201: publicThanks, 422: answerProblems },
      },
      config: anonymous,
    },
    async (request, reply) => {
      const outcome = await queue(() =>
        answerSurvey(
          app.database,
          { codes: app.surveyCodes, perMinute: app.config.surveyRateLimitPerMinute },
          request.params.token,
          request.body,
        ),
      );
      if ('problems' in outcome) return sendProblems(reply, outcome.problems, request.body.language);
      return reply.status(201).send(outcome);
    },
  );
};
