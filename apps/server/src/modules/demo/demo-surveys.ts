import {
  builtInSurveyTemplate,
  questionsOf,
  type Answers,
  type Questionnaire,
  type RespondentGroup,
  type SurveyQuestion,
} from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { surveyDistributions, surveyLinks, surveyResponses, surveys } from '../../db/schema';
import { newLinkToken, newRecordKey } from '../surveys/survey-secrets';
import type { DemoEvaluationContext } from './demo-evaluation';
import { randomSource } from './random';

type Random = ReturnType<typeof randomSource>;

// A few open comments of the kind 002's participants wrote; most respondents leave the field blank.
const COMMENTS = [
  'Bra bemötande från personalen.',
  'Det hade varit bra med mer praktik.',
  'Jag fick hjälp att komma vidare.',
  'Ibland var det svårt att veta vem som var ansvarig.',
  'Mötena med Försäkringskassan och kommunen samtidigt gjorde skillnad.',
];

/** A scale answer leaning positive, as 002's results do (about 80 % in the top two), with some "vet ej". */
function scaleAnswer(r: Random, options: { id: string; outsideScale?: boolean }[], mood: number) {
  const outside = options.filter((o) => o.outsideScale);
  if (outside.length > 0 && r.chance(0.1)) return r.pick(outside).id;
  const inScale = options.filter((o) => !o.outsideScale);
  // Weights rise towards the top of the scale; `mood` shifts them per insats and year.
  return r.weighted(inScale.map((o, i) => [o.id, Math.pow(i + 1, 1.6 + mood)] as [string, number]));
}

function answerFor(r: Random, question: SurveyQuestion, mood: number): Answers {
  switch (question.type) {
    case 'scale':
      return { [question.id]: { option: scaleAnswer(r, question.scale.options, mood) } };
    case 'matrix':
      return Object.fromEntries(
        question.statements
          .filter(() => !r.chance(0.04))
          .map((s) => [s.id, { option: scaleAnswer(r, question.scale.options, mood) }]),
      );
    case 'single': {
      const option = r.weighted(question.options.map((o, i) => [o, o.other ? 1 : 4 - (i % 3)] as const));
      return { [question.id]: option.other ? { option: option.id, other: 'Föräldraledig' } : { option: option.id } };
    }
    case 'multiple':
      return { [question.id]: { options: [r.pick(question.options).id] } };
    case 'number':
      return { [question.id]: { number: r.int(question.min ?? 1, Math.min(question.max ?? 24, 24)) } };
    case 'text':
      return r.chance(0.15) ? { [question.id]: { text: r.pick(COMMENTS) } } : {};
    case 'date':
      return {};
  }
}

const answersTo = (r: Random, q: Questionnaire, mood: number): Answers =>
  Object.assign({}, ...questionsOf(q).map((question) => answerFor(r, question, mood)));

/** Guards the templates the demo relies on: they come from core's registry. */
const template = (key: string) => {
  const found = builtInSurveyTemplate(key);
  if (!found) throw new Error(`The built-in survey template ${key} is missing.`);
  return found;
};

interface DemoDistribution {
  group: RespondentGroup;
  opensOn: string;
  closesOn: string;
  /** Answers per insats: above the threshold, so results can be shown. */
  perInsats: number;
  invited: number;
  mood: number;
}

async function writeSurvey(
  tx: Tx,
  r: Random,
  context: DemoEvaluationContext,
  spec: { name: string; key: string; interventionIds: string[]; distributions: DemoDistribution[] },
) {
  const builtIn = template(spec.key);
  const [survey] = await tx
    .insert(surveys)
    .values({
      associationId: context.associationId,
      name: spec.name,
      interventionIds: spec.interventionIds,
      origin: { builtIn: builtIn.key, version: builtIn.version },
      questionnaire: builtIn.questionnaire,
    })
    .returning();
  for (const d of spec.distributions) {
    const [distribution] = await tx
      .insert(surveyDistributions)
      .values({
        associationId: context.associationId,
        surveyId: survey!.id,
        respondentGroup: d.group,
        interventionIds: spec.interventionIds,
        opensOn: d.opensOn,
        closesOn: d.closesOn,
        invitedCount: d.invited * spec.interventionIds.length,
      })
      .returning();
    for (const [index, interventionId] of spec.interventionIds.entries()) {
      const [link] = await tx
        .insert(surveyLinks)
        .values({
          associationId: context.associationId,
          distributionId: distribution!.id,
          interventionId,
          token: newLinkToken(),
        })
        .returning();
      const count = d.perInsats + r.int(-2, 2);
      const mood = d.mood + (index === 0 ? 0.3 : -0.2);
      await tx.insert(surveyResponses).values(
        Array.from({ length: count }, (_, i) => ({
          associationId: context.associationId,
          distributionId: distribution!.id,
          linkId: link!.id,
          interventionId,
          // 002 pooled web answers with interviews: one in five here.
          mode: i % 5 === 0 ? ('interview' as const) : ('web' as const),
          language: r.chance(0.1) ? ('en' as const) : ('sv' as const),
          answeredOn: r.dateBetween(d.opensOn, d.closesOn),
          recordKey: newRecordKey(),
          answers: answersTo(r, builtIn.questionnaire, mood),
        })),
      );
    }
  }
}

/**
 * Demo surveys (issue 14 §7): the participant survey (002 Bilaga 6) for two insatser in two years,
 * and the staff survey (Bilaga 4), with answers enough per insats to pass the threshold, a realistic
 * spread, some "vet ej" and a few open comments. The fullest material goes to the first förbund.
 */
export async function demoSurveys(tx: Tx, context: DemoEvaluationContext): Promise<void> {
  if (context.interventionIds.length < 2) return;
  const r = randomSource(1400 + context.index);
  const year = Number(context.today.slice(0, 4));
  const insatser = context.interventionIds.slice(0, 2);
  const spring = (y: number): Pick<DemoDistribution, 'opensOn' | 'closesOn'> => ({
    opensOn: `${y}-03-01`,
    closesOn: `${y}-04-15`,
  });
  const full = context.index === 0;
  await writeSurvey(tx, r, context, {
    name: 'Deltagarenkät (Bilaga 6)',
    key: 'participants-b6',
    interventionIds: insatser,
    distributions: [
      { group: 'participants', ...spring(year - 2), perInsats: full ? 24 : 12, invited: full ? 30 : 16, mood: 0 },
      { group: 'participants', ...spring(year - 1), perInsats: full ? 28 : 12, invited: full ? 32 : 16, mood: 0.3 },
    ],
  });
  if (!full) return;
  await writeSurvey(tx, r, context, {
    name: 'Enkät till handläggare i projekten (Bilaga 4)',
    key: 'staff-projects-b4',
    interventionIds: insatser,
    distributions: [
      {
        group: 'intervention_staff',
        opensOn: `${year - 1}-09-01`,
        closesOn: `${year - 1}-09-30`,
        perInsats: 9,
        invited: 11,
        mood: 0.1,
      },
    ],
  });
}
