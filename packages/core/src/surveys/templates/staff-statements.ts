import { t } from './build';
import type { LocalizedText } from '../model';

/**
 * The statements Bilaga 4 and 5 share word for word (002 l.1465–1469 and l.1525–1529), with
 * Insikt's English. Both templates give them the same ids, so the two staff groups' answers sit
 * under the same columns.
 */
export const SHARED_COLLABORATION_STATEMENTS: [string, LocalizedText][] = [
  [
    'fordjupad-kunskap',
    t(
      'Projektet bidrar till att ge samverkande aktörer fördjupad kunskap om målgruppen.',
      'The project helps give the collaborating actors a deeper knowledge of the target group.',
    ),
  ],
  ['starka-samverkan', t('Projektet bidrar till att stärka samverkan.', 'The project helps strengthen collaboration.')],
  [
    'synliggjort-ansvar',
    t(
      'Projektet har synliggjort skillnader i olika myndigheters ansvar och möjligheter att stödja målgruppen.',
      'The project has made visible the differences in the authorities’ responsibilities and possibilities to support the target group.',
    ),
  ],
  [
    'narmande-arbetsmarknaden',
    t(
      'Samverkan kring deltagarna i projektet underlättar deltagarnas närmande till arbetsmarknaden.',
      'Collaboration around the participants in the project makes it easier for them to move closer to the labour market.',
    ),
  ],
  [
    'korta-ledtider',
    t(
      'Samverkan i projektet bidrar till att korta ledtider kring insatser som målgruppen erbjuds.',
      'Collaboration in the project helps shorten lead times for the services offered to the target group.',
    ),
  ],
  [
    'samarbete-handlaggare',
    t(
      'Projektet har stärkt samarbetet mellan handläggare.',
      'The project has strengthened cooperation between case officers.',
    ),
  ],
];

/** Repeated in a block of its own in both Bilagor (the first block and the last): two ids, two answers. */
export const MORE_EFFICIENT_HANDLING = t(
  'Handläggning av individärenden har blivit effektivare tack vare samverkan.',
  'The handling of individual cases has become more efficient thanks to collaboration.',
);

export const INDIVIDUAL_INFLUENCE = t(
  'Individens möjlighet att påverka sin rehabilitering har ökat.',
  'The individual’s possibility to influence their rehabilitation has increased.',
);

/** The intro both staff surveys share; the seed's place, project names and consultant are left out (decision 0034). */
export const staffIntro = (addressed: LocalizedText) =>
  t(
    'I länet genomförs ett antal arbetsmarknadsprojekt med finansiering av Samordningsförbundet.\n\n' +
      `Samordningsförbundet vill veta mer om hur projekten påverkar den ordinarie verksamheten. I den här enkäten ställer vi därför frågor till dig som ${addressed.sv}.\n\n` +
      'Enkäten tar ca 10 minuter att besvara.\n\n' +
      'Om du har frågor om enkäten kan du kontakta samordningsförbundet.\n\n' +
      'Tack för att du besvarar enkäten!',
    'A number of labour market projects funded by the Samordningsförbund (the coordination association) are carried out in the county.\n\n' +
      `The coordination association wants to know more about how the projects affect ordinary services. In this survey we therefore ask questions to you who ${addressed.en}.\n\n` +
      'The survey takes about 10 minutes to answer.\n\n' +
      'If you have questions about the survey, please contact the coordination association.\n\n' +
      'Thank you for answering the survey!',
  );

export const STAFF_SECTION_INTRO = t(
  'Projekt som finansieras av Samordningsförbundet syftar till att skapa samordning och därigenom bidra till effektivare handläggning av individärenden.',
  'Projects funded by the coordination association aim to create coordination and thereby contribute to more efficient handling of individual cases.',
);

export const STAFF_THANKS = t('Tack för din medverkan!', 'Thank you for taking part!');
