import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountMappingInput,
  budgetAmountInput,
  countyCodeSchema,
  financeLineInput,
  financeLineUpdateInput,
  financeYearInput,
  financeYearSchema,
  idSchema,
  stateMoneyInput,
} from '@insikt/core';
import { AppError } from '../../platform/errors';
import { actorOf } from '../../platform/request-context';
import { fileResponse, MEDIA_TYPES, OK, okBody } from '../../platform/api-schemas';
import { findAssociation } from '../organisation/organisation.repository';
import { getAccountMappings, saveAccountMappings } from './account-mappings';
import { compareFinance } from './compare-finance';
import { comparisonWorkbook, financeYearWorkbook } from './finance-export';
import { getFinanceYear } from './get-finance-year';
import { importOutcome } from './import-outcome';
import { listFinanceYears } from './list-finance-years';
import { createFinanceLine, saveBudgetAmount, updateFinanceLine } from './save-finance-line';
import { saveFinanceYear, saveStateMoney } from './save-finance-year';
import {
  accountMappings,
  financeComparison,
  financeYearList,
  financeYearView,
  outcomeImportResult,
} from './finance.responses';

const tags = ['finance'];
const associationParams = z.object({ id: idSchema });
const yearParams = associationParams.extend({ year: financeYearSchema });
const lineParams = associationParams.extend({ lineId: idSchema });
const format = z.enum(['json', 'xlsx']).default('json');
const lineRef = z.object({ id: idSchema, version: z.number().int() }).meta({ id: 'FinanceLineRef' });
/** An SIE or a bookkeeping export is small; 10 MB is far above a year of a förbund's vouchers. */
const OUTCOME_FILE_BYTES = 10 * 1024 * 1024;

const xlsx = (name: string) => ({
  type: MEDIA_TYPES.xlsx,
  disposition: `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`,
});

