import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approvalInputSchema, idSchema } from '@insikt/core';
import type { Actor } from '../../platform/actor';
import { actorOf } from '../../platform/request-context';
import { approveYearlyDocument, newYearlyDocumentVersion, updateYearlyDocument } from './change-document';
import type { DocumentKindSpec } from './document-kind';

interface ChangeRoutes<C> {
  /** The collection's path, e.g. '/associations/:id/programme-logics'. */
  base: string;
  /** The document id's name in the path, e.g. 'logicId'. */
  idParam: string;
  spec: DocumentKindSpec<C>;
  /** The content a draft is saved with. */
  content: z.ZodType<C>;
  /** The document as every route answers it. */
  response: z.ZodType;
  summaries: { update: string; approve: string; newVersion: string };
  view: (actor: Actor, associationId: string, id: string) => Promise<unknown>;
}

/**
 * The lifecycle routes every yearly document has (programme logic, effectiveness): save a draft,
 * fastställ it, start a new version from it. Each answers with the document as the kind presents it.
 */
export function yearlyDocumentChangeRoutes<C>(app: FastifyInstance, routes: ChangeRoutes<C>): void {
  const { db } = app.database;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: idSchema, [routes.idParam]: idSchema });
  const path = `${routes.base}/:${routes.idParam}`;
  // The id's name is the kind's own, so the params are known by name only at run time; zod has checked both.
  const ids = (p: Record<string, string | undefined>) => ({ associationId: p.id!, id: p[routes.idParam]! });
  const schema = { tags: ['evaluation'], params };

  typed.put(
    path,
    {
      schema: {
        ...schema,
        summary: routes.summaries.update,
        body: z.object({ content: routes.content, version: z.number().int().nonnegative() }),
        response: { 200: routes.response },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { associationId, id } = ids(request.params);
      await db.transaction((tx) =>
        updateYearlyDocument(
          tx,
          actor,
          associationId,
          routes.spec,
          id,
          request.body as { content: C; version: number },
        ),
      );
      return routes.view(actor, associationId, id);
    },
  );
  typed.post(
    `${path}/approve`,
    {
      schema: {
        ...schema,
        summary: routes.summaries.approve,
        body: approvalInputSchema,
        response: { 200: routes.response },
      },
      config: { permission: 'evaluation.approve' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { associationId, id } = ids(request.params);
      await db.transaction((tx) => approveYearlyDocument(tx, actor, associationId, routes.spec, id, request.body));
      return routes.view(actor, associationId, id);
    },
  );
  typed.post(
    `${path}/new-version`,
    {
      schema: { ...schema, summary: routes.summaries.newVersion, response: { 201: routes.response } },
      config: { permission: 'evaluation.write' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { associationId, id } = ids(request.params);
      const row = await db.transaction((tx) => newYearlyDocumentVersion(tx, actor, associationId, routes.spec, id));
      return reply.status(201).send(await routes.view(actor, associationId, row.id));
    },
  );
}
