import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approvalInputSchema,
  evaluationYearSchema,
  idSchema,
  todayIso,
  tocCreateInput,
  tocUpdateInput,
} from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { DOCUMENT_FORMATS, sendDocument } from '../../platform/document';
import { notFound } from '../../platform/errors';
import { findAssociation } from '../organisation/organisation.repository';
import { approveTheoryOfChange, startNewVersion } from './approve-theory-of-change';
import { getTheoryOfChange, listTheoriesOfChange } from './get-theory-of-change';
import { createTheoryOfChange, updateTheoryOfChange } from './save-theory-of-change';
import { theoryOfChangeDocument } from './theory-of-change-document';
import { theoryOfChange, theoryOfChangeFile, theoryOfChangeList } from './theory-of-change.responses';

const associationParams = z.object({ id: idSchema });
const tocParams = associationParams.extend({ tocId: idSchema });
/** The last year whose fulfilment is shown (the current year when absent). */
const yearQuery = { year: z.coerce.number().pipe(evaluationYearSchema).optional() };
const tags = ['evaluation'];

export const theoryOfChangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/theories-of-change';
  const one = `${base}/:tocId`;

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Förbundets förändringsteorier (utkast bara för den som skriver dem)',
        params: associationParams,
        response: { 200: theoryOfChangeList },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) => listTheoriesOfChange(db, actorOf(request), request.params.id),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Påbörja en förändringsteori för en insats eller ett kluster av insatser',
        params: associationParams,
        body: tocCreateInput,
        response: { 201: theoryOfChange },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request, reply) => {
      const row = await db.transaction((tx) =>
        createTheoryOfChange(tx, actorOf(request), request.params.id, request.body),
      );
      return reply
        .status(201)
        .send(await getTheoryOfChange(db, actorOf(request), request.params.id, row.id, app.disclosure));
    },
  );
  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'En förändringsteori med mekanismer, utvärderingsplan och effekternas måluppfyllelse per år',
        params: tocParams,
        querystring: z.object(yearQuery),
        response: { 200: theoryOfChange },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request) =>
      getTheoryOfChange(
        db,
        actorOf(request),
        request.params.id,
        request.params.tocId,
        app.disclosure,
        request.query.year,
      ),
  );
  app.put(
    one,
    {
      schema: {
        tags,
        summary: 'Spara ett utkast (409 om det är fastställt eller ändrat av någon annan)',
        params: tocParams,
        body: tocUpdateInput,
        response: { 200: theoryOfChange },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request) => {
      const { id, tocId } = request.params;
      await db.transaction((tx) => updateTheoryOfChange(tx, actorOf(request), id, tocId, request.body));
      return getTheoryOfChange(db, actorOf(request), id, tocId, app.disclosure);
    },
  );
  app.post(
    `${one}/approve`,
    {
      schema: {
        tags,
        summary: 'Fastställ förändringsteorin med beslutets referens',
        params: tocParams,
        body: approvalInputSchema,
        response: { 200: theoryOfChange },
      },
      config: { permission: 'evaluation.approve' },
    },
    async (request) => {
      const { id, tocId } = request.params;
      await db.transaction((tx) => approveTheoryOfChange(tx, actorOf(request), id, tocId, request.body));
      return getTheoryOfChange(db, actorOf(request), id, tocId, app.disclosure);
    },
  );
  app.post(
    `${one}/new-version`,
    {
      schema: {
        tags,
        summary: 'Starta en ny version (ett utkast) från en fastställd förändringsteori',
        params: tocParams,
        response: { 201: theoryOfChange },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request, reply) => {
      const { id, tocId } = request.params;
      const row = await db.transaction((tx) => startNewVersion(tx, actorOf(request), id, tocId));
      return reply.status(201).send(await getTheoryOfChange(db, actorOf(request), id, row.id, app.disclosure));
    },
  );
  app.get(
    `${one}/document`,
    {
      schema: {
        tags,
        summary: 'Förändringsteorin som Word (.docx) eller PDF, i kolumnerna från källa 001',
        params: tocParams,
        querystring: z.object({ format: z.enum(DOCUMENT_FORMATS), ...yearQuery }),
        response: { 200: theoryOfChangeFile },
      },
      config: { permission: 'evaluation.read' },
    },
    async (request, reply) => {
      const { id, tocId } = request.params;
      const toc = await getTheoryOfChange(db, actorOf(request), id, tocId, app.disclosure, request.query.year);
      const association = await findAssociation(db, id);
      if (!association) throw notFound('Förbundet');
      const model = theoryOfChangeDocument(toc, association.name, todayIso());
      return sendDocument(reply, model, request.query.format, `forandringsteori-${toc.title}-v${toc.edition}`);
    },
  );
};
