import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COLLECTED_EVIDENCE_SOURCES, evaluationYearSchema, idSchema } from '@insikt/core';
import { actorOf } from '../../platform/request-context';
import { collectEvidence } from './collect-evidence';
import { evidenceTable } from './evidence.responses';

const tags = ['evaluation'];
const associationParams = z.object({ id: idSchema });

/** Insatser of one document: a cluster has a few; more than fifty is no document anyone writes. */
const MAX_INTERVENTIONS = 50;

export const evidenceQuery = z.object({
  source: z.enum(COLLECTED_EVIDENCE_SOURCES),
  year: z.coerce.number().pipe(evaluationYearSchema),
  // Repeated (`interventionId=a&interventionId=b`) for a cluster; absent for the whole förbund.
  interventionId: z
    .union([idSchema, z.array(idSchema).max(MAX_INTERVENTIONS)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

export const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/associations/:id/evidence',
    {
      schema: {
        tags,
        summary:
          'Underlag ur Insikt för en utvärdering: en källa för förbundet eller insatserna ett år, med röjandeskydd',
        params: associationParams,
        querystring: evidenceQuery,
        response: { 200: evidenceTable },
      },
      config: { permission: 'evaluation.write' },
    },
    async (request) =>
      collectEvidence(
        app.database.db,
        actorOf(request),
        {
          source: request.query.source,
          associationId: request.params.id,
          interventionIds: request.query.interventionId,
          year: request.query.year,
        },
        app.disclosure,
      ),
  );
};
