import { matrix, open, option, questionnaire, t } from './build';
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
 * 002 Bilaga 4, Enkät till handläggare i projekten (seed l.1421–1494), Swedish word for word with
 * the seed's own spellings ("Projektets underlättar", "Arbetsätten"); English is Insikt's. The
 * statement about more efficient case handling appears in the first and the last block: two ids.
 */
export const staffProjectsB4 = questionnaire({
  kind: 'questionnaire',
  title: t('Enkät om arbetsmarknadsprojekt', 'Survey about labour market projects'),
  intro: staffIntro(
    t(
      'är medarbetare i något av projekten för att få veta hur du har upplevt att projektet har bidragit',
      'work in one of the projects, to find out how you feel the project has contributed',
    ),
  ),
  thanks: STAFF_THANKS,
  sections: [
    {
      id: 'avsnitt-1',
      questions: [
        {
          id: 'organisation',
          type: 'single',
          text: t('Ange vilken organisation du arbetar för.', 'State which organisation you work for.'),
          options: [
            option('arbetsformedlingen', 'Arbetsförmedlingen', 'The Swedish Public Employment Service'),
            option('forsakringskassan', 'Försäkringskassan', 'The Swedish Social Insurance Agency'),
            option('kommun', 'Kommun', 'Municipality'),
            option('landstinget', 'Landstinget/vården', 'The county council/health care'),
            option('annan', 'Annan:', 'Other:', { other: true }),
          ],
        },
      ],
    },
    {
      id: 'avsnitt-2',
      intro: STAFF_SECTION_INTRO,
      questions: [
        matrix(
          'resultat-deltagare',
          t(
            'Ta ställning till följande påståenden om projektet och dess resultat utifrån deltagarnas behov.',
            'Consider the following statements about the project and its results with regard to the participants’ needs.',
          ),
          agreementScale(),
          [
            [
              'egen-forsorjning',
              t(
                'Projektet bidrar till förbättrad förmåga till egen försörjning.',
                'The project contributes to an improved ability to support oneself.',
              ),
            ],
            [
              'ratt-insats',
              t(
                'Projektets underlättar målgruppens möjligheter att erbjudas "rätt insats vid rätt tidpunkt".',
                'The project makes it easier for the target group to be offered "the right service at the right time".',
              ),
            ],
            ['effektivare-handlaggning', MORE_EFFICIENT_HANDLING],
            ['paverka-rehabilitering', INDIVIDUAL_INFLUENCE],
          ],
        ),
        matrix(
          'samverkan',
          t(
            'Ta ställning till följande påståenden som rör samverkan inom projektet, mellan myndigheter och med andra aktörer som har betydelse för att få deltagarna i arbete.',
            'Consider the following statements about collaboration within the project, between authorities and with other actors who matter for getting the participants into work.',
          ),
          agreementScale(),
          [
            [
              'ratt-aktorer',
              t(
                'Rätt aktörer samarbetar kring målgruppen i projektet.',
                'The right actors cooperate around the target group in the project.',
              ),
            ],
            ...SHARED_COLLABORATION_STATEMENTS,
          ],
        ),
        matrix(
          'resultat-effekter',
          t(
            'Ta ställning till följande påståenden om projektets resultat och effekter.',
            'Consider the following statements about the project’s results and effects.',
          ),
          agreementScale(),
          [
            [
              'arbetssatt-forandrats',
              t(
                'Arbetsätten i ordinarie verksamhet har förändrats till följd av projektet.',
                'The ways of working in ordinary services have changed as a result of the project.',
              ),
            ],
            [
              'hinder-undanrojts',
              t(
                'Hinder för effektiv samverkan har undanröjts till följd av projektet.',
                'Obstacles to effective collaboration have been removed as a result of the project.',
              ),
            ],
            ['effektivare-handlaggning-effekter', MORE_EFFICIENT_HANDLING],
          ],
        ),
        open(
          'tidsbesparing',
          t(
            'Vänligen försök beräkna vilken tidsbesparing som görs i handläggningen och på vilket sätt ledtider har kortats genom de samverkanslösningar som projektet har utvecklat.',
            'Please try to estimate how much time is saved in case handling, and in what way lead times have been shortened by the collaborative solutions the project has developed.',
          ),
        ),
        open(
          'bidra-med',
          t(
            'Här kan du avslutningsvis beskriva vad den verksamhet som du representerar kan bidra med för att stärka målgruppens förutsättningar att närma sig arbete och skapa en egen försörjning. Ange gärna förslag på hur det interna arbetet och/eller arbetet i samverkan mellan aktörer skulle kunna utvecklas.',
            'Finally, you can describe here what the organisation you represent can contribute to strengthen the target group’s chances of moving closer to work and supporting themselves. Feel free to suggest how the internal work and/or the collaboration between actors could be developed.',
          ),
        ),
      ],
    },
  ],
});