export const financeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/associations/:id/finance';
  // The file is the request body itself, as in the participant import.
  app.addContentTypeParser(
    ['application/octet-stream', 'text/csv', MEDIA_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: OUTCOME_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    `${base}/years`,
    {
      schema: {
        tags,
        summary: 'År som förbundet för i Insikt eller har utfall för',
        params: associationParams,
        response: { 200: financeYearList },
      },
      config: { permission: 'finance.read' },
    },
    async (request) => listFinanceYears(db, actorOf(request), request.params.id),
  );
  app.get(
    `${base}/years/:year`,
    {
      schema: {
        tags,
        summary: 'Förbundets budget, utfall och nyckeltal för ett år (JSON eller Excel)',
        params: yearParams,
        querystring: z.object({ format }),
        response: { 200: fileResponse('Budget, utfall och nyckeltal', ['xlsx'], financeYearView) },
      },
      config: { permission: 'finance.read' },
    },
    async (request, reply) => {
      const { id, year } = request.params;
      const view = await getFinanceYear(db, actorOf(request), id, year);
      if (request.query.format === 'json') return view;
      const association = await findAssociation(db, id);
      const file = xlsx(`ekonomi-${year}.xlsx`);
      return reply
        .type(file.type)
        .header('content-disposition', file.disposition)
        .send(await financeYearWorkbook(view, association?.name ?? ''));
    },
  );
  app.put(
    `${base}/years/:year`,
    {
      schema: {
        tags,
        summary: 'Årets uppföljning (tertial eller månad) och ingående eget kapital',
        params: yearParams,
        body: financeYearInput,
        response: { 200: financeYearView },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) => {
      const { id, year } = request.params;
      await db.transaction((tx) => saveFinanceYear(tx, actorOf(request), id, year, request.body));
      return getFinanceYear(db, actorOf(request), id, year);
    },
  );
  app.put(
    `${base}/years/:year/state-money`,
    {
      schema: {
        tags,
        summary: 'Statliga medel för året: erbjudet, ansökt, beviljat och grund för kronor per invånare',
        params: yearParams,
        body: stateMoneyInput,
        response: { 200: financeYearView },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) => {
      const { id, year } = request.params;
      await db.transaction((tx) => saveStateMoney(tx, actorOf(request), id, year, request.body));
      return getFinanceYear(db, actorOf(request), id, year);
    },
  );
  app.post(
    `${base}/years/:year/outcome`,
    {
      schema: {
        tags,
        summary: 'Importera årets utfall från SIE 4, CSV eller Excel (filen som begärans kropp); allt eller inget',
        params: yearParams,
        querystring: z.object({ fileName: z.string().min(1).max(255) }),
        response: { 200: outcomeImportResult },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(
          400,
          'validation_failed',
          'Skicka filen som begärans kropp med content-type application/octet-stream, text/csv eller xlsx.',
        );
      }
      const { id, year } = request.params;
      return importOutcome(db, actorOf(request), id, year, request.query.fileName, request.body);
    },
  );
  app.post(
    `${base}/lines`,
    {
      schema: {
        tags,
        summary: 'Ny rad i budgeten',
        params: associationParams,
        body: financeLineInput,
        response: { 201: lineRef },
      },
      config: { permission: 'finance.manage' },
    },
    async (request, reply) => {
      const row = await db.transaction((tx) =>
        createFinanceLine(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send({ id: row.id, version: row.version });
    },
  );
  app.put(
    `${base}/lines/:lineId`,
    {
      schema: {
        tags,
        summary: 'Byt namn på en rad eller ändra om den räknas som administration',
        params: lineParams,
        body: financeLineUpdateInput,
        response: { 200: lineRef },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) => {
      const { id, lineId } = request.params;
      const row = await db.transaction((tx) => updateFinanceLine(tx, actorOf(request), id, lineId, request.body));
      return { id: row.id, version: row.version };
    },
  );
  app.put(
    `${base}/lines/:lineId/budgets/:year`,
    {
      schema: {
        tags,
        summary: 'Budget eller plan för en rad och ett år (en insats rad: insatsens egen budget)',
        params: lineParams.extend({ year: financeYearSchema }),
        body: budgetAmountInput,
        response: { 200: okBody },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) => {
      const { id, lineId, year } = request.params;
      await db.transaction((tx) => saveBudgetAmount(tx, actorOf(request), id, lineId, year, request.body));
      return OK;
    },
  );
  app.get(
    `${base}/account-mappings`,
    {
      schema: {
        tags,
        summary: 'Förbundets kontomappning (konto till rad)',
        params: associationParams,
        response: { 200: accountMappings },
      },
      config: { permission: 'finance.read' },
    },
    async (request) => getAccountMappings(db, actorOf(request), request.params.id),
  );
  app.put(
    `${base}/account-mappings`,
    {
      schema: {
        tags,
        summary: 'Mappa konton till rader (en gång; varje import använder mappningen)',
        params: associationParams,
        body: accountMappingInput,
        response: { 200: accountMappings },
      },
      config: { permission: 'finance.manage' },
    },
    async (request) =>
      db.transaction((tx) => saveAccountMappings(tx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/finance/comparison',
    {
      schema: {
        tags,
        summary: 'Nyckeltal för förbunden i ett län eller i landet, sida vid sida med summa (JSON eller Excel)',
        querystring: z.object({ year: financeYearSchema, county: countyCodeSchema.optional(), format }),
        response: { 200: fileResponse('Nyckeltal sida vid sida', ['xlsx'], financeComparison) },
      },
      config: { permission: 'finance.compare' },
    },
    async (request, reply) => {
      const { year, county, format: f } = request.query;
      const comparison = await compareFinance(db, actorOf(request), year, county ?? null);
      if (f === 'json') return comparison;
      const file = xlsx(`nyckeltal-${year}.xlsx`);
      return reply
        .type(file.type)
        .header('content-disposition', file.disposition)
        .send(await comparisonWorkbook(comparison));
    },
  );
};
