import { z } from 'zod';
import { idSchema, INDIVIDUAL_MEASURES } from '@insikt/core';

// A count per gender and in total; null is hidden ("<5") in a protected version.
const count = z.number().int().nullable();
const counts = z.object({ women: count, men: count, unknown: count, total: count }).meta({ id: 'NationalCounts' });

export const nationalFiguresView = z
  .object({
    associationName: z.string(),
    year: z.number().int(),
    protection: z
      .object({ method: z.literal('cell_key'), threshold: z.number().int(), maxNoise: z.number().int() })
      .nullable(),
    individual: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        figures: z.object(
          Object.fromEntries(INDIVIDUAL_MEASURES.map((m) => [m, counts])) as Record<
            (typeof INDIVIDUAL_MEASURES)[number],
            typeof counts
          >,
        ),
      }),
    ),
    structural: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        activities: z.number().int(),
        participants: counts,
        byOrganisation: z.array(
          z.object({
            organisationId: z.string(),
            label: z.string(),
            activities: z.number().int(),
            participants: counts,
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'NationalFigures' });
