import { z } from 'zod';
import { idSchema, POOLING_RULES, simulationChangeSchema, versionSchema } from '@insikt/core';
import { fileResponse, timestamp } from '../../platform/api-schemas';

const step = z.object({ upToIncome: z.number().nullable(), percent: z.number() }).meta({ id: 'GuidelineStep' });

export const guideline = z
  .object({
    id: idSchema,
    decidedOn: z.string(),
    steps: z.array(step),
    note: z.string(),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'EquityGuidelineVersion' });

const parameters = {
  year: z.number().int(),
  distributable: z.number(),
  baseGrant: z.number(),
  supportMeasureWeight: z.number(),
  protectionLimit: z.number(),
  version: versionSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
};
export const allocationYear = z.object(parameters).meta({ id: 'AllocationYear' });

/** The equity guideline's verdict on a förbund; the finance module's key figures show the same. */
export const equityAssessmentSchema = z
  .object({
    status: z.enum(['within', 'above', 'not-covered']),
    guidelineDecided: z.string().nullable(),
    percent: z.number().optional(),
    allowed: z.number().optional(),
    above: z.number().optional(),
    income: z.number().optional(),
    losesProtection: z.boolean(),
  })
  .meta({ id: 'EquityAssessment' });

const parts = z
  .object({
    baseGrant: z.number(),
    supportMeasureKey: z.number(),
    inhabitantsKey: z.number(),
    protection: z.number(),
    protectionCost: z.number(),
    unrequested: z.number(),
    redistributed: z.number(),
  })
  .meta({ id: 'AllocationParts' });

const forbundAllocation = z
  .object({
    id: z.string(),
    name: z.string(),
    modelAmount: z.number(),
    offer: z.number(),
    protectionFloor: z.number().nullable(),
    protected: z.boolean(),
    notProtectedReason: z.enum(['new', 'above-guideline']).nullable(),
    requested: z.number(),
    granted: z.number(),
    changeFromLastYear: z.number().nullable(),
    parts,
  })
  .meta({ id: 'ForbundAllocation' });

const allocationResult = z
  .object({
    forbund: z.array(forbundAllocation),
    notDistributed: z.number(),
    scaled: z.boolean(),
    protectionCostAssumption: z.string(),
  })
  .meta({ id: 'AllocationResult' });

const modelForbund = z
  .object({
    id: idSchema,
    year: z.number().int(),
    name: z.string(),
    associationId: idSchema.nullable(),
    associationName: z.string().nullable(),
    municipalityCodes: z.array(z.string()),
    previousAllocation: z.number().nullable(),
    requested: z.number().nullable(),
    equity: z.number().nullable(),
    income: z.number().nullable(),
    version: versionSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'ModelForbund' });

export const modelYearDetail = z
  .object({
    ...parameters,
    guideline: z.object({ id: idSchema, decidedOn: z.string() }).nullable(),
    kommunInputs: z.array(
      z.object({
        municipalityCode: z.string(),
        name: z.string(),
        countyCode: z.string(),
        supportMeasure: z.number().nullable(),
        inhabitants16to64: z.number().nullable(),
      }),
    ),
    forbund: z.array(
      modelForbund.extend({
        guidelineTest: equityAssessmentSchema.nullable(),
        /** The figures the test used: the förbund's accounts of `accountsYear` in Insikt, or (null) the row's own. */
        guidelineFigures: z.object({
          equity: z.number().nullable(),
          income: z.number().nullable(),
          accountsYear: z.number().int().nullable(),
        }),
      }),
    ),
    result: allocationResult.nullable(),
    problems: z.array(z.string()),
  })
  .meta({ id: 'AllocationModelYear' });

export const modelYearResponse = fileResponse(
  'Modellåret, som JSON, PDF eller Excel',
  ['pdf', 'xlsx'],
  modelYearDetail,
);
export { modelForbund };

export const importCount = z.object({ imported: z.number().int() }).meta({ id: 'AllocationImportResult' });

const figures = z
  .object({
    offer: z.number(),
    granted: z.number(),
    membersMatching: z.number(),
    baseGrant: z.number(),
    keys: z.number(),
    protection: z.number(),
    requests: z.number(),
  })
  .meta({ id: 'SimulationFigures' });

const simulationResult = z
  .object({
    before: allocationResult,
    after: allocationResult,
    rows: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        formerIds: z.array(z.string()),
        protectedAfter: z.boolean(),
        before: figures,
        after: figures,
        difference: figures,
      }),
    ),
    pooled: z.array(
      z.object({
        mergeId: z.string(),
        name: z.string(),
        rule: z.enum(POOLING_RULES),
        income: z.number().nullable(),
        equity: z.number().nullable(),
        assessment: equityAssessmentSchema.nullable(),
      }),
    ),
    members: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['region', 'kommun']),
        before: z.number(),
        after: z.number(),
        difference: z.number(),
        forbundIds: z.array(z.string()),
      }),
    ),
    notSplit: z.array(z.string()),
  })
  .meta({ id: 'SimulationResult' });

const simulationFields = {
  id: idSchema,
  year: z.number().int(),
  associationId: idSchema.nullable(),
  associationName: z.string().nullable(),
  name: z.string(),
  changes: z.array(simulationChangeSchema),
  version: versionSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
};
export const simulationSummary = z.object(simulationFields).meta({ id: 'AllocationSimulationSummary' });
export const simulationDetail = z
  .object({
    ...simulationFields,
    /** The model year's förbund (ids and names), for naming what the changes refer to. */
    forbund: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        associationId: idSchema.nullable(),
        municipalityCodes: z.array(z.string()),
      }),
    ),
    result: simulationResult.nullable(),
    problems: z.array(z.string()),
  })
  .meta({ id: 'AllocationSimulation' });
export const simulationResponse = fileResponse(
  'Simuleringen, som JSON, PDF eller Excel',
  ['pdf', 'xlsx'],
  simulationDetail,
);
