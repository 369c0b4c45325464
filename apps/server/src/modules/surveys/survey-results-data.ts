import {
  distributionStatus,
  todayIso,
  type Answers,
  type RespondentGroup,
  type SurveyFilter,
  type SurveyResponseInput,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { responsesOf } from './responses.repository';
import { authorizeSurvey } from './survey-access';
import { compositesOf, ruleOf } from './survey-results.repository';
import { distributionsOf, findSurvey, interventionsIn, type DistributionRow } from './surveys.repository';

/** A distribution's year: the year of its closing date (the year its results belong to, decision 0037). */
export const distributionYear = (d: Pick<DistributionRow, 'closesOn'>) => Number(d.closesOn.slice(0, 4));

/**
 * The answers without their free texts (open answers and "annat, nämligen …"). A text is listed
 * whole, so while a distribution takes answers, the one new text after someone answered would be
 * that person's: texts are shown once the distribution has closed, and not under a filter or split
 * on answers (decision 0038).
 */
export function withoutTexts(answers: Answers): Answers {
  const kept: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    if ('text' in value) continue;
    if ('other' in value) {
      const { other: _text, ...choice } = value;
      kept[id] = choice;
    } else kept[id] = value;
  }
  return kept;
}

/**
 * Everything the results of one survey are computed from: the survey, its distributions (all, or
 * the chosen ones), their anonymous answers as core's results take them, the composite rules and the
 * names of the insatser answered for. The caller's role must reach the survey (404 otherwise).
 */
export async function loadSurveyResultsData(
  ex: Executor,
  actor: Actor,
  associationId: string,
  surveyId: string,
  distributionIds?: readonly string[],
) {
  const survey = authorizeSurvey(actor, 'survey.read', associationId, await findSurvey(ex, associationId, surveyId));
  const all = await distributionsOf(ex, associationId, [surveyId]);
  const chosen = distributionIds ? all.filter((d) => distributionIds.includes(d.id)) : all;
  if (distributionIds && chosen.length !== new Set(distributionIds).size) throw notFound('Utskicket');
  const stored = await responsesOf(
    ex,
    associationId,
    chosen.map((d) => d.id),
  );
  const byId = new Map(chosen.map((d) => [d.id, d]));
  const today = todayIso();
  // The year is the distribution's, so that one round of a yearly survey is one year even when
  // someone answered after New Year.
  const responses: (SurveyResponseInput & { distributionId: string })[] = stored.map((r) => {
    const distribution = byId.get(r.distributionId)!;
    const answers = distributionStatus(distribution, today) === 'closed' ? r.answers : withoutTexts(r.answers);
    return { ...r, answers, year: distributionYear(distribution) };
  });
  const interventionIds = [...new Set(chosen.flatMap((d) => d.interventionIds))];
  const interventions = await interventionsIn(ex, associationId, interventionIds);
  const composites = (await compositesOf(ex, associationId, surveyId)).map(ruleOf);
  return { survey, distributions: chosen, allDistributions: all, responses, interventions, composites };
}
export type SurveyResultsData = Awaited<ReturnType<typeof loadSurveyResultsData>>;

/**
 * How many were invited to the answers within a filter: the sum over the distributions it covers,
 * or null when that is not known — a distribution without a number, a filter on answer mode or on
 * answers (invitations have neither), or insatser that split a distribution invited as a whole.
 */
export function invitedWithin(distributions: readonly DistributionRow[], filter: SurveyFilter): number | null {
  if (filter.modes || filter.answers) return null;
  const covered = distributions.filter(
    (d) =>
      (!filter.groups || filter.groups.includes(d.respondentGroup as RespondentGroup)) &&
      (!filter.years || filter.years.includes(distributionYear(d))),
  );
  let sum = 0;
  let counted = 0;
  for (const d of covered) {
    if (d.invitedCount === null) return null;
    if (filter.interventionIds) {
      const ids: (string | null)[] = d.interventionIds.length ? d.interventionIds : [null];
      const inside = ids.filter((id) => filter.interventionIds!.includes(id));
      if (inside.length === 0) continue;
      if (inside.length < ids.length) return null;
    }
    sum += d.invitedCount;
    counted += 1;
  }
  return counted === 0 ? null : sum;
}
