import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '../roles';
import { canOnEvaluation } from './access';

const A = 'a1';
const admin: RoleAssignment[] = [{ role: 'association_admin', associationId: A }];
const lead: RoleAssignment[] = [{ role: 'intervention_lead', associationId: A, interventionIds: ['i1'] }];
const evaluator: RoleAssignment[] = [{ role: 'evaluator', associationId: A, interventionIds: ['i1', 'i2'] }];
const reader: RoleAssignment[] = [{ role: 'reader', associationId: A }];
const national: RoleAssignment[] = [{ role: 'national_reader', associationId: null }];

describe('canOnEvaluation', () => {
  it('lets the förbundsadministratör write förbund-level and insats-level documents of its förbund only', () => {
    expect(canOnEvaluation(admin, 'evaluation.write', A, [])).toBe(true);
    expect(canOnEvaluation(admin, 'evaluation.write', A, ['i9'])).toBe(true);
    expect(canOnEvaluation(admin, 'evaluation.write', 'other', [])).toBe(false);
  });

  it('keeps an insatsansvarig to its own insatser, and off the förbund-level documents', () => {
    expect(canOnEvaluation(lead, 'evaluation.write', A, ['i1'])).toBe(true);
    expect(canOnEvaluation(lead, 'evaluation.write', A, ['i2'])).toBe(false);
    expect(canOnEvaluation(lead, 'evaluation.write', A, [])).toBe(false);
    expect(canOnEvaluation(lead, 'evaluation.approve', A, ['i1'])).toBe(true);
  });

  it('lets an utvärderare write a cluster only when every insats of it is assigned, and never fastställa', () => {
    expect(canOnEvaluation(evaluator, 'evaluation.write', A, ['i1', 'i2'])).toBe(true);
    expect(canOnEvaluation(evaluator, 'evaluation.write', A, ['i1', 'i3'])).toBe(false);
    expect(canOnEvaluation(evaluator, 'evaluation.approve', A, ['i1'])).toBe(false);
  });

  it('lets every role of the förbund read its fastställda documents, förbund-level and every insats', () => {
    const officer: RoleAssignment[] = [{ role: 'participant_officer', associationId: A, interventionIds: ['i1'] }];
    for (const roles of [lead, evaluator, officer]) {
      expect(canOnEvaluation(roles, 'evaluation.read', A, [])).toBe(true);
      expect(canOnEvaluation(roles, 'evaluation.read', A, ['i9'])).toBe(true);
      expect(canOnEvaluation(roles, 'evaluation.read', 'other', [])).toBe(false);
    }
    // Drafts keep the insats scoping.
    expect(canOnEvaluation(lead, 'evaluation.draft', A, ['i9'])).toBe(false);
    expect(canOnEvaluation(evaluator, 'evaluation.draft', A, [])).toBe(false);
    expect(canOnEvaluation(officer, 'evaluation.draft', A, ['i1'])).toBe(false);
  });

  it('gives readers and the national reader the fastställda documents and nothing else', () => {
    for (const roles of [reader, national]) {
      expect(canOnEvaluation(roles, 'evaluation.read', A, [])).toBe(true);
      expect(canOnEvaluation(roles, 'evaluation.read', A, ['i1'])).toBe(true);
      expect(canOnEvaluation(roles, 'evaluation.draft', A, ['i1'])).toBe(false);
      expect(canOnEvaluation(roles, 'evaluation.write', A, [])).toBe(false);
    }
  });
});
