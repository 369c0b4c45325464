import { municipalitiesOutsideCounty, type County, type Municipality } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { invalid } from '../../platform/errors';
import { findCounty, findMunicipalities } from './organisation.repository';

/** Checks a county code and member kommuner against SCB reference data; returns them resolved. */
export async function resolveArea(
  ex: Executor,
  countyCode: string,
  municipalityCodes: readonly string[],
): Promise<{ county: County; municipalities: Municipality[] }> {
  const county = await findCounty(ex, countyCode);
  if (!county) {
    throw invalid([{ field: 'countyCode', value: countyCode, message: `Länskoden ${countyCode} finns inte hos SCB.` }]);
  }
  const unique = [...new Set(municipalityCodes)];
  const found = await findMunicipalities(ex, unique);
  const unknown = unique.filter((code) => !found.some((m) => m.code === code));
  if (unknown.length > 0) {
    throw invalid(
      unknown.map((code) => ({
        field: 'municipalityCodes',
        value: code,
        message: `Kommunkoden ${code} finns inte hos SCB.`,
      })),
    );
  }
  const outside = municipalitiesOutsideCounty(countyCode, found);
  if (outside.length > 0) {
    throw invalid(
      outside.map((code) => ({
        field: 'municipalityCodes',
        value: code,
        message: `Kommunen ${found.find((m) => m.code === code)?.name ?? code} ligger inte i ${county.name}.`,
      })),
    );
  }
  return { county, municipalities: found };
}
