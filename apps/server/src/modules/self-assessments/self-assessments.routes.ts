import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approvalInputSchema,
  createAssessmentInput,
  evaluationYearSchema,
  fieldAnswersInput,
  idSchema,
  SELF_ASSESSMENT_KINDS,
  templateInput,
} from '@insikt/core';
import { fileResponse } from '../../platform/api-schemas';
import { DOCUMENT_FORMATS, sendDocument } from '../../platform/document';
import { notFound } from '../../platform/errors';
import { actorOf } from '../../platform/request-context';
import { listEvidence } from '../evidence/list-evidence';
import { findAssociation } from '../organisation/organisation.repository';
import { approveSelfAssessment } from './approve-self-assessment';
import { createSelfAssessment, startNewVersion } from './create-self-assessment';
import { getSelfAssessment, listSelfAssessments, niofaltOverview, selfAssessmentHistory } from './get-self-assessment';
import { selfAssessmentDocument } from './self-assessment-document';
import { copyTemplate, listTemplates, saveTemplate } from './self-assessment-templates';
import * as responses from './self-assessments.responses';
import { saveSelfAssessmentField } from './save-self-assessment-field';

const associationParams = z.object({ id: idSchema });
const assessmentParams = associationParams.extend({ assessmentId: idSchema });
const templateParams = associationParams.extend({ kind: z.enum(SELF_ASSESSMENT_KINDS) });
const yearQuery = z.coerce.number().pipe(evaluationYearSchema);
const tags = ['self-assessments'];

