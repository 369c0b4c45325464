import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, municipalityCodeSchema, simulationChangesSchema, versionSchema } from '@insikt/core';
import { AppError } from '../../platform/errors';
import { MEDIA_TYPES, okBody, OK } from '../../platform/api-schemas';
import { actorOf } from '../../platform/request-context';
import { modelYearFile, simulationFile } from './allocation-exports';
import {
  allocationYear,
  guideline,
  importCount,
  modelForbund,
  modelYearResponse,
  simulationResponse,
  simulationSummary,
} from './allocation.responses';
import { createGuideline, guidelines, updateGuideline } from './guidelines';
import { importKommunInputs, importModelForbund } from './import-model-files';
import { addModelForbund, deleteModelForbund, updateModelForbund } from './model-forbund';
import { createModelYear, modelYear, modelYears, updateModelYear } from './model-years';
import { createSimulation, deleteSimulation, getSimulation, simulations, updateSimulation } from './simulations';

const tags = ['allocation'];
const kronor = z.number().int('Ange hela kronor.').min(0, 'Beloppet kan inte vara negativt.').max(1e12);
const share = z.number().min(0, 'Ange ett värde mellan 0 och 1.').max(1, 'Ange ett värde mellan 0 och 1.');
const yearSchema = z.coerce.number().int().min(2000, 'Ange ett år från 2000.').max(2100, 'Ange ett år före 2100.');
const yearParams = z.object({ year: yearSchema });
const forbundParams = yearParams.extend({ forbundId: idSchema });
const idParams = z.object({ id: idSchema });
const formatQuery = z.object({ format: z.enum(['json', 'pdf', 'xlsx']).default('json') });
const versionQuery = z.object({ version: z.coerce.number().int().nonnegative() });
const fileQuery = z.object({ fileName: z.string().min(1).max(255) });
/** A kommun file or förbund list: a few hundred rows. */
const FILE_BYTES = 5 * 1024 * 1024;

