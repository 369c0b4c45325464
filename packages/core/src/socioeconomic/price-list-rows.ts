import { z } from 'zod';
import {
  COST_ACTORS,
  EXAMPLE_PRICE_LIST,
  PAYERS,
  PRICED_SUPPORT_CODES,
  type CostActor,
  type PriceList,
  type PricedSupportCode,
} from './price-list';

/**
 * A price list as stored and edited: one row per parameter, each with its source note
 * (socioeconomic.md: "every row has a source note"). Keys: `wage`, `employerContribution`,
 * `taxMunicipality`, `taxRegion`, `support.<code>`, `resource.<code>.<actor>`.
 */
export interface PriceListRow {
  key: string;
  amount: number;
  payer?: (typeof PAYERS)[number];
  taxable?: boolean;
  source: string;
}

const SCALARS = ['wage', 'employerContribution', 'taxMunicipality', 'taxRegion'] as const;
const FRACTIONS = new Set<string>(['employerContribution', 'taxMunicipality', 'taxRegion']);

export const PRICE_LIST_KEY_LABELS_SV: Record<(typeof SCALARS)[number], string> = {
  wage: 'Årslön för ett heltidsarbete (brutto)',
  employerContribution: 'Arbetsgivaravgifter',
  taxMunicipality: 'Kommunalskatt',
  taxRegion: 'Regionskatt',
};

const isSupport = (code: string): code is PricedSupportCode =>
  (PRICED_SUPPORT_CODES as readonly string[]).includes(code);
const isCostActor = (actor: string): actor is CostActor => (COST_ACTORS as readonly string[]).includes(actor);

export const EXAMPLE_SOURCE =
  'Exempelvärde (2024) ur Insikts modellbeskrivning. Kontrollera mot aktuella belopp och ersätt.';

export function priceListRows(list: PriceList, source = EXAMPLE_SOURCE): PriceListRow[] {
  return [
    ...SCALARS.map((key) => ({ key, amount: list[key], source })),
    ...PRICED_SUPPORT_CODES.flatMap((code) => {
      const price = list.support[code];
      return price
        ? [{ key: `support.${code}`, amount: price.amount, payer: price.payer, taxable: price.taxable, source }]
        : [];
    }),
    ...PRICED_SUPPORT_CODES.flatMap((code) =>
      COST_ACTORS.flatMap((actor) => {
        const amount = list.resources[code]?.[actor];
        return amount === undefined ? [] : [{ key: `resource.${code}.${actor}`, amount, source }];
      }),
    ),
  ];
}

/** The year of the contract's example values: the national default's first year. */
export const EXAMPLE_PRICE_LIST_YEAR = 2024;

/** The national default, clearly marked as examples. */
export const EXAMPLE_PRICE_LIST_ROWS: PriceListRow[] = priceListRows(EXAMPLE_PRICE_LIST);

export function priceListFromRows(rows: readonly PriceListRow[]): PriceList {
  const list: PriceList = { ...EXAMPLE_PRICE_LIST, support: {}, resources: {} };
  for (const row of rows) {
    const [kind, code, actor] = row.key.split('.');
    if ((SCALARS as readonly string[]).includes(row.key)) list[row.key as (typeof SCALARS)[number]] = row.amount;
    else if (kind === 'support' && code && isSupport(code))
      list.support[code] = { amount: row.amount, payer: row.payer ?? 'stat', taxable: row.taxable ?? false };
    else if (kind === 'resource' && code && isSupport(code) && actor && isCostActor(actor))
      list.resources[code] = { ...list.resources[code], [actor]: row.amount };
  }
  return list;
}

/** One edited row, checked with a Swedish message naming the parameter. */
export const priceListRowSchema = z
  .object({
    key: z.string().refine(
      (key) => {
        const [kind, code, actor] = key.split('.');
        if ((SCALARS as readonly string[]).includes(key)) return true;
        if (kind === 'support') return !!code && isSupport(code) && actor === undefined;
        return kind === 'resource' && !!code && isSupport(code) && !!actor && isCostActor(actor);
      },
      { message: 'Okänd parameter i prislistan.' },
    ),
    amount: z.number().min(0, 'Beloppet kan inte vara negativt.').max(100_000_000, 'Beloppet är orimligt stort.'),
    payer: z.enum(PAYERS).optional(),
    taxable: z.boolean().optional(),
    source: z.string().trim().min(1, 'Ange källa för värdet.').max(500),
  })
  .refine((row) => !FRACTIONS.has(row.key) || row.amount <= 1, {
    message: 'Skatter och avgifter anges som andel (t.ex. 0,3142 för 31,42 %).',
    path: ['amount'],
  })
  .refine((row) => !row.key.startsWith('support.') || (row.payer !== undefined && row.taxable !== undefined), {
    message: 'Ange betalare och om ersättningen är skattepliktig.',
    path: ['payer'],
  });

export const priceListRowsSchema = z
  .array(priceListRowSchema)
  .max(200)
  .refine((rows) => new Set(rows.map((r) => r.key)).size === rows.length, { message: 'En parameter står två gånger.' })
  .refine((rows) => SCALARS.every((key) => rows.some((r) => r.key === key)), {
    message: 'Lön, arbetsgivaravgifter, kommunalskatt och regionskatt måste finnas.',
  });
