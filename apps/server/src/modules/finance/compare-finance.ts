import { asc, inArray } from 'drizzle-orm';
import { totalKeyFigures, type KeyFigures } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { counties } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { associationScope } from '../../platform/access-control';
import { notFound } from '../../platform/errors';
import { financeYearOf } from './get-finance-year';
import { associationsWithOutcome, countiesOf } from './finance.repository';

/**
 * The key figures of every förbund in a county, or in the country, that has outcome ("bokslut") for the
 * year in Insikt, side by side with their total (issue 16 item 2). A förbund's own roles compare within
 * their own county only; the whole country is for the national roles (national reader, system admin).
 * Only figures about money: no counts of people, so no disclosure control is needed (common brief).
 */
export async function compareFinance(ex: Executor, actor: Actor, year: number, countyCode: string | null) {
  const scope = associationScope(actor, 'finance.compare');
  const allowed =
    scope.kind === 'all'
      ? (await ex.select().from(counties).orderBy(asc(counties.code))).map((c) => c.code)
      : await countiesOf(ex, scope.ids);
  const county = countyCode ?? (scope.kind === 'all' ? null : (allowed[0] ?? null));
  if (county !== null && !allowed.includes(county)) throw notFound('Länet');
  if (county === null && scope.kind !== 'all') throw notFound('Länet');
  const choices = allowed.length
    ? await ex.select().from(counties).where(inArray(counties.code, allowed)).orderBy(asc(counties.name))
    : [];
  const found = await associationsWithOutcome(ex, year, county);
  const rows = [];
  for (const a of found) {
    const y = await financeYearOf(ex, a.id, year);
    rows.push({
      associationId: a.id,
      name: a.name,
      countyCode: a.countyCode,
      keyFigures: y.keyFigures.outcome!,
      equity: y.equity,
      stateMoney: y.stateMoney,
      perInhabitant: y.perInhabitant,
    });
  }
  const total: KeyFigures = totalKeyFigures(rows.map((r) => r.keyFigures));
  return {
    year,
    countyCode: county,
    countyName: choices.find((c) => c.code === county)?.name ?? null,
    nationwide: scope.kind === 'all',
    counties: choices.map((c) => ({ code: c.code, name: c.name })),
    associations: rows,
    total,
  };
}
