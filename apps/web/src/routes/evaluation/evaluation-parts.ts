import type { Permission } from '@insikt/core';

/**
 * The parts of the evaluation module, in the order the hub lists them. Each part adds one entry:
 * its path under /forbund/<id>/utvardering, the i18n keys of its name and one-line description (in
 * the part's own namespace) and the permission that shows it.
 */
export interface EvaluationPart {
  path: string;
  labelKey: string;
  descriptionKey: string;
  permission: Permission;
}

export const EVALUATION_PARTS: EvaluationPart[] = [
  {
    path: 'sjalvvardering',
    labelKey: 'selfAssessments.title',
    descriptionKey: 'selfAssessments.hubDescription',
    permission: 'evaluation.read',
  },
  {
    path: 'programlogik',
    labelKey: 'programmeLogic.title',
    descriptionKey: 'programmeLogic.hubDescription',
    permission: 'evaluation.read',
  },
  {
    path: 'effektivitet',
    labelKey: 'effectiveness.title',
    descriptionKey: 'effectiveness.hubDescription',
    permission: 'evaluation.read',
  },
  {
    path: 'forandringsteori',
    labelKey: 'theoryOfChange.hubLabel',
    descriptionKey: 'theoryOfChange.hubDescription',
    permission: 'evaluation.read',
  },
  {
    path: 'implementering',
    labelKey: 'implementation.hubLabel',
    descriptionKey: 'implementation.hubDescription',
    permission: 'report.read',
  },
];
