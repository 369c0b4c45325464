import { questionnaire, t, type QuestionInput } from './build';
import { selfAssessmentScale } from './scales';

const scaleQuestion = (id: string, sv: string, en: string): QuestionInput => ({
  id,
  type: 'scale',
  text: t(sv, en),
  scale: selfAssessmentScale(),
});

/**
 * 002 §4.3, projektets egenbedömning (seed l.652–658): the five questions word for word (with the
 * seed's "i nå framgång" and "rehabiliterings-arbetet"), answered on the numeric 1–5 scale whose
 * ends the seed names. The intro is Insikt's sentence built from the seed's description of the scale.
 */
export const selfAssessmentProject = questionnaire({
  kind: 'questionnaire',
  title: t('Projektets egenbedömning', 'The project’s self-assessment'),
  intro: t(
    'Besvara följande frågor på en femgradig skala där 1 motsvarar svarsalternativet mycket lite/inte alls och 5 motsvarar svarsalternativet mycket.',
    'Answer the following questions on a five-point scale where 1 means very little/not at all and 5 means very much.',
  ),
  sections: [
    {
      id: 'avsnitt-1',
      questions: [
        scaleQuestion(
          'nya-metoder',
          'Har projektet utvecklat nya metoder/fördjupat användningen av anpassade metoder utifrån syftet att stärka insatser för deltagarna i projektet?',
          'Has the project developed new methods/deepened the use of adapted methods with the aim of strengthening the support for the participants in the project?',
        ),
        scaleQuestion(
          'metoder-organisationer',
          'Har projektet bidragit till utveckling av metoder som stärker samverkande organisationers möjligheter att i nå framgång i ett fortsatt rehabiliterings-arbetet med individerna i målgruppen?',
          'Has the project contributed to developing methods that strengthen the collaborating organisations’ possibilities to succeed in continued rehabilitation work with the individuals in the target group?',
        ),
        scaleQuestion(
          'kortare-ledtider',
          'Har projektet bidragit till att utveckla metoder som förkortar ledtider i handläggningen av ärenden kring den målgrupp som projektet avsett?',
          'Has the project contributed to developing methods that shorten lead times in handling the cases of the project’s target group?',
        ),
        scaleQuestion(
          'starkt-samverkan',
          'Anser du att projektet bidragit till att samverkan mellan olika aktörer stärkts relativt annan ordinarie samverkan som finns kring projektets målgrupp?',
          'Do you think the project has contributed to strengthening collaboration between different actors compared with other ordinary collaboration around the project’s target group?',
        ),
        scaleQuestion(
          'implementerbara-metoder',
          'Anser du att projektet har utvecklat metoder som kan implementeras i ordinarie verksamhet inom de samverkande organisationerna?',
          'Do you think the project has developed methods that can be implemented in ordinary services within the collaborating organisations?',
        ),
      ],
    },
  ],
});
