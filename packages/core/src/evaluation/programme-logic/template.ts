import type { LogicLevel, ProgrammeLogicContent } from './content';

/** The Effekt shared by every level of the Uppsala logic (seed 002 Tabell 1, l.389). */
export const UPPSALA_EFFECT = 'Maximera nyttan ur ett individperspektiv och ur ett samhällsperspektiv';

/**
 * Seed 002 Tabell 1, "Mål- och programlogik för Samordningsförbundet Uppsala län", word for word
 * (including the source's "förvärsarbete"). The second Medlemsnivå row holds two delmål in one cell,
 * as the table does.
 */
const UPPSALA: Record<LogicLevel, { headlineGoals: string[]; rows: [string, string][] }> = {
  individual: {
    headlineGoals: ['Ge stöd till individer att komma ut på arbetsmarknaden'],
    rows: [
      [
        'Identifiera individernas totala behov av rehabilitering',
        'Prioritera och samordna sektorövergripande insatser för att uppnå eller förbättra målgruppernas förmåga till förvärsarbete (genom finansiell samordning)',
      ],
      [
        'Stödja insatser kring verksamhetens målgrupper genom aktiviteter i projekt',
        'Motverka att människor blir utan rehabilitering',
      ],
      [
        'Ta fram mått för att mäta om individer rört sig mot arbetsmarknaden',
        'Underlätta uppföljning och utvärdering av rehabiliteringsinsatser på individnivå',
      ],
    ],
  },
  member: {
    headlineGoals: [
      'Utnyttja medlemmarnas resurser mer effektivt och främja samverkan',
      'Ta vara på kunskaper och erfarenheter',
    ],
    rows: [
      ['Gemensamt analysarbete kring projektens resultat', 'Grund för prioritering av projekt/verksamhetsförslag'],
      [
        'Utbildnings- och informationsinsatser för medlemsorganisationerna',
        'Klarlägga respektive aktörs uppdrag och ansvar\nUtveckla en ändamålsenlig och effektiv samverkan',
      ],
      [
        'Utveckla beredningens roll "en motor för samarbete"',
        'Stärka förankringsarbetet in i respektive medlemsorganisation (stödja implementering)',
      ],
      [
        'Utveckla samorganiserade långsiktiga plattformslösningar inkl. exempelvis brukarmedverkan',
        'Långvarig och stabil samverkan mellan samverkande aktörer',
      ],
    ],
  },
  society: {
    headlineGoals: ['Implementera goda exempel, metoder och arbetssätt'],
    rows: [
      [
        'Synliggöra respektive medlemsorganisations behov av underlag för att kunna fatta beslut inför eventuell implementering',
        'Underlätta arbete med implementering',
      ],
      ['Dialog med medlemmarna', 'Förankring av projekt och insatser i medlemsorganisationerna'],
    ],
  },
};

/** The Uppsala logic as a new logic's content, with fresh row ids (the built-in template, "Starta från mall"). */
export function uppsalaTemplate(newId: () => string = () => crypto.randomUUID()): ProgrammeLogicContent {
  const level = (l: LogicLevel) => ({
    headlineGoals: [...UPPSALA[l].headlineGoals],
    rows: UPPSALA[l].rows.map(([activity, subGoal]) => ({ id: newId(), activity, subGoal, indicators: [] })),
  });
  return {
    levels: { individual: level('individual'), member: level('member'), society: level('society') },
    effect: UPPSALA_EFFECT,
  };
}

/** An empty logic: the three levels without goals or rows. */
export function emptyLogic(): ProgrammeLogicContent {
  const level = () => ({ headlineGoals: [], rows: [] });
  return { levels: { individual: level(), member: level(), society: level() }, effect: '' };
}
