import { call, type Session, type TestContext } from './harness';

/**
 * Seed 003's model year in small: the three förbund of Jönköpings län (one kommun each here) and the
 * rest of the country as one förbund, with inputs in proportion to each area's offer less the base
 * grant (per unit 400 000 kr of försörjningsmått and 19 inhabitants 16–64), so the model reproduces the
 * offers 5 520 000, 2 570 000, 4 006 000 and 326 904 000 kr (as the core test and demo-finmodel.ts).
 */
export const MODEL_YEAR = 2020;
const AREAS = [
  {
    name: 'Södra Vätterbygden',
    code: '0680',
    offer: 5_520_000,
    requested: 3_036_000,
    equity: 989_000,
    income: 7_018_000,
  },
  { name: 'Finnveden', code: '0662', offer: 2_570_000, requested: 2_570_000, equity: 1_690_000, income: 5_144_000 },
  { name: 'Höglandet', code: '0604', offer: 4_006_000, requested: 3_205_000, equity: 567_000, income: 6_423_000 },
  { name: 'Övriga landet', code: '0180', offer: 326_904_000, requested: null, equity: null, income: null },
] as const;
export const SEED_OFFERS = AREAS.map((a) => a.offer);
const units = (offer: number) => (offer - 400_000) / 1000;
const sv = (n: number) => n.toLocaleString('sv-SE');

export const kommunInputsCsv = () =>
  [
    'Kommunkod;Försörjningsmått;Invånare 16–64',
    ...AREAS.map((a) => `${a.code};${sv(units(a.offer) * 400_000)};${sv(units(a.offer) * 19)}`),
  ].join('\r\n');

/** The förbund list; `insikt` maps a row's name to the Insikt förbund it is linked to. */
export const forbundCsv = (insikt: Record<string, string>) =>
  [
    'Förbund;Förbund i Insikt;Kommunkoder;Fjolårets tilldelning;Ansökt;Eget kapital;Intäkter',
    ...AREAS.map((a) =>
      [
        a.name,
        insikt[a.name] ?? '',
        a.code,
        sv(a.offer),
        a.requested === null ? '' : sv(a.requested),
        a.equity === null ? '' : sv(a.equity),
        a.income === null ? '' : sv(a.income),
      ].join(';'),
    ),
  ].join('\r\n');

export function upload(ctx: TestContext, session: Session, url: string, body: string, type = 'text/csv') {
  return ctx.app.inject({
    method: 'POST',
    url,
    payload: Buffer.from(body),
    headers: { 'content-type': type, cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
}

/** Creates the model year with its inputs and förbund through the API, as the system administrator would. */
export async function seedModelYear(ctx: TestContext, sysAdmin: Session, insikt: Record<string, string>) {
  const base = `/api/v1/allocation/years`;
  const created = await call(ctx, sysAdmin, 'POST', base, { year: MODEL_YEAR, distributable: 339_000_000 });
  if (created.statusCode !== 201) throw new Error(`model year: ${created.statusCode} ${created.body}`);
  for (const [path, csv] of [
    ['kommun-inputs', kommunInputsCsv()],
    ['forbund/import', forbundCsv(insikt)],
  ] as const) {
    const response = await upload(ctx, sysAdmin, `${base}/${MODEL_YEAR}/${path}?fileName=indata.csv`, csv);
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
  }
}
