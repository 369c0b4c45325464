import { option } from './build';

/**
 * The seed's scales (frameworks.md §5). Option ids are the same in every template that uses a
 * scale, so answers to the same statement in Bilaga 4 and 5 can be compared. The positive set is
 * left to the default, the two highest options on the scale (issue 14 §4).
 */

/** Instämmande (002 Bilaga 4–5, Tabell 3), with "Vet ej" outside the scale. */
export const agreementScale = () => ({
  options: [
    option('inte-alls', 'Instämmer inte alls', 'Do not agree at all'),
    option('lite', 'Instämmer lite', 'Agree a little'),
    option('varken', 'Instämmer varken lite eller mycket', 'Agree neither a little nor a lot'),
    option('mycket', 'Instämmer mycket', 'Agree a lot'),
    option('helt', 'Instämmer helt', 'Agree completely'),
    option('vet-ej', 'Vet ej', 'Don’t know', { outsideScale: true }),
  ],
});

const gradeOptions = () => [
  option('mycket-lag', 'i mycket låg grad', 'to a very low degree'),
  option('ganska-lag', 'i ganska låg grad', 'to a fairly low degree'),
  option('varken', 'varken låg eller hög grad', 'neither low nor high degree'),
  option('ganska-hog', 'i ganska hög grad', 'to a fairly high degree'),
  option('mycket-hog', 'i mycket hög grad', 'to a very high degree'),
];

/** Grad (002 Bilaga 6). */
export const gradeScale = () => ({ options: gradeOptions() });

/** Grad with "vet ej om samverkan har skett" outside the scale (002 Bilaga 6, the first collaboration question). */
export const gradeScaleWithUnknownCollaboration = () => ({
  options: [
    ...gradeOptions(),
    option('vet-ej', 'vet ej om samverkan har skett', 'don’t know whether there has been any collaboration', {
      outsideScale: true,
    }),
  ],
});

/**
 * Egenbedömning 1–5 (002 §4.3). The seed names only the ends; 2–4 are the bare numbers. Numeric,
 * so the mean the seed reports per project (diagram 3) can be computed.
 */
export const selfAssessmentScale = () => ({
  numeric: true,
  options: [
    option('1', '1 – mycket lite/inte alls', '1 – very little/not at all'),
    option('2', '2', '2'),
    option('3', '3', '3'),
    option('4', '4', '4'),
    option('5', '5 – mycket', '5 – very much'),
  ],
});
