import type { InterventionInput } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { invalid, type FieldIssue } from '../../platform/errors';
import { associationMunicipalitiesOf, membersOf } from '../organisation/organisation.repository';

/** Owner and partners must be members of the association, kommuner among its kommuner. */
export async function checkInterventionReferences(ex: Executor, associationId: string, input: InterventionInput) {
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
  if (issues.length) throw invalid(issues);
}
