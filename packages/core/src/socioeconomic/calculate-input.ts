import { z } from 'zod';
import { GENDERS } from '../participation';
import { FINSAM_FUNDING } from './calculate';
import { COST_ACTORS, PAYERS, PRICED_SUPPORT_CODES } from './price-list';

/**
 * The body of `POST /api/v1/socioeconomic/calculate` and the file of `insikt nytto calculate`
 * (socioeconomic.md "Calculation interface"), with Swedish messages that name the field.
 */
const share = (what: string) =>
  z
    .number(`${what} ska vara ett tal.`)
    .min(0, `${what} kan inte vara negativ.`)
    .max(1, `${what} kan inte vara över 1 (100 %).`);
const kronor = (what: string) =>
  z
    .number(`${what} ska vara ett belopp i kronor.`)
    .min(0, `${what} kan inte vara negativt.`)
    .max(1e9, `${what} är orimligt stort.`);

export const MAX_CASES = 10_000;
export const MAX_PARTICIPANTS = 10_000_000;

const situation = z
  .object({
    work: share('Andelen arbete'),
    study: share('Andelen studier').optional(),
    support: z.partialRecord(z.enum(PRICED_SUPPORT_CODES), share('Andelen av årsbeloppet')).default({}),
  })
  .refine((x) => x.work + Object.values(x.support).reduce((a: number, b) => a + (b ?? 0), 0) <= 1 + 1e-9, {
    message: 'Arbete och försörjning kan tillsammans inte vara mer än ett helt år.',
    path: ['work'],
  });

export const socioeconomicCalculateInput = z
  .object({
    priceList: z
      .object({
        wage: kronor('Årslönen').optional(),
        employerContribution: share('Arbetsgivaravgiften').optional(),
        taxMunicipality: share('Kommunalskatten').optional(),
        taxRegion: share('Regionskatten').optional(),
        support: z
          .partialRecord(
            z.enum(PRICED_SUPPORT_CODES),
            z.object({ amount: kronor('Årsbeloppet'), payer: z.enum(PAYERS), taxable: z.boolean() }),
          )
          .optional(),
        resources: z
          .partialRecord(z.enum(PRICED_SUPPORT_CODES), z.partialRecord(z.enum(COST_ACTORS), kronor('Resurskostnaden')))
          .optional(),
      })
      .optional(),
    costPerParticipant: kronor('Kostnaden per deltagare'),
    fundingShares: z
      .partialRecord(z.enum(COST_ACTORS), share('Finansieringsandelen'))
      .default(FINSAM_FUNDING)
      .refine((shares) => Math.abs(Object.values(shares).reduce((a: number, b) => a + (b ?? 0), 0) - 1) < 1e-6, {
        message: 'Finansieringsandelarna ska tillsammans vara 100 %.',
      }),
    persistence: share('Effektens varaktighet').default(1),
    discountRate: z
      .number('Diskonteringsräntan ska vara ett tal.')
      .min(0, 'Diskonteringsräntan kan inte vara negativ.')
      .max(0.2, 'Diskonteringsräntan kan vara högst 20 %.')
      .default(0),
    cases: z
      .array(
        z.object({
          label: z.string().trim().max(200).optional(),
          weight: z
            .number('Antalet ska vara ett heltal.')
            .int('Antalet ska vara ett heltal.')
            .min(0, 'Antalet kan inte vara negativt.')
            .max(MAX_PARTICIPANTS, `Antalet kan vara högst ${MAX_PARTICIPANTS.toLocaleString('sv-SE')}.`),
          gender: z.enum(GENDERS).optional(),
          before: situation,
          after: situation,
        }),
        'Ange fallen (cases) som en lista.',
      )
      .max(MAX_CASES, `Högst ${MAX_CASES.toLocaleString('sv-SE')} fall.`)
      .refine((cases) => cases.reduce((s, c) => s + c.weight, 0) <= MAX_PARTICIPANTS, {
        message: `Fallen kan tillsammans stå för högst ${MAX_PARTICIPANTS.toLocaleString('sv-SE')} deltagare.`,
      }),
  })
  .strict();

export type SocioeconomicCalculateInput = z.infer<typeof socioeconomicCalculateInput>;
