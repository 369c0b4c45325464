import { z } from 'zod';
import {
  DEVIATION_TYPES,
  DISTRIBUTION_STATUSES,
  GOAL_COMPARISONS,
  GOAL_UNITS,
  idSchema,
  INTERVENTION_KINDS,
  INTERVENTION_STATUSES,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  RESPONDENT_GROUPS,
  STAFF_ROLES,
  versionSchema,
} from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

// The answers describe what is stored, with core's code lists but not its input rules: a record
// saved before a rule was tightened must still be readable (decision 0021).
const isoDate = z.string().meta({ format: 'date' });
const indicatorIds = OUTCOME_INDICATORS.map((i) => i.id);

/** What every role may see of an insats: the national reader's catalogue (no people, budgets or goals). */
const catalogueFields = {
  id: idSchema,
  associationId: idSchema,
  name: z.string(),
  kind: z.enum(INTERVENTION_KINDS),
  status: z.enum(INTERVENTION_STATUSES),
  startDate: isoDate,
  endDate: isoDate.nullable(),
};
export const interventionListItem = z.object(catalogueFields).meta({ id: 'InterventionListItem' });

export const goal = z
  .object({
    /** The goal's stable identity (decision 0062); its values entered by hand hang on it. */
    id: idSchema,
    description: z.string(),
    indicatorId: z.enum(indicatorIds as [(typeof indicatorIds)[number]]).nullish(),
    column: z.enum(OUTCOME_COLUMNS),
    survey: z
      .object({ surveyId: idSchema, questionId: z.string().nullish(), compositeId: idSchema.nullish() })
      .nullish(),
    deviations: z.object({ types: z.array(z.enum(DEVIATION_TYPES)), parties: z.array(z.string()) }).nullish(),
    /** A goal followed up by hand: a number, or a share typed in percent. */
    unit: z.enum(GOAL_UNITS).nullish(),
    comparison: z.enum(GOAL_COMPARISONS),
    /** Null only for a goal followed up by hand without a target: its values are shown without fulfilment. */
    target: z.number().nullish(),
    targetMax: z.number().nullish(),
  })
  .meta({ id: 'Goal' });

/** A value of a goal followed up by hand, as entered (decision 0062). */
export const goalValue = z
  .object({
    id: idSchema,
    goalId: idSchema,
    year: z.number().int(),
    value: z.number(),
    source: z.string(),
    comment: z.string(),
    version: versionSchema,
  })
  .meta({ id: 'GoalValue' });

const storedIntervention = z.object({
  ...catalogueFields,
  description: z.string(),
  ownerMemberId: idSchema.nullable(),
  targetGroup: z.string(),
  partnerMemberIds: z.array(idSchema),
  municipalityCodes: z.array(z.string()),
  budgets: z.array(
    z.object({
      year: z.number().int(),
      budget: z.number().int(),
      actualCost: z.number().int().nullish(),
      /** The actual cost is the outcome of the insats's line in the förbund's accounts (decision 0051). */
      fromAccounts: z.boolean().optional(),
    }),
  ),
  staffing: z.array(z.object({ role: z.enum(STAFF_ROLES), title: z.string(), percent: z.number() })),
  goals: z.array(goal),
  version: versionSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** Whole rows for the förbund's own roles, the catalogue for a role that may see only that. */
export const interventionList = z.array(
  z.union([storedIntervention.meta({ id: 'InterventionRow' }), interventionListItem]),
);

export const intervention = storedIntervention
  .extend({
    /** The people assigned to the insats through insats-bound roles. */
    staff: z.array(
      z.object({ roleAssignmentId: idSchema, role: z.string(), userId: idSchema, name: z.string(), email: z.string() }),
    ),
  })
  .meta({ id: 'Intervention' });

export const goalFulfilment = z
  .object({
    years: z.array(z.number().int()),
    goals: z.array(
      goal.extend({
        /** What a survey goal measures, in Swedish (the survey, the question or composite); null otherwise. */
        surveyLabel: z.string().nullable(),
        /** What a deviation goal counts (types and parties), or why no value is shown; null otherwise. */
        deviationLabel: z.string().nullable(),
        results: z.array(
          z.object({
            year: z.number().int(),
            exits: z.number().int().nullable(),
            actual: z.number().nullable(),
            met: z.boolean().nullable(),
            /** For a survey goal: the distributions closing that year for the insats, and the answers counted. */
            survey: z
              .object({
                /** Protected: null when hidden ("≤5") or when there was no distribution that year. */
                respondents: z.number().int().nullable(),
                distributions: z.array(
                  z.object({
                    respondentGroup: z.enum(RESPONDENT_GROUPS),
                    opensOn: isoDate,
                    closesOn: isoDate,
                    status: z.enum(DISTRIBUTION_STATUSES),
                  }),
                ),
              })
              .nullable(),
            /** For a deviation goal: the year's cases not yet answered (null: not shown to this role). */
            deviations: z.object({ open: z.number().int().nullable() }).nullable(),
            /** For a goal followed up by hand: the year's value with its source, as entered (null: none entered). */
            manual: goalValue.omit({ goalId: true, year: true }).nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'GoalFulfilment' });
