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
];
