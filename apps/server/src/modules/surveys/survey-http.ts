import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AnswerProblem, SurveyLanguage } from '@insikt/core';

/** The public address of a link's respondent page, on the host the staff member is using. */
export const publicUrl = (request: FastifyRequest, token: string) =>
  `${request.protocol}://${request.host}/enkat/${token}`;

const REFUSED = {
  sv: 'Några svar behöver rättas. Se meddelandena vid frågorna.',
  en: 'Some answers need correcting. See the messages next to the questions.',
} as const;

/** 422 with one message per question, so the page (or the staff form) shows each next to its question. */
export const sendProblems = (reply: FastifyReply, problems: AnswerProblem[], language: SurveyLanguage = 'sv') =>
  reply.status(422).send({ error: { code: 'answers_rejected', message: REFUSED[language] }, problems });