export const selfAssessmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/self-assessments';
  const one = `${base}/:assessmentId`;
  const templates = '/associations/:id/self-assessment-templates/:kind';
  const read = { permission: 'evaluation.read' } as const;
  const write = { permission: 'evaluation.write' } as const;

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Förbundets självvärderingar (läsare: bara fastställda)',
        params: associationParams,
        querystring: z.object({ year: yearQuery.optional() }),
        response: { 200: responses.selfAssessmentList },
      },
      config: read,
    },
    async (request) => listSelfAssessments(db, actorOf(request), request.params.id, request.query.year),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Påbörja årets tolvfältare (förbundet) eller niofält (en insats)',
        params: associationParams,
        body: createAssessmentInput,
        response: { 201: responses.selfAssessment },
      },
      config: write,
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await db.transaction((tx) => createSelfAssessment(tx, actor, request.params.id, request.body));
      return reply.status(201).send(await getSelfAssessment(db, actor, request.params.id, row.id));
    },
  );
  app.get(
    `${base}/history`,
    {
      schema: {
        tags,
        summary: 'År för år: den gällande självvärderingen per år för förbundet eller en insats',
        params: associationParams,
        querystring: z.object({ interventionId: idSchema.optional() }),
        response: { 200: responses.selfAssessmentHistory },
      },
      config: read,
    },
    async (request) =>
      selfAssessmentHistory(db, actorOf(request), request.params.id, request.query.interventionId ?? null),
  );
  app.get(
    `${base}/overview`,
    {
      schema: {
        tags,
        summary: 'Vilka insatser har ett fastställt niofält för året, ett utkast eller inget',
        params: associationParams,
        querystring: z.object({ year: yearQuery }),
        response: { 200: responses.niofaltOverview },
      },
      config: read,
    },
    async (request) => niofaltOverview(db, actorOf(request), request.params.id, request.query.year),
  );
  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'En självvärdering med frågor, bedömningar, betyg och åtgärder',
        params: assessmentParams,
        response: { 200: responses.selfAssessment },
      },
      config: read,
    },
    async (request) => getSelfAssessment(db, actorOf(request), request.params.id, request.params.assessmentId),
  );
  app.put(
    `${one}/fields/:field`,
    {
      schema: {
        tags,
        summary: 'Spara ett fälts bedömningar, betyg och åtgärder (bara utkast)',
        params: assessmentParams.extend({ field: z.coerce.number().int().min(1).max(12) }),
        body: fieldAnswersInput,
        response: { 200: responses.selfAssessment },
      },
      config: write,
    },
    async (request) => {
      const { id, assessmentId, field } = request.params;
      const actor = actorOf(request);
      await db.transaction((tx) => saveSelfAssessmentField(tx, actor, id, assessmentId, field, request.body));
      return getSelfAssessment(db, actor, id, assessmentId);
    },
  );
  app.post(
    `${one}/approve`,
    {
      schema: {
        tags,
        summary: 'Fastställ självvärderingen med beslutets referens',
        params: assessmentParams,
        body: approvalInputSchema,
        response: { 200: responses.selfAssessment },
      },
      config: { permission: 'evaluation.approve' },
    },
    async (request) => {
      const { id, assessmentId } = request.params;
      const actor = actorOf(request);
      await db.transaction((tx) => approveSelfAssessment(tx, actor, id, assessmentId, request.body, app.disclosure));
      return getSelfAssessment(db, actor, id, assessmentId);
    },
  );
  app.post(
    `${one}/new-version`,
    {
      schema: {
        tags,
        summary: 'Starta en ny version (utkast) av en fastställd självvärdering',
        params: assessmentParams,
        response: { 201: responses.selfAssessment },
      },
      config: write,
    },
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      const actor = actorOf(request);
      const row = await db.transaction((tx) => startNewVersion(tx, actor, id, assessmentId));
      return reply.status(201).send(await getSelfAssessment(db, actor, id, row.id));
    },
  );
  app.get(
    `${one}/export`,
    {
      schema: {
        tags,
        summary: 'Självvärderingen som Word (.docx) eller PDF',
        params: assessmentParams,
        querystring: z.object({ format: z.enum(DOCUMENT_FORMATS).default('docx') }),
        response: { 200: fileResponse('Självvärderingen', DOCUMENT_FORMATS) },
      },
      config: read,
    },
    async (request, reply) => {
      const { id, assessmentId } = request.params;
      const row = await getSelfAssessment(db, actorOf(request), id, assessmentId);
      const association = await findAssociation(db, id);
      if (!association) throw notFound('Förbundet');
      const evidence = await listEvidence(db, actorOf(request), id, 'self_assessment', assessmentId, app.disclosure);
      const model = selfAssessmentDocument(row, association.name, evidence);
      const scope = row.interventionName ?? association.name;
      return sendDocument(reply, model, request.query.format, `sjalvvardering-${row.year}-${scope}`);
    },
  );
  app.get(
    '/associations/:id/self-assessment-templates',
    {
      schema: {
        tags,
        summary: 'Mallarna som nya självvärderingar utgår från (förbundets kopia eller den inbyggda)',
        params: associationParams,
        response: { 200: responses.selfAssessmentTemplates },
      },
      config: read,
    },
    async (request) => listTemplates(db, actorOf(request), request.params.id),
  );
  app.post(
    templates,
    {
      schema: {
        tags,
        summary: 'Gör en redigerbar kopia av den inbyggda mallen för förbundet',
        params: templateParams,
        response: { 201: responses.selfAssessmentTemplate },
      },
      config: { permission: 'association.update' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await db.transaction((tx) => copyTemplate(tx, actor, request.params.id, request.params.kind));
      return reply.status(201).send(row);
    },
  );
  app.put(
    templates,
    {
      schema: {
        tags,
        summary: 'Ändra förbundets mall: frågor, hjälptexter, lägg till eller ta bort frågor',
        params: templateParams,
        body: templateInput,
        response: { 200: responses.selfAssessmentTemplate },
      },
      config: { permission: 'association.update' },
    },
    async (request) => {
      const actor = actorOf(request);
      return db.transaction((tx) => saveTemplate(tx, actor, request.params.id, request.params.kind, request.body));
    },
  );
};
