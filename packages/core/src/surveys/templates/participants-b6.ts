import { matrix, open, option, questionnaire, t } from './build';
import { gradeScale, gradeScaleWithUnknownCollaboration } from './scales';

/**
 * 002 Bilaga 6, Enkät till deltagare i projekt: the Swedish word for word (seed l.1557–1617);
 * English is Insikt's translation. The intro keeps the seed's sentences but not its consultant
 * (Sweco, a named person and phone number): the förbund writes its own contact in its copy
 * (decision 0034). Time in the project is asked as a number of months, so it can be counted.
 */
export const participantsB6 = questionnaire({
  kind: 'questionnaire',
  title: t('Enkät till deltagare i projekt', 'Survey for participants in projects'),
  intro: t(
    'Den här enkäten handlar om projekt som Samordningsförbundet finansierar. Enkäten har ett antal frågor till dig som har deltagit i ett projekt.\n\n' +
      'Det tar bara 5 minuter att besvara frågorna. Du avslutar enkäten genom att skicka in dina svar efter allra sista sidan. Svaren kommer in till samordningsförbundet som gör en sammanställning. Enskilda personers svar kommer inte att framgå.\n\n' +
      'Om du har frågor om enkäten kan du kontakta samordningsförbundet.\n\n' +
      'Tack för att du besvarar enkäten!',
    'This survey is about projects funded by the Samordningsförbund (the coordination association). The survey has a number of questions for you who have taken part in a project.\n\n' +
      'It only takes 5 minutes to answer the questions. You finish the survey by sending your answers after the very last page. The answers go to the coordination association, which compiles them. No individual person’s answers will be shown.\n\n' +
      'If you have questions about the survey, please contact the coordination association.\n\n' +
      'Thank you for answering the survey!',
  ),
  sections: [
    {
      id: 'avsnitt-1',
      questions: [
        {
          id: 'tid-i-projektet',
          type: 'number',
          text: t('Hur länge har du deltagit i projektet?', 'How long have you taken part in the project?'),
          help: t('Ange antal månader.', 'Enter the number of months.'),
          unit: t('månader', 'months'),
          min: 0,
          max: 120,
          integer: true,
        },
        {
          id: 'sysselsattning-fore',
          type: 'single',
          text: t(
            'Vilken sysselsättning hade du tiden innan projektet?',
            'What was your occupation before the project?',
          ),
          options: [
            option('arbete', 'Arbete', 'Work'),
            option('arbetssokande', 'Arbetssökande', 'Job seeker'),
            option('sjukskrivning', 'Sjukskrivning', 'Sick leave'),
            option('studier', 'Studier', 'Studies'),
            option('annan', 'Annan sysselsättning, nämligen...', 'Other occupation, namely...', { other: true }),
          ],
        },
        matrix(
          'projektet',
          t('Vad tycker du om det projekt du deltar i?', 'What do you think of the project you take part in?'),
          gradeScale(),
          [
            ['meningsfullt', t('Det är meningsfullt att delta', 'It is meaningful to take part')],
            ['delaktig-planeringen', t('Jag är delaktig i planeringen', 'I take part in the planning')],
            ['paverka-rehabilitering', t('Jag kan påverka min rehabilitering', 'I can influence my rehabilitation')],
            [
              'ratt-saker',
              t(
                'Projektet omfattar rätt saker (aktiviteter) i förhållande till mina behov',
                'The project covers the right things (activities) in relation to my needs',
              ),
            ],
          ],
        ),
        matrix(
          'ga-vidare',
          t(
            'Anser du att projektet ger dig möjlighet att gå vidare mot ...',
            'Do you think the project gives you the opportunity to move on towards ...',
          ),
          gradeScale(),
          [
            ['ga-vidare-arbete', t('Arbete', 'Work')],
            ['ga-vidare-studier', t('Studier', 'Studies')],
            [
              'ga-vidare-egen-forsorjning',
              t(
                'Egen försörjning på annat sätt (starta social företag eller annan näringsverksamhet, eller annat)',
                'Supporting yourself in another way (starting a social enterprise or another business, or something else)',
              ),
            ],
          ],
        ),
        open(
          'mojligheter-kommentar',
          t(
            'Kommentera gärna på vilket sätt dina möjligheter ökat.',
            'Feel free to comment on how your opportunities have increased.',
          ),
        ),
      ],
    },
    {
      id: 'avsnitt-2',
      intro: t(
        'I samordningsförbundets projekt samverkar olika offentliga myndigheter (till exempel kommunen, försäkringskassan, arbetsförmedlingen, läkare).',
        'In the coordination association’s projects, different public authorities work together (for example the municipality, the Social Insurance Agency, the Public Employment Service, doctors).',
      ),
      questions: [
        {
          id: 'samverkan-bra',
          type: 'scale',
          text: t(
            'Har samverkan mellan myndigheterna varit bra för dig?',
            'Has the collaboration between the authorities been good for you?',
          ),
          scale: gradeScaleWithUnknownCollaboration(),
        },
        {
          id: 'insatser-battre',
          type: 'scale',
          text: t(
            'Tycker du att de insatser du har fått i projektet har blivit bättre genom att myndigheter samverkar?',
            'Do you think the support you have received in the project has become better because authorities work together?',
          ),
          scale: gradeScale(),
        },
        open('samverkan-kommentar', t('Kommentar', 'Comment')),
        open(
          'markt-samverkan',
          t('På vilket sätt har du märkt av samverkan?', 'In what way have you noticed the collaboration?'),
        ),
        open(
          'samverkan-forbattrat',
          t(
            'På vilket sätt har samverkan förbättrat det stöd du har fått?',
            'In what way has the collaboration improved the support you have received?',
          ),
        ),
      ],
    },
  ],
});
