import { z } from 'zod';
import {
  DOCUMENT_STATUSES,
  idSchema,
  logicIndicatorSchema,
  MECHANISM_RATINGS,
  MECHANISM_THEMES,
  PLAN_PHASES,
  TOC_RESOURCE_KINDS,
  versionSchema,
} from '@insikt/core';
import { fileResponse, timestamp } from '../../platform/api-schemas';
import { indicatorFulfilmentResponse } from '../indicators/indicators.responses';

// What is stored, with core's code lists but not its input rules (decision 0021).
const date = z.string().meta({ format: 'date' }).nullable();
const item = z.object({ text: z.string() }).meta({ id: 'TocItem' });
const cell = z.object({ collaboration: z.array(item), participants: z.array(item) }).meta({ id: 'TocDimensionCell' });
// An effect carries the programme logic's indicator links (decision 0028).
const effect = z.object({ text: z.string(), indicators: z.array(logicIndicatorSchema) }).meta({ id: 'TocEffectItem' });
const effectCell = z
  .object({ collaboration: z.array(effect), participants: z.array(effect) })
  .meta({ id: 'TocEffectCell' });

export const tocContent = z
  .object({
    resources: z.object(Object.fromEntries(TOC_RESOURCE_KINDS.map((k) => [k, z.array(item)]))),
    staffing: z.array(z.object({ memberId: idSchema, role: z.string(), percent: z.number() })),
    activities: cell,
    effects: z.object({ short: effectCell, medium: effectCell, long: effectCell }),
    mechanisms: z.array(
      z.object({
        theme: z.enum(MECHANISM_THEMES),
        text: z.string(),
        source: z.enum(['own', 'seed-001']),
        assessments: z.array(
          z.object({ cycle: z.number().int(), rating: z.enum(MECHANISM_RATINGS), text: z.string() }),
        ),
      }),
    ),
    plan: z.object({
      questions: z.array(item),
      cycles: z.array(
        z.object({
          phases: z.array(z.object({ phase: z.enum(PLAN_PHASES), from: date, to: date })),
          interimReport: date,
          workshop: date,
        }),
      ),
    }),
  })
  .meta({ id: 'TocContent' });

const named = z.object({ id: idSchema, name: z.string() });
const summaryFields = {
  id: idSchema,
  associationId: idSchema,
  title: z.string(),
  interventionIds: z.array(idSchema),
  interventions: z.array(named),
  scopeKind: z.enum(['intervention', 'cluster']),
  status: z.enum(DOCUMENT_STATUSES),
  edition: z.number().int(),
  previousId: idSchema.nullable(),
  decisionReference: z.string().nullable(),
  approvedAt: timestamp.nullable(),
  approvedByName: z.string().nullable(),
  version: versionSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
};
export const theoryOfChangeList = z.array(z.object(summaryFields).meta({ id: 'TheoryOfChangeSummary' }));
export const theoryOfChange = z
  .object({
    ...summaryFields,
    content: tocContent,
    parties: z.array(named),
    successorId: idSchema.nullable(),
    fulfilment: indicatorFulfilmentResponse,
  })
  .meta({ id: 'TheoryOfChange' });
export const theoryOfChangeFile = fileResponse('Förändringsteorin som Word-dokument eller PDF', ['docx', 'pdf']);
