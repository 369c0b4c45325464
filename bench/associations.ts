import { loadReferenceData } from '../apps/server/src/db/seed-reference';

/** The 80 förbund of the benchmark data, spread over Sweden's 21 counties. */
export const BENCH_ASSOCIATION_COUNT = 80;

export interface BenchAssociation {
  name: string;
  countyCode: string;
  municipalityCode: string;
}

export function benchAssociations(): BenchAssociation[] {
  const { counties, municipalities } = loadReferenceData();
  return Array.from({ length: BENCH_ASSOCIATION_COUNT }, (_, i) => {
    const county = counties[i % counties.length]!;
    const inCounty = municipalities.filter((m) => m.countyCode === county.code);
    const municipality = inCounty[Math.floor(i / counties.length) % inCounty.length]!;
    return {
      name: `Testförbund ${String(i + 1).padStart(2, '0')} ${municipality.name}`,
      countyCode: county.code,
      municipalityCode: municipality.code,
    };
  });
}
