import { matrix, open, questionnaire, t } from './build';
import { agreementScale } from './scales';
import {
  INDIVIDUAL_INFLUENCE,
  MORE_EFFICIENT_HANDLING,
  SHARED_COLLABORATION_STATEMENTS,
  STAFF_SECTION_INTRO,
  STAFF_THANKS,
  staffIntro,
} from './staff-statements';

/**
 * 002 Bilaga 5, Enkät handläggare i ordinarie verksamhet (seed l.1496–1555): Bilaga 4's blocks in
 * the plural ("Projekten har …") where the seed has it, without the organisation question, and its
 * own open questions. Some statements stay in the singular, as in the seed. English is Insikt's.
 */
export const staffOrdinaryB5 = questionnaire({
  kind: 'questionnaire',
  title: t('Enkät om arbetsmarknadsprojekt', 'Survey about labour market projects'),
  intro: staffIntro(
    t(
      'arbetar i ordinarie verksamhet och har kommit i kontakt med projekten',
      'work in ordinary services and have come into contact with the projects',
    ),
  ),
  thanks: STAFF_THANKS,
  sections: [
    {
      id: 'avsnitt-1',
      intro: STAFF_SECTION_INTRO,
      questions: [
        matrix(
          'resultat-deltagare',
          t(
            'Ta ställning till följande påståenden om de projekt du kommit i kontakt med och deras resultat utifrån deltagarnas behov.',
            'Consider the following statements about the projects you have come into contact with and their results with regard to the participants’ needs.',
          ),
          agreementScale(),
          [
            [
              'egen-forsorjning',
              t(
                'Projekten har bidragit till förbättrad förmåga till egen försörjning.',
                'The projects have contributed to an improved ability to support oneself.',
              ),
            ],
            [
              'ratt-insats',
              t(
                'Projekten har underlättat målgruppens möjligheter att erbjudas "rätt insats vid rätt tidpunkt".',
                'The projects have made it easier for the target group to be offered "the right service at the right time".',
              ),
            ],
            ['effektivare-handlaggning', MORE_EFFICIENT_HANDLING],
            ['paverka-rehabilitering', INDIVIDUAL_INFLUENCE],
          ],
        ),
        matrix(
          'samverkan',
          t(
            'Ta ställning till följande påståenden som rör samverkan inom projekt, mellan myndigheter och med andra aktörer som har betydelse för att få deltagarna i arbete.',
            'Consider the following statements about collaboration within projects, between authorities and with other actors who matter for getting the participants into work.',
          ),
          agreementScale(),
          [
            [
              'ratt-aktorer',
              t(
                'Rätt aktörer samarbetar kring målgruppen i Samordningsförbundets projekt.',
                'The right actors cooperate around the target group in the coordination association’s projects.',
              ),
            ],
            ...SHARED_COLLABORATION_STATEMENTS,
          ],
        ),
        open(
          'effektivare-rehabilitering',
          t(
            'Beskriv på vilket sätt resultatet av rehabiliteringen av enskilda individer blivit effektivare som en följd av projektet (i bemärkelsen att individen har kommit närmare arbetsmarknaden).',
            'Describe in what way the results of the rehabilitation of individuals have become more effective as a result of the project (in the sense that the individual has moved closer to the labour market).',
          ),
        ),
        matrix(
          'resultat-effekter',
          t(
            'Ta ställning till följande påståenden om vilka resultat och effekter du har sett av Samordningsförbundets projekt.',
            'Consider the following statements about the results and effects you have seen of the coordination association’s projects.',
          ),
          agreementScale(),
          [
            [
              'arbetssatt-forandrats',
              t(
                'Arbetsätten i ordinarie verksamhet har förändrats till följd av Samordningsförbundets projekt.',
                'The ways of working in ordinary services have changed as a result of the coordination association’s projects.',
              ),
            ],
            [
              'hinder-undanrojts',
              t(
                'Hinder för effektiv samverkan har undanröjts till följd av projekten.',
                'Obstacles to effective collaboration have been removed as a result of the projects.',
              ),
            ],
            ['effektivare-handlaggning-effekter', MORE_EFFICIENT_HANDLING],
          ],
        ),
        open(
          'samverkan-forandrats',
          t(
            'På vilket sätt har samverkan mellan parterna förändrats (permanent) till följd av projektet?',
            'In what way has the collaboration between the parties changed (permanently) as a result of the project?',
          ),
          t(
            'Har några nya kontaktvägar uppstått?\nHar du fått nya kontakter på andra myndigheter?',
            'Have any new channels of contact emerged?\nHave you gained new contacts at other authorities?',
          ),
        ),
        open(
          'egna-attityder',
          t(
            'Har dina attityder till de andra myndigheterna som samverkar kring rehabilitering förändrats som en följd av Samordningsförbundets projekt? Beskriv gärna hur.',
            'Have your attitudes towards the other authorities that collaborate on rehabilitation changed as a result of the coordination association’s projects? Feel free to describe how.',
          ),
        ),
        open(
          'andras-attityder',
          t(
            'Upplever du att de andra myndigheternas attityder till er verksamhet har förändrats som en följd av projekten? På vilket sätt?',
            'Do you feel that the other authorities’ attitudes towards your organisation have changed as a result of the projects? In what way?',
          ),
        ),
        open(
          'stod-organisation',
          t(
            'Upplever du att du har stöd från din organisation när det gäller fördjupning av samarbetet mellan handläggare i olika organisationer?',
            'Do you feel that you have support from your organisation in deepening the cooperation between case officers in different organisations?',
          ),
        ),
        open(
          'lardomar',
          t(
            'Vilka lärdomar tycker du att du har fått av projekten?',
            'What lessons do you feel you have learnt from the projects?',
          ),
        ),
        open(
          'lardomar-spridits',
          t(
            'Hur har dessa lärdomar spridits i organisationen?',
            'How have these lessons been spread in the organisation?',
          ),
        ),
      ],
    },
  ],
});
