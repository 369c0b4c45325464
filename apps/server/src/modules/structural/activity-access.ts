import { OTHER_ORGANISATION, type AttendanceInput, type Permission } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorizeIntervention } from '../../platform/access-control';
import { invalid, notFound } from '../../platform/errors';
import { findIntervention, memberNames } from './structural.repository';

/**
 * The structural insats an actor reads or records activities (or aktualiseringar) of: 403/404 as every insats route
 * (own insatser for insatsansvarig and utvärderare), and refused for an individual insats, whose
 * work is its participants (issue 17 §1).
 */
export async function structuralInsats(
  ex: Executor,
  actor: Actor,
  permission: Permission,
  associationId: string,
  interventionId: string,
  what: 'Aktiviteter' | 'Aktualiseringar' = 'Aktiviteter',
) {
  authorizeIntervention(actor, permission, associationId, interventionId);
  const insats = await findIntervention(ex, associationId, interventionId);
  if (!insats) throw notFound('Insatsen');
  if (insats.kind !== 'structural')
    throw invalid(
      [
        {
          field: 'interventionId',
          value: insats.name,
          message: `${what} förs bara för strukturövergripande insatser.`,
        },
      ],
      `${insats.name} är en individinriktad insats: ${what.toLowerCase()} förs bara för strukturövergripande insatser.`,
    );
  return insats;
}

/** Refuses an organisation that is neither a member of the förbund nor "Övriga", naming it. */
export async function checkOrganisations(ex: Executor, associationId: string, attendance: readonly AttendanceInput[]) {
  const known = new Set((await memberNames(ex, associationId)).map((m) => m.id));
  const issues = attendance.flatMap((o, i) =>
    o.organisationId === OTHER_ORGANISATION || known.has(o.organisationId)
      ? []
      : [
          {
            field: `attendance[${i}].organisationId`,
            value: o.organisationId,
            message: `Organisationen ${o.organisationId} är inte medlem i förbundet. Välj en medlem eller Övriga.`,
          },
        ],
  );
  if (issues.length > 0) throw invalid(issues, issues[0]!.message);
}

/** The attendance as stored: organisations without anyone present are left out. */
export const presentOnly = (attendance: readonly AttendanceInput[]) =>
  attendance.filter((o) => o.women + o.men + o.unknown > 0);
