import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { distributionView } from './get-survey';
import { linksOf, responseCounts } from './surveys.repository';
import { reachableDistribution } from './update-distribution';

export async function getDistribution(ex: Executor, actor: Actor, associationId: string, surveyId: string, id: string) {
  const { distribution } = await reachableDistribution(ex, actor, 'survey.read', associationId, surveyId, id);
  const counts = await responseCounts(ex, associationId, [id]);
  return distributionView(distribution, counts.get(id));
}

/** The distribution's anonymous links; only for those who send the survey out. */
export async function distributionLinks(
  ex: Executor,
  actor: Actor,
  associationId: string,
  surveyId: string,
  id: string,
) {
  await reachableDistribution(ex, actor, 'survey.distribute', associationId, surveyId, id);
  return linksOf(ex, associationId, id);
}

export async function distributionLink(
  ex: Executor,
  actor: Actor,
  associationId: string,
  surveyId: string,
  id: string,
  linkId: string,
) {
  const link = (await distributionLinks(ex, actor, associationId, surveyId, id)).find((l) => l.id === linkId);
  if (!link) throw notFound('Länken');
  return link;
}
