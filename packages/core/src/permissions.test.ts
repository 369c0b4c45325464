import { describe, expect, it } from 'vitest';
import {
  can,
  canGrantRole,
  canInIntervention,
  interventionScope,
  isValidAssignment,
  needsSuppression,
  scopeFor,
} from './permissions';
import type { RoleAssignment } from './roles';

const A = 'assoc-a';
const B = 'assoc-b';
const admin: RoleAssignment[] = [{ role: 'association_admin', associationId: A }];
const system: RoleAssignment[] = [{ role: 'system_admin', associationId: null }];
const reader: RoleAssignment[] = [{ role: 'reader', associationId: A }];
const national: RoleAssignment[] = [{ role: 'national_reader', associationId: null }];

describe('can', () => {
  it('lets an association administrator manage only their own association', () => {
    expect(can(admin, 'association.update', A)).toBe(true);
    expect(can(admin, 'association.update', B)).toBe(false);
    expect(can(admin, 'user.manage', A)).toBe(true);
    expect(can(admin, 'user.manage', B)).toBe(false);
    expect(can(admin, 'association.create')).toBe(false);
  });
  it('lets a system administrator do everything in every association', () => {
    for (const p of ['association.create', 'association.update', 'user.manage', 'audit.read'] as const) {
      expect(can(system, p, B)).toBe(true);
    }
  });
  it('gives readers read access to their association and nothing else', () => {
    expect(can(reader, 'association.read', A)).toBe(true);
    expect(can(reader, 'association.read', B)).toBe(false);
    expect(can(reader, 'association.update', A)).toBe(false);
    expect(can(reader, 'audit.read')).toBe(false);
  });
  it('lets a national reader read every association but change nothing', () => {
    expect(can(national, 'association.read', B)).toBe(true);
    expect(can(national, 'association.update', B)).toBe(false);
    expect(can(national, 'user.manage')).toBe(false);
  });
  it('gives a national reader the catalogue of insatser but no page that names people', () => {
    expect(can(national, 'intervention.catalogue', B)).toBe(true);
    expect(can(national, 'intervention.read', B)).toBe(false);
    expect(can(national, 'association.people', B)).toBe(false);
  });
  it('combines roles held in several associations', () => {
    const both: RoleAssignment[] = [...admin, { role: 'reader', associationId: B }];
    expect(scopeFor(both, 'association.read')).toEqual({ kind: 'some', ids: [A, B] });
    expect(scopeFor(both, 'user.manage')).toEqual({ kind: 'some', ids: [A] });
    expect(scopeFor([], 'association.read')).toEqual({ kind: 'some', ids: [] });
  });
});

describe('canGrantRole', () => {
  it('lets an association administrator grant association roles in their association only', () => {
    expect(canGrantRole(admin, { role: 'participant_officer', associationId: A })).toBe(true);
    expect(canGrantRole(admin, { role: 'association_admin', associationId: A })).toBe(true);
    expect(canGrantRole(admin, { role: 'participant_officer', associationId: B })).toBe(false);
    expect(canGrantRole(admin, { role: 'system_admin', associationId: null })).toBe(false);
    expect(canGrantRole(admin, { role: 'national_reader', associationId: null })).toBe(false);
  });
  it('lets a system administrator grant anything', () => {
    expect(canGrantRole(system, { role: 'system_admin', associationId: null })).toBe(true);
    expect(canGrantRole(system, { role: 'reader', associationId: B })).toBe(true);
  });
  it('refuses global roles tied to an association and association roles without one', () => {
    expect(isValidAssignment({ role: 'system_admin', associationId: A })).toBe(false);
    expect(isValidAssignment({ role: 'reader', associationId: null })).toBe(false);
    expect(isValidAssignment({ role: 'reader', associationId: A })).toBe(true);
  });
});

describe('intervention scope', () => {
  const lead: RoleAssignment[] = [{ role: 'intervention_lead', associationId: A, interventionIds: ['i1'] }];
  const coach: RoleAssignment[] = [{ role: 'participant_officer', associationId: A, interventionIds: ['i1', 'i2'] }];
  it('limits insatsansvarig and deltagaransvarig to their assigned interventions', () => {
    expect(interventionScope(lead, 'intervention.update', A)).toEqual({ kind: 'some', ids: ['i1'] });
    expect(canInIntervention(coach, 'participant.write', A, 'i2')).toBe(true);
    expect(canInIntervention(coach, 'participant.write', A, 'i3')).toBe(false);
    expect(canInIntervention(coach, 'participant.write', B, 'i1')).toBe(false);
  });
  it('gives an association administrator every intervention of their association', () => {
    expect(interventionScope(admin, 'participant.read', A)).toEqual({ kind: 'all' });
    expect(interventionScope(admin, 'participant.read', B)).toEqual({ kind: 'some', ids: [] });
  });
  it('never gives personal data to readers, evaluators or system administrators', () => {
    for (const roles of [
      reader,
      system,
      national,
      [{ role: 'evaluator', associationId: A, interventionIds: ['i1'] }] as RoleAssignment[],
    ]) {
      expect(can(roles, 'participant.read', A)).toBe(false);
      expect(needsSuppression(roles, A)).toBe(true);
    }
    expect(needsSuppression(admin, A)).toBe(false);
    expect(needsSuppression(admin, B)).toBe(true);
    expect(needsSuppression(coach, A)).toBe(false);
  });
  it('protects every report of a coach who also reads insatser whose participants they may not see', () => {
    const coachOf = (ids: string[]): RoleAssignment => ({
      role: 'participant_officer',
      associationId: A,
      interventionIds: ids,
    });
    // Issue 12, attack: one coach role used to lift protection in the whole förbund.
    expect(
      needsSuppression([coachOf(['i2']), { role: 'evaluator', associationId: A, interventionIds: ['i1'] }], A),
    ).toBe(true);
    expect(needsSuppression([coachOf([]), ...reader], A)).toBe(true);
    expect(needsSuppression([coachOf([]), ...national], A)).toBe(true);
    expect(needsSuppression([coachOf(['i1'])], B)).toBe(true);
    expect(needsSuppression([coachOf([])], A)).toBe(true);
    // Reading only what one may see in person stays exact, as does the förbundsadministratör's reading.
    expect(
      needsSuppression([coachOf(['i1', 'i2']), { role: 'evaluator', associationId: A, interventionIds: ['i1'] }], A),
    ).toBe(false);
    expect(needsSuppression([...admin, ...reader], A)).toBe(false);
  });
});
