import { describe, expect, it } from 'vitest';
import { defaultMembers, kommunName, municipalitiesOutsideCounty } from './organisation';

const jonkoping = { code: '06', name: 'Jönköpings län' };
const kommuner = [
  { code: '0683', name: 'Värnamo', countyCode: '06' },
  { code: '0662', name: 'Gislaved', countyCode: '06' },
];

describe('defaultMembers', () => {
  it('gives FK, AF, the region of the county and each kommun, kommuner in Swedish order', () => {
    expect(defaultMembers(jonkoping, kommuner)).toEqual([
      { kind: 'fk', name: 'Försäkringskassan', municipalityCode: null },
      { kind: 'af', name: 'Arbetsförmedlingen', municipalityCode: null },
      { kind: 'region', name: 'Region Jönköpings län', municipalityCode: null },
      { kind: 'municipality', name: 'Gislaveds kommun', municipalityCode: '0662' },
      { kind: 'municipality', name: 'Värnamo kommun', municipalityCode: '0683' },
    ]);
  });
  it('names regions and kommuner as they call themselves', () => {
    expect(defaultMembers({ code: '12', name: 'Skåne län' }, [])[2]?.name).toBe('Region Skåne');
    expect(defaultMembers({ code: '14', name: 'Västra Götalands län' }, [])[2]?.name).toBe('Västra Götalandsregionen');
    expect(defaultMembers({ code: '99', name: 'Nytt län' }, [])[2]?.name).toBe('Region Nytt');
    expect(['Jönköping', 'Tranås', 'Kalix', 'Habo', 'Malung-Sälen', 'Falun'].map(kommunName)).toEqual([
      'Jönköpings kommun',
      'Tranås kommun',
      'Kalix kommun',
      'Habo kommun',
      'Malung-Sälens kommun',
      'Falu kommun',
    ]);
  });
});

describe('municipalitiesOutsideCounty', () => {
  it('lists kommuner of other counties', () => {
    expect(
      municipalitiesOutsideCounty('06', [...kommuner, { code: '0180', name: 'Stockholm', countyCode: '01' }]),
    ).toEqual(['0180']);
  });
});