const guidelineBody = z
  .object({
    decidedOn: z.iso.date('Ange beslutsdatum som ÅÅÅÅ-MM-DD.'),
    steps: z
      .array(z.object({ upToIncome: kronor.nullable(), percent: z.number().min(0).max(100) }).strict())
      .min(1, 'Ange minst ett steg.')
      .max(30),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
const yearBody = z
  .object({ distributable: kronor, baseGrant: kronor, supportMeasureWeight: share, protectionLimit: share })
  .strict();
const forbundBody = z
  .object({
    name: z.string().trim().min(1, 'Ange förbundets namn.').max(200),
    associationId: idSchema.nullable(),
    municipalityCodes: z.array(municipalityCodeSchema).min(1, 'Välj minst en kommun.').max(60),
    // Left out for a linked förbund: filled from its state money (model-forbund.ts).
    previousAllocation: kronor.nullable().optional(),
    requested: kronor.nullable().optional(),
    equity: z.number().int().min(-1e12).max(1e12).nullable(),
    income: kronor.nullable(),
  })
  .strict();
const simulationBody = z
  .object({ name: z.string().trim().min(1, 'Ange ett namn.').max(200), changes: simulationChangesSchema })
  .strict();

const fileBody = (body: unknown): Buffer => {
  if (Buffer.isBuffer(body)) return body;
  throw new AppError(400, 'validation_failed', 'Skicka filen som begärans kropp (CSV eller xlsx).');
};
/** A model year's or a simulation's result as a file; 409 when the result cannot be computed. */
async function sendFile<V extends { result: unknown; problems: string[] }>(
  reply: FastifyReply,
  view: V,
  name: string,
  format: 'pdf' | 'xlsx',
  build: (view: V, format: 'pdf' | 'xlsx') => Promise<Buffer>,
) {
  if (!view.result) throw new AppError(409, 'conflict', view.problems.join(' '));
  return reply
    .type(format === 'pdf' ? MEDIA_TYPES.pdf : MEDIA_TYPES.xlsx)
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(await build(view, format));
}

export const allocationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  // The files are the request body itself (no multipart), as in the participant import.
  app.addContentTypeParser(
    ['application/octet-stream', MEDIA_TYPES.csv, MEDIA_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/allocation/guidelines',
    {
      schema: {
        tags,
        summary: 'Riktlinjen för eget kapital ("trappan"), alla versioner',
        response: { 200: z.array(guideline) },
      },
      config: { permission: 'allocation.read' },
    },
    async (request) => guidelines(db, actorOf(request)),
  );
  app.post(
    '/allocation/guidelines',
    {
      schema: {
        tags,
        summary: 'Ny version av riktlinjen (systemadministratören)',
        body: guidelineBody,
        response: { 201: guideline },
      },
      config: { permission: 'allocation.manage' },
    },
    async (request, reply) =>
      reply.status(201).send(await db.transaction((tx) => createGuideline(tx, actorOf(request), request.body))),
  );
  app.put(
    '/allocation/guidelines/:id',
    {
      schema: {
        tags,
        summary: 'Rätta en version av riktlinjen (versionen måste stämma)',
        params: idParams,
        body: guidelineBody.extend({ version: versionSchema }),
        response: { 200: guideline },
      },
      config: { permission: 'allocation.manage' },
    },
    async (request) => db.transaction((tx) => updateGuideline(tx, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/allocation/years',
    {
      schema: { tags, summary: 'Fördelningsmodellens år med parametrar', response: { 200: z.array(allocationYear) } },
      config: { permission: 'allocation.read' },
    },
    async (request) => modelYears(db, actorOf(request)),
  );
  app.post(
    '/allocation/years',
    {
      schema: {
        tags,
        summary: 'Nytt modellår (grundbidrag, nyckelvikt och skyddsgräns som standard enligt seed 003)',
        body: yearBody.partial().extend({ year: yearSchema, distributable: kronor }).strict(),
        response: { 201: allocationYear },
      },
      config: { permission: 'allocation.manage' },
    },
    async (request, reply) =>
      reply.status(201).send(await db.transaction((tx) => createModelYear(tx, actorOf(request), request.body))),
  );
  app.get(
    '/allocation/years/:year',
    {
      schema: {
        tags,
        summary: 'Ett modellår: parametrar, indata per kommun, förbund och resultat (JSON, PDF eller Excel)',
        params: yearParams,
        querystring: formatQuery,
        response: { 200: modelYearResponse },
      },
      config: { permission: 'allocation.read' },
    },
    async (request, reply) => {
      const view = await modelYear(db, actorOf(request), request.params.year);
      const { format } = request.query;
      if (format === 'json') return view;
      return sendFile(reply, view, `fordelningsmodellen-${view.year}`, format, modelYearFile);
    },
  );
  app.put(
    '/allocation/years/:year',
    {
      schema: {
        tags,
        summary: 'Ändra modellårets parametrar (versionen måste stämma)',
        params: yearParams,
        body: yearBody.extend({ version: versionSchema }),
        response: { 200: allocationYear },
      },
      config: { permission: 'allocation.manage' },
    },
    async (request) => db.transaction((tx) => updateModelYear(tx, actorOf(request), request.params.year, request.body)),
  );
  // The two files of a model year, each all or nothing (import-model-files.ts).
  for (const [path, summary, run] of [
    [
      'kommun-inputs',
      'Importera indata per kommun (kommunkod, försörjningsmått, invånare 16–64): allt eller inget',
      importKommunInputs,
    ],
    ['forbund/import', 'Importera modellårets förbund från en fil: allt eller inget', importModelForbund],
  ] as const) {
    app.post(
      `/allocation/years/:year/${path}`,
      {
        schema: { tags, summary, params: yearParams, querystring: fileQuery, response: { 200: importCount } },
        config: { permission: 'allocation.manage' },
      },
      async (request) =>
        db.transaction((tx) =>
          run(tx, actorOf(request), request.params.year, fileBody(request.body), request.query.fileName),
        ),
    );
  }
  app.post(
    '/allocation/years/:year/forbund',
    {
      schema: {
        tags,
        summary: 'Lägg till ett förbund i modellåret',
        params: yearParams,
        body: forbundBody,
        response: { 201: modelForbund.omit({ associationName: true }) },
      },
      config: { permission: 'allocation.manage' },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await db.transaction((tx) => addModelForbund(tx, actorOf(request), request.params.year, request.body))),
  );
  app.put(
    '/allocation/years/:year/forbund/:forbundId',
    {
      schema: {
        tags,
        summary: 'Ändra ett förbund i modellåret (versionen måste stämma)',
        params: forbundParams,
        body: forbundBody.extend({ version: versionSchema }),
        response: { 200: modelForbund.omit({ associationName: true }) },
      },
      config: { permission: 'allocation.manage' },
    },
    async (request) =>
      db.transaction((tx) =>
        updateModelForbund(tx, actorOf(request), request.params.year, request.params.forbundId, request.body),
      ),
  );
  app.delete(
    '/allocation/years/:year/forbund/:forbundId',
    {
      schema: {
        tags,
        summary: 'Ta bort ett förbund ur modellåret',
        params: forbundParams,
        querystring: versionQuery,
        response: { 200: okBody },
      },
      config: { permission: 'allocation.manage' },
    },
    async (request) => {
      const { year, forbundId } = request.params;
      await db.transaction((tx) => deleteModelForbund(tx, actorOf(request), year, forbundId, request.query.version));
      return OK;
    },
  );

  app.get(
    '/allocation/simulations',
    {
      schema: {
        tags,
        summary: 'Sparade simuleringar: de nationella och förbundets egna',
        response: { 200: z.array(simulationSummary) },
      },
      config: { permission: 'allocation.read' },
    },
    async (request) => simulations(db, actorOf(request)),
  );
  app.post(
    '/allocation/simulations',
    {
      schema: {
        tags,
        summary: 'Spara en simulering av ett modellår (förbundets, eller nationell utan förbund)',
        body: simulationBody.extend({ year: yearSchema, associationId: idSchema.nullable() }).strict(),
        response: { 201: simulationSummary },
      },
      config: { permission: 'allocation.simulate' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await db.transaction((tx) => createSimulation(tx, actor, request.body));
      return reply.status(201).send({ ...row, associationName: null });
    },
  );
  app.get(
    '/allocation/simulations/:id',
    {
      schema: {
        tags,
        summary: 'En simulering med före och efter per förbund och per medlem (JSON, PDF eller Excel)',
        params: idParams,
        querystring: formatQuery,
        response: { 200: simulationResponse },
      },
      config: { permission: 'allocation.read' },
    },
    async (request, reply) => {
      const view = await getSimulation(db, actorOf(request), request.params.id);
      const { format } = request.query;
      if (format === 'json') {
        const { loaded, ...rest } = view;
        return {
          ...rest,
          forbund: loaded.forbund.map((f) => ({
            id: f.id,
            name: f.name,
            associationId: f.associationId,
            municipalityCodes: f.municipalityCodes,
          })),
        };
      }
      return sendFile(reply, view, `simulering-${view.year}`, format, simulationFile);
    },
  );
  app.put(
    '/allocation/simulations/:id',
    {
      schema: {
        tags,
        summary: 'Ändra en simulering (versionen måste stämma)',
        params: idParams,
        body: simulationBody.extend({ version: versionSchema }),
        response: { 200: okBody },
      },
      config: { permission: 'allocation.simulate' },
    },
    async (request) => {
      await db.transaction((tx) => updateSimulation(tx, actorOf(request), request.params.id, request.body));
      return OK;
    },
  );
  app.delete(
    '/allocation/simulations/:id',
    {
      schema: {
        tags,
        summary: 'Ta bort en simulering',
        params: idParams,
        querystring: versionQuery,
        response: { 200: okBody },
      },
      config: { permission: 'allocation.simulate' },
    },
    async (request) => {
      await db.transaction((tx) => deleteSimulation(tx, actorOf(request), request.params.id, request.query.version));
      return OK;
    },
  );
};
