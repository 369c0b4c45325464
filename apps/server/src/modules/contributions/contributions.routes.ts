import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contributionKeyInput, idSchema } from '@insikt/core';
import { fileResponse, MEDIA_TYPES } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { contributionLetter, contributionWorkbook } from './contribution-files';
import { contributionsView } from './contributions.responses';
import { getContributions, letterSigner } from './get-contributions';
import { saveContributionKey } from './save-contribution-key';

const tags = ['contributions'];
const params = z.object({ id: idSchema, year: z.coerce.number().int().min(2000).max(2100) });

export const contributionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const path = '/associations/:id/contributions/:year';

  app.get(
    path,
    {
      schema: {
        tags,
        summary:
          'Medlemsbidragen för ett år: nyckeln, tabellerna på ansökt och beviljat belopp; Excel, eller brevet som PDF',
        params,
        querystring: z.object({ format: z.enum(['json', 'xlsx', 'pdf']).default('json') }),
        response: { 200: fileResponse('Medlemsbidrag', ['xlsx', 'pdf'], contributionsView) },
      },
      config: { permission: 'finance.read' },
    },
    async (request, reply) => {
      const { id, year } = request.params;
      const { format } = request.query;
      const actor = actorOf(request);
      const view = await getContributions(db, actor, id, year);
      if (format === 'json') return view;
      const file =
        format === 'pdf'
          ? await contributionLetter(view, await letterSigner(db, actor, id))
          : await contributionWorkbook(view);
      const name = format === 'pdf' ? `brev-medlemsbidrag-${year}.pdf` : `medlemsbidrag-${year}.xlsx`;
      return reply.type(MEDIA_TYPES[format]).header('content-disposition', `attachment; filename="${name}"`).send(file);
    },
  );
  app.put(
    `${path}/key`,
    {
      schema: {
        tags,
        summary: 'Spara årets nyckel: efter invånare 16–64 år eller överenskomna andelar (summa 100 %)',
        params,
        body: contributionKeyInput,
        response: { 200: contributionsView },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) => {
      const { id, year } = request.params;
      await db.transaction((tx) => saveContributionKey(tx, actorOf(request), id, year, request.body));
      return getContributions(db, actorOf(request), id, year);
    },
  );
};
