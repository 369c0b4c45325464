import type { CreateCodesInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { conflict, invalid } from '../../platform/errors';
import { insertCodes } from './responses.repository';
import { newCode, type SurveyCodeHasher } from './survey-secrets';
import { linksOf } from './surveys.repository';
import { reachableDistribution } from './update-distribution';

/**
 * New single-use codes for an invited list. Only their keyed hashes are stored, so the codes returned
 * here are shown once and can never be read again; nothing records who got which (issue 14 §2).
 */
export async function createCodes(
  tx: Tx,
  actor: Actor,
  codes: SurveyCodeHasher,
  associationId: string,
  surveyId: string,
  distributionId: string,
  input: CreateCodesInput,
) {
  const { survey, distribution } = await reachableDistribution(
    tx,
    actor,
    'survey.distribute',
    associationId,
    surveyId,
    distributionId,
  );
  if (!distribution.usesCodes)
    throw conflict('Utskicket används utan koder. Skapa ett utskick med engångskoder för en lista av inbjudna.');
  const links = await linksOf(tx, associationId, distributionId);
  const link = input.linkId ? links.find((l) => l.id === input.linkId) : links.length === 1 ? links[0] : undefined;
  if (!link)
    throw invalid(
      [{ field: 'linkId', message: 'Välj länken (insatsen) som ska stå på korten.', value: input.linkId ?? null }],
      'Utskicket har en länk per insats: välj vilken länk som ska stå på korten.',
    );
  const made = new Set<string>();
  while (made.size < input.count) made.add(newCode());
  // Hashed with the link on the cards: typed at another insats's link, the code is unknown there.
  const hashes = [...made].map((code) => codes.hash(link.id, code));
  // A stored code drawn again (odds about one in 10⁸ per batch) is refused rather than handed out twice.
  if ((await insertCodes(tx, associationId, distributionId, hashes)) !== hashes.length)
    throw conflict('Koderna kunde inte skapas just nu. Försök igen.');
  await writeAudit(tx, actor, {
    action: 'survey.codes.create',
    entityType: 'survey_distribution',
    entityId: distributionId,
    associationId,
    details: { surveyId, count: input.count },
  });
  return { survey, link, codes: [...made] };
}
