import { z } from 'zod';
import { CONTRIBUTION_KEY_KINDS, idSchema, versionSchema } from '@insikt/core';
import { CONTRIBUTION_BASES } from './get-contributions';

const amount = z.number().int();
const memberPercent = z.object({ memberId: idSchema, percent: z.number() });

export const contributionsView = z
  .object({
    associationId: idSchema,
    associationName: z.string(),
    year: z.number().int(),
    key: z.object({
      kind: z.enum(CONTRIBUTION_KEY_KINDS),
      kommunPercents: z.array(memberPercent),
      regionPercents: z.array(memberPercent),
      /** null: no key is saved for the year; the table uses inhabitants 16–64. */
      version: versionSchema.nullable(),
    }),
    regions: z.array(z.object({ id: idSchema, name: z.string(), percent: z.number().nullable() })),
    kommuner: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        municipalityCode: z.string().nullable(),
        inhabitants16to64: z.number().int().nullable(),
        percent: z.number().nullable(),
      }),
    ),
    stateMoney: z
      .object({ offered: amount.nullable(), requested: amount.nullable(), granted: amount.nullable() })
      .nullable(),
    problems: z.array(z.string()),
    tables: z.array(
      z.object({
        basis: z.enum(CONTRIBUTION_BASES),
        stateAmount: amount,
        regionTotal: amount,
        kommunTotal: amount,
        total: amount,
        rows: z.array(
          z.object({
            memberId: idSchema,
            name: z.string(),
            kind: z.enum(['region', 'municipality']),
            share: z.number(),
            amount,
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Contributions' });
