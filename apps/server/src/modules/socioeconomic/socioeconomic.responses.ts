import { z } from 'zod';
import {
  COST_ACTORS,
  ECONOMIC_ACTORS,
  GENDERS,
  idSchema,
  PAYBACK_STATUSES,
  PAYERS,
  PRICED_SUPPORT_CODES,
  saveAnalysisInput,
  versionSchema,
} from '@insikt/core';
import { fileResponse, timestamp } from '../../platform/api-schemas';

/** An object with an optional property per key (core's Partial<Record<Key, T>>), each named in the document. */
function partialOf<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value.optional()])) as Record<K, z.ZodOptional<T>>);
}
/** An object with a property per key (core's Record<Key, T>). */
function allOf<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);
}

const situation = z
  .object({
    /** Fractions of full time or of a full year's amount, 0–1. */
    work: z.number(),
    study: z.number().optional(),
    support: partialOf(PRICED_SUPPORT_CODES, z.number()),
  })
  .meta({ id: 'Situation' });

const priceList = z
  .object({
    wage: z.number(),
    employerContribution: z.number(),
    taxMunicipality: z.number(),
    taxRegion: z.number(),
    support: partialOf(
      PRICED_SUPPORT_CODES,
      z.object({ amount: z.number(), payer: z.enum(PAYERS), taxable: z.boolean() }),
    ),
    resources: partialOf(PRICED_SUPPORT_CODES, partialOf(COST_ACTORS, z.number())),
  })
  .meta({ id: 'PriceListValues' });

const caseFields = {
  label: z.string().optional(),
  /** How many participants the case stands for. */
  weight: z.number(),
  before: situation,
  after: situation,
};
const socioeconomicCase = z.object({ ...caseFields, gender: z.enum(GENDERS).optional() });

const socioeconomicInput = z
  .object({
    priceList,
    costPerParticipant: z.number(),
    fundingShares: partialOf(COST_ACTORS, z.number()),
    persistence: z.number(),
    discountRate: z.number(),
    cases: z.array(socioeconomicCase),
  })
  .meta({ id: 'SocioeconomicInput' });

const money = z
  .object({ annualGain: z.number(), netBenefit1: z.number(), netBenefit5: z.number(), cost: z.number() })
  .meta({ id: 'Money' });

const result = z
  .object({
    participants: z.number(),
    actors: allOf(
      ECONOMIC_ACTORS,
      z
        .object({
          perParticipant: money,
          total: money,
          paybackMonths: z.number().int().nullable(),
          paybackStatus: z.enum(PAYBACK_STATUSES),
        })
        .meta({ id: 'ActorResult' }),
    ),
    potential: z.number(),
    effectiveness: z.number().nullable(),
    breakEven1: z.number().nullable(),
    breakEven5: z.number().nullable(),
    sensitivity: z.array(
      z.object({ persistence: z.number(), discountRate: z.number(), netBenefit5: z.number(), total: z.number() }),
    ),
  })
  .meta({ id: 'SocioeconomicResult' });

export const socioeconomicReport = result
  .extend({
    byGender: allOf(GENDERS, result),
    byCase: z.array(z.object({ label: z.string(), result })).optional(),
    /** The values used, and the stored list they came from. */
    priceList: z.object({
      id: idSchema.nullable(),
      name: z.string(),
      year: z.number().int().nullable(),
      version: z.number().int().nullable(),
      isExample: z.boolean(),
      values: priceList,
    }),
  })
  .meta({ id: 'SocioeconomicReport' });

const analysisGroup = z
  .object({
    ...caseFields,
    key: z.string(),
    gender: z.enum(GENDERS),
    /** The situations derived from the registrations, before any override. */
    derived: z.object({ before: situation, after: situation }),
    overridden: z.boolean(),
  })
  .meta({ id: 'AnalysisGroup' });

const analysisCost = z
  .object({
    total: z.number(),
    perParticipant: z.number(),
    source: z.enum(['recorded', 'entered']),
    years: z.array(z.object({ year: z.number().int(), amount: z.number(), kind: z.enum(['actual', 'budget']) })),
  })
  .meta({ id: 'AnalysisCost' });

export const analysisPreview = z
  .object({
    mode: z.enum(['participants', 'typfall']),
    /** The participant groups with derived and used situations; empty for typfall. */
    groups: z.array(analysisGroup),
    /** Whether small groups were merged for the actor's role. */
    pooled: z.boolean(),
    cost: analysisCost,
    input: socioeconomicInput,
    report: socioeconomicReport,
  })
  .meta({ id: 'AnalysisPreview' });

export const savedAnalysis = z
  .object({
    id: idSchema,
    associationId: idSchema,
    interventionId: idSchema,
    interventionName: z.string().optional(),
    name: z.string(),
    periodFrom: z.string().meta({ format: 'date' }),
    periodTo: z.string().meta({ format: 'date' }),
    priceListId: idSchema.nullable(),
    priceListVersion: z.number().int(),
    createdBy: idSchema.nullable(),
    createdAt: timestamp,
    input: z.object({
      /** The choices as validated and saved, so the analysis can be made again (absent in early records). */
      choices: saveAnalysisInput.optional(),
      cost: analysisCost,
      mode: z.string(),
      groups: z.array(analysisGroup),
      model: socioeconomicInput,
    }),
    result: socioeconomicReport,
  })
  .meta({ id: 'SavedAnalysis' });

/** JSON by default; the analysis as a PDF or Excel report by `format`. */
export const savedAnalysisResponse = fileResponse('Nyttoberäkningen', ['pdf', 'xlsx'], savedAnalysis);

export const priceListRecord = z
  .object({
    id: idSchema,
    /** Null for the national list. */
    associationId: idSchema.nullable(),
    year: z.number().int(),
    name: z.string(),
    rows: z.array(
      z
        .object({
          key: z.string(),
          amount: z.number(),
          payer: z.enum(PAYERS).optional(),
          taxable: z.boolean().optional(),
          source: z.string(),
        })
        .meta({ id: 'PriceListRow' }),
    ),
    /** True while the values are the contract's examples. */
    isExample: z.boolean(),
    copiedFrom: idSchema.nullable(),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'PriceList' });
