import type { EducationLevel, ExitReason, PublicSupportDuration, RoleCode, SupportCode } from '@insikt/core';

/** The demo: three förbund in Jönköpings län, clearly named "Demo –", with insatser and staff. */
export const DEMO_PREFIX = 'Demo – ';

export const DEMO_ASSOCIATIONS = [
  {
    name: `${DEMO_PREFIX}Södra Vätterbygden`,
    slug: 'sodravatterbygden',
    municipalities: ['0680', '0643', '0642'],
    size: 1.3,
  },
  { name: `${DEMO_PREFIX}Finnveden`, slug: 'finnveden', municipalities: ['0662', '0617', '0665', '0683'], size: 0.9 },
  {
    name: `${DEMO_PREFIX}Höglandet`,
    slug: 'hoglandet',
    municipalities: ['0604', '0686', '0682', '0684', '0687', '0685'],
    size: 0.8,
  },
] as const;

/**
 * About the real inhabitants 16–64 of the demo kommuner, in thousands (a demo approximation, not SCB's
 * figures): the inputs of the budget year and the weights the model year splits its areas' inputs by.
 */
export const DEMO_KOMMUN_THOUSANDS: Readonly<Record<string, number>> = {
  '0680': 88,
  '0643': 7,
  '0642': 4,
  '0662': 18,
  '0617': 6,
  '0665': 8,
  '0683': 20,
  '0604': 4,
  '0686': 10,
  '0682': 18,
  '0684': 6,
  '0687': 11,
  '0685': 16,
};

/** The year the demo förbund budget (with plan for the two after it) and write the members' letter for. */
export const demoBudgetYear = (today: string) => Number(today.slice(0, 4)) + 1;

export interface DemoIntervention {
  name: string;
  kind: 'individual' | 'structural';
  description: string;
  targetGroup: string;
  /** Relative size of the intake; 0 for structural. */
  intake: number;
  /** Share of women among participants. */
  women: number;
  /** Age range at start. */
  ages: [number, number];
  /** How likely an exit leads to work; men a little higher, as in SUS data nationally. */
  workRate: number;
  staffing: {
    role: 'coordinator' | 'coach' | 'project_lead' | 'case_worker' | 'other';
    title: string;
    percent: number;
  }[];
}

export const DEMO_INTERVENTIONS: DemoIntervention[] = [
  {
    name: 'Jobbstudion',
    kind: 'individual',
    description: 'Arbetsträning och stegvis matchning mot arbete med stöd av jobbcoach.',
    targetGroup: 'Personer 20–64 år med försörjningsstöd eller sjukpenning som står långt från arbetsmarknaden.',
    intake: 1.2,
    women: 0.5,
    ages: [20, 64],
    workRate: 0.35,
    staffing: [
      { role: 'coach', title: 'Jobbcoach', percent: 100 },
      { role: 'coordinator', title: 'Samordnare', percent: 50 },
    ],
  },
  {
    name: 'Unga vuxna i rörelse',
    kind: 'individual',
    description: 'Samordnat stöd till unga vuxna utan sysselsättning, med fokus på studier.',
    targetGroup: 'Unga 16–29 år som varken arbetar eller studerar.',
    intake: 1,
    women: 0.42,
    ages: [16, 29],
    workRate: 0.22,
    staffing: [{ role: 'coach', title: 'Ungdomscoach', percent: 100 }],
  },
  {
    name: 'Hälsofrämjande rehabilitering',
    kind: 'individual',
    description: 'Multimodal rehabilitering i samverkan mellan vårdcentral, FK och AF.',
    targetGroup: 'Sjukskrivna med långvarig smärta eller psykisk ohälsa.',
    intake: 0.9,
    women: 0.72,
    ages: [25, 64],
    workRate: 0.18,
    staffing: [
      { role: 'case_worker', title: 'Rehabkoordinator', percent: 100 },
      { role: 'other', title: 'Fysioterapeut', percent: 50 },
    ],
  },
  {
    name: 'Språk och arbete',
    kind: 'individual',
    description: 'Yrkessvenska kombinerad med praktik för utrikes födda.',
    targetGroup: 'Utrikes födda med etableringsersättning eller försörjningsstöd.',
    intake: 0.8,
    women: 0.58,
    ages: [20, 60],
    workRate: 0.3,
    staffing: [{ role: 'coach', title: 'Språkcoach', percent: 100 }],
  },
  {
    name: 'Samverkansnätverk och kompetens',
    kind: 'structural',
    description: 'Utbildningar och nätverk för handläggare hos medlemmarna.',
    targetGroup: 'Personal hos FK, AF, regionen och kommunerna.',
    intake: 0,
    women: 0,
    ages: [0, 0],
    workRate: 0,
    staffing: [{ role: 'coordinator', title: 'Processledare', percent: 50 }],
  },
];

export const DEMO_ROLES: { role: RoleCode; local: string; name: string; interventions?: number[] }[] = [
  { role: 'association_admin', local: 'forbundschef', name: 'Förbundschef' },
  { role: 'intervention_lead', local: 'insatsansvarig', name: 'Insatsansvarig', interventions: [0] },
  { role: 'participant_officer', local: 'coach', name: 'Coach', interventions: [0, 1] },
  { role: 'reader', local: 'styrelse', name: 'Styrelseledamot' },
  // The utvärderare evaluates Jobbstudion (whose theory of change the demo holds) and a second insats.
  { role: 'evaluator', local: 'utvarderare', name: 'Utvärderare', interventions: [0, 2] },
];

export const EXIT_WEIGHTS: [ExitReason, number][] = [
  ['arbete', 24],
  ['studier', 12],
  ['annan_insats', 20],
  ['ohalsa', 10],
  ['flyttat', 3],
  ['avbrott', 15],
  ['ej_aktuell', 5],
  ['annan', 9],
  ['felregistrering', 2],
];
export const EDUCATION_WEIGHTS: [EducationLevel, number][] = [
  ['forgymnasial', 34],
  ['gymnasial', 45],
  ['eftergymnasial_kort', 9],
  ['eftergymnasial_lang', 7],
  ['okand', 5],
];
export const DURATION_WEIGHTS: [PublicSupportDuration, number][] = [
  ['ingen', 8],
  ['under_1_ar', 17],
  ['1_3_ar', 30],
  ['over_3_ar', 40],
  ['okand', 5],
];
export const SUPPORT_BEFORE_WEIGHTS: [SupportCode, number][] = [
  ['forsorjningsstod', 30],
  ['sjukpenning', 20],
  ['aktivitetsersattning', 12],
  ['a_kassa', 8],
  ['aktivitetsstod', 10],
  ['etableringsersattning', 6],
  ['sjukersattning', 4],
  ['ingen_offentlig', 7],
  ['okand', 3],
];
