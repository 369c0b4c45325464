import type { Gender } from '../participation';
import type { OutcomeRecord } from './aggregate';
import type { OutcomeIndicatorId } from './indicators';

/**
 * Test fixture: exited participations that reproduce the Finnveden column of the published SUS
 * table "UTFALL 2019" (source 003). Shared by the core tests and the server's SQL and API tests.
 */
/** An exited participation with neutral values; tests override what they examine. */
export const baseRecord: OutcomeRecord = {
  personKey: null,
  gender: 'kvinna',
  birthYear: 1990,
  birthDate: null,
  startDate: '2019-01-01',
  exitDate: '2019-06-30',
  exitReason: 'arbete',
  education: 'gymnasial',
  publicSupportBefore: 'under_1_ar',
  workHoursBefore: 0,
  studyHoursBefore: 0,
  workHoursAfter: 0,
  studyHoursAfter: 0,
};

interface Profile {
  n: number;
  persons: number;
  under30: number;
  over3: number;
  forgymnasial: number;
  eftergymnasial: number;
  meanDays: number;
  /** Hours of paid work after, one entry per working participant. */
  work: number[];
  /** Participants who only study after (40 h). */
  studyOnly: number;
  /** Of those working or studying, how many had as many hours before (no increase). */
  notIncreased: number;
}

/** Builds exited participations with exactly the given properties for one gender. */
export function build(gender: Gender, p: Profile): OutcomeRecord[] {
  return Array.from({ length: p.n }, (_, i) => {
    const work = p.work[i] ?? 0;
    const studies = i >= p.work.length && i < p.work.length + p.studyOnly ? 40 : 0;
    const after = work + studies;
    // A repeated participation of a person starts a day later (one person, one insats, one start date).
    const start = new Date(Date.UTC(2019, 0, i < p.persons ? 2 : 3));
    const exit = new Date(start.getTime() + p.meanDays * 86_400_000);
    return {
      ...baseRecord,
      gender,
      // The last participation repeats an earlier person when persons < n.
      personKey: `${gender}-${i < p.persons ? i : 0}`,
      birthYear: i < p.under30 ? 1995 : 1970,
      startDate: start.toISOString().slice(0, 10),
      exitDate: exit.toISOString().slice(0, 10),
      publicSupportBefore: i < p.over3 ? 'over_3_ar' : 'ingen',
      education:
        i < p.forgymnasial
          ? 'forgymnasial'
          : i < p.forgymnasial + p.eftergymnasial
            ? 'eftergymnasial_lang'
            : 'gymnasial',
      workHoursAfter: work,
      studyHoursAfter: studies,
      workHoursBefore: after > 0 && i < p.notIncreased ? after : 0,
    };
  });
}

export const finnveden2019: OutcomeRecord[] = [
  ...build('kvinna', {
    n: 23,
    persons: 22,
    under30: 6,
    over3: 13,
    forgymnasial: 10,
    eftergymnasial: 0,
    meanDays: 198,
    work: [...Array(8).fill(40), 20],
    studyOnly: 1,
    notIncreased: 0,
  }),
  ...build('man', {
    n: 26,
    persons: 26,
    under30: 7,
    over3: 12,
    forgymnasial: 8,
    eftergymnasial: 5,
    meanDays: 292,
    work: [...Array(15).fill(40), 15, 15, 15, 15],
    studyOnly: 1,
    notIncreased: 2,
  }),
];

export const published: Record<OutcomeIndicatorId, [string, string, string]> = {
  antal: ['49', '23', '26'],
  fordelning: ['100 %', '47 %', '53 %'],
  antal_unika: ['48', '22', '26'],
  andel_under_30_vid_start: ['27 %', '26 %', '27 %'],
  andel_offentlig_forsorjning_over_3_ar: ['51 %', '57 %', '46 %'],
  andel_forgymnasial: ['37 %', '43 %', '31 %'],
  // The source leaves Kvinnor blank; its total 10 % and Män 19 % imply 0 of 23.
  andel_eftergymnasial: ['10 %', '0 %', '19 %'],
  genomsnittlig_inskrivningstid_dagar: ['248', '198', '292'],
  antal_forvarvsarbete: ['28', '9', '19'],
  forvarvsarbete_heltider: ['25,0', '8,5', '16,5'],
  andel_forvarvsarbete: ['57 %', '39 %', '73 %'],
  antal_arbete_eller_studier: ['30', '10', '20'],
  arbete_eller_studier_heltider: ['27,0', '9,5', '17,5'],
  antal_okat_omfattning: ['28', '10', '18'],
};
