import { OWN_ORGANISATION, type InterventionInput } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { invalid, type FieldIssue } from '../../platform/errors';
import { associationMunicipalitiesOf, membersOf } from '../organisation/organisation.repository';
import { goalSurveyIssues } from '../surveys/survey-goal-check';

/**
 * Owner and partners must be members of the association, kommuner among its kommuner, a goal's
 * survey one the actor reaches, for this insats (null: one being created), and the parties a goal's
 * deviations are narrowed to the förbund's members.
 */
export async function checkInterventionReferences(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string | null,
  input: InterventionInput,
) {
  const memberIds = new Set((await membersOf(ex, associationId)).map((m) => m.id));
  const codes = new Set((await associationMunicipalitiesOf(ex, associationId)).map((m) => m.code));
  const issues: FieldIssue[] = [];
  if (input.ownerMemberId && !memberIds.has(input.ownerMemberId)) {
    issues.push({
      field: 'ownerMemberId',
      value: input.ownerMemberId,
      message: 'Huvudmannen är inte medlem i förbundet.',
    });
  }
  for (const id of input.partnerMemberIds) {
    if (!memberIds.has(id))
      issues.push({ field: 'partnerMemberIds', value: id, message: 'Samverkansparten är inte medlem i förbundet.' });
  }
  for (const code of input.municipalityCodes) {
    if (!codes.has(code))
      issues.push({ field: 'municipalityCodes', value: code, message: `Kommunen ${code} ingår inte i förbundet.` });
  }
  for (const [i, goal] of input.goals.entries())
    for (const party of goal.deviations?.parties ?? [])
      if (party !== OWN_ORGANISATION && !memberIds.has(party))
        issues.push({
          field: `goals.${i}.deviations.parties`,
          value: party,
          message: `Mål ${i + 1}: parten är inte medlem i förbundet.`,
        });
  issues.push(...(await goalSurveyIssues(ex, actor, associationId, interventionId, input.goals)));
  if (issues.length) throw invalid(issues);
}
