import type { LocalizedText, Questionnaire, RespondentGroup } from '../model';
import { t } from './build';
import { interviewB1, interviewB2, interviewB3 } from './interview-guides';
import { participantsB6 } from './participants-b6';
import { selfAssessmentProject } from './self-assessment-project';
import { staffOrdinaryB5 } from './staff-ordinary-b5';
import { staffProjectsB4 } from './staff-projects-b4';

/** A template that ships with Insikt; a förbund copies it and edits its own copy. */
export interface BuiltInSurveyTemplate {
  /** Stable key: a förbund's copy remembers which built-in (and which version) it came from. */
  key: string;
  /** Raised when the built-in's questions change; a copy keeps the version it was made from. */
  version: number;
  name: LocalizedText;
  description: LocalizedText;
  respondentGroup: RespondentGroup;
  /** Where the wording comes from, e.g. "002 Bilaga 6" (seed 002, Uppsala 2014). */
  source: string;
  questionnaire: Questionnaire;
}

const ENGLISH_NOTE = 'English is Insikt’s translation.';

export const BUILT_IN_SURVEY_TEMPLATES: readonly BuiltInSurveyTemplate[] = [
  {
    key: 'participants-b6',
    version: 1,
    name: t('Enkät till deltagare i projekt', 'Survey for participants in projects'),
    description: t(
      'Deltagarnas syn på projektet, möjligheten att gå vidare mot arbete, studier eller egen försörjning, och samverkan mellan myndigheterna.',
      `The participants’ view of the project, the chance to move on towards work, studies or self-support, and collaboration between the authorities. ${ENGLISH_NOTE}`,
    ),
    respondentGroup: 'participants',
    source: '002 Bilaga 6',
    questionnaire: participantsB6,
  },
  {
    key: 'staff-projects-b4',
    version: 1,
    name: t('Enkät till handläggare i projekten', 'Survey for case officers in the projects'),
    description: t(
      'Handläggare som arbetar i insatserna: resultat för deltagarna, samverkan, resultat och effekter, tidsbesparing.',
      `Case officers working in the projects: results for participants, collaboration, results and effects, time saved. ${ENGLISH_NOTE}`,
    ),
    respondentGroup: 'intervention_staff',
    source: '002 Bilaga 4',
    questionnaire: staffProjectsB4,
  },
  {
    key: 'staff-ordinary-b5',
    version: 1,
    name: t('Enkät till handläggare i ordinarie verksamhet', 'Survey for case officers in ordinary services'),
    description: t(
      'Handläggare i ordinarie verksamhet som kommit i kontakt med insatserna: samma block som för handläggare i projekten, och frågor om kontakter, attityder, stöd och lärdomar.',
      `Case officers in ordinary services who have come into contact with the projects: the same blocks as for case officers in the projects, and questions on contacts, attitudes, support and lessons. ${ENGLISH_NOTE}`,
    ),
    respondentGroup: 'ordinary_services',
    source: '002 Bilaga 5',
    questionnaire: staffOrdinaryB5,
  },
  {
    key: 'self-assessment-project',
    version: 1,
    name: t('Projektets egenbedömning', 'The project’s self-assessment'),
    description: t(
      'Projektledare och styrgrupp bedömer projektet i fem frågor på en skala 1–5 (nya metoder, metoder för parterna, ledtider, samverkan, implementerbarhet).',
      `Project leaders and steering group rate the project in five questions on a 1–5 scale (new methods, methods for the members, lead times, collaboration, implementability). ${ENGLISH_NOTE}`,
    ),
    respondentGroup: 'intervention_staff',
    source: '002 avsnitt 4.3',
    questionnaire: selfAssessmentProject,
  },
  {
    key: 'interview-b1',
    version: 1,
    name: t('Intervjuguide: styrelse och parter', 'Interview guide: board and members'),
    description: t(
      'Frågeguide för intervjuer, anpassad och använd till flera olika aktörer. Anteckningar per svar.',
      'Question guide for interviews, adapted for several actors. Notes per answer. The guide is in Swedish.',
    ),
    respondentGroup: 'board',
    source: '002 Bilaga 1',
    questionnaire: interviewB1,
  },
  {
    key: 'interview-b2',
    version: 1,
    name: t('Intervjuguide: kommunstyrelseordföranden och kommunchefer', 'Interview guide: municipal leaders'),
    description: t(
      'Frågeguide för intervjuer med kommunstyrelseordföranden och kommunchefer. Anteckningar per svar.',
      'Question guide for interviews with chairs of municipal executive boards and municipal chief executives. Notes per answer. The guide is in Swedish.',
    ),
    respondentGroup: 'managers',
    source: '002 Bilaga 2',
    questionnaire: interviewB2,
  },
  {
    key: 'interview-b3',
    version: 1,
    name: t('Intervjuguide: deltagare i projekt', 'Interview guide: participants in projects'),
    description: t(
      'Frågor till deltagare i gruppintervju, avsnitt A–F. Anteckningar per svar.',
      'Questions for participants in a group interview, sections A–F. Notes per answer. The guide is in Swedish.',
    ),
    respondentGroup: 'participants',
    source: '002 Bilaga 3',
    questionnaire: interviewB3,
  },
];

/** The built-in template with `key`, or undefined. */
export const builtInSurveyTemplate = (key: string): BuiltInSurveyTemplate | undefined =>
  BUILT_IN_SURVEY_TEMPLATES.find((template) => template.key === key);
