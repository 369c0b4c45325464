import { questionnaireSchema, type Questionnaire } from '@insikt/core';
import { surveyDistributions, surveyLinks, surveys, surveyTemplates } from '../src/db/schema';
import { newLinkToken } from '../src/modules/surveys/survey-secrets';
import { unique, type TestContext } from './harness';

const sv = (text: string, en?: string) => (en ? { sv: text, en } : { sv: text });
const grade = [
  ['1', 'i mycket låg grad', 'to a very low degree'],
  ['2', 'i ganska låg grad', 'to a fairly low degree'],
  ['3', 'varken låg eller hög grad', 'neither low nor high'],
  ['4', 'i ganska hög grad', 'to a fairly high degree'],
  ['5', 'i mycket hög grad', 'to a very high degree'],
].map(([id, s, e]) => ({ id: id!, label: sv(s!, e) }));

/** A small questionnaire with each kind of question the answer checks care about. */
export const QUESTIONNAIRE: Questionnaire = questionnaireSchema.parse({
  kind: 'questionnaire',
  title: sv('Enkät till deltagare', 'Participant survey'),
  thanks: sv('Tack för dina svar!', 'Thank you for your answers!'),
  sections: [
    {
      id: 's1',
      questions: [
        {
          id: 'meningsfullt',
          type: 'scale',
          text: sv('Det är meningsfullt att delta', 'Taking part is meaningful'),
          required: true,
          scale: { options: [...grade, { id: 'vetej', label: sv('Vet ej', "Don't know"), outsideScale: true }] },
        },
        {
          id: 'fore',
          type: 'single',
          text: sv('Vad gjorde du innan?', 'What did you do before?'),
          options: [
            { id: 'arbete', label: sv('Arbete', 'Work') },
            { id: 'annat', label: sv('Annan sysselsättning, nämligen...', 'Other, namely...'), other: true },
          ],
        },
        {
          id: 'vidare',
          type: 'matrix',
          text: sv('Möjlighet att gå vidare mot', 'Chance of moving on to'),
          scale: { options: grade },
          statements: [
            { id: 'vidare.arbete', text: sv('Arbete', 'Work') },
            { id: 'vidare.studier', text: sv('Studier', 'Studies') },
          ],
        },
        { id: 'kommentar', type: 'text', text: sv('Övriga kommentarer', 'Other comments') },
      ],
    },
  ],
});

export async function freshSurveyTemplate(ctx: TestContext, associationId: string, locked = false) {
  const [row] = await ctx.database.db
    .insert(surveyTemplates)
    .values({ associationId, name: unique('Mall'), locked, questionnaire: QUESTIONNAIRE })
    .returning();
  return row!;
}

export async function freshSurvey(ctx: TestContext, associationId: string, interventionIds: string[] = []) {
  const [row] = await ctx.database.db
    .insert(surveys)
    .values({
      associationId,
      name: unique('Enkät'),
      interventionIds,
      origin: { file: 'json' },
      questionnaire: QUESTIONNAIRE,
    })
    .returning();
  return row!;
}

/** A distribution of a survey with one link per insats (or one for the förbund), open today by default. */
export async function freshDistribution(
  ctx: TestContext,
  survey: { id: string; associationId: string },
  patch: Partial<typeof surveyDistributions.$inferInsert> = {},
  interventionIds: string[] = [],
) {
  const [row] = await ctx.database.db
    .insert(surveyDistributions)
    .values({
      associationId: survey.associationId,
      surveyId: survey.id,
      respondentGroup: 'participants',
      interventionIds,
      opensOn: '2020-01-01',
      closesOn: '2099-12-31',
      ...patch,
    })
    .returning();
  const links = await ctx.database.db
    .insert(surveyLinks)
    .values(
      (interventionIds.length ? interventionIds : [null]).map((interventionId) => ({
        associationId: survey.associationId,
        distributionId: row!.id,
        interventionId,
        token: newLinkToken(),
      })),
    )
    .returning();
  return { distribution: row!, links };
}

/** Answers that pass the checks. */
export const GOOD_ANSWERS = {
  meningsfullt: { option: '4' },
  fore: { option: 'annat', other: 'Föräldraledig' },
  'vidare.arbete': { option: '5' },
  kommentar: { text: 'Bra bemötande.' },
};
