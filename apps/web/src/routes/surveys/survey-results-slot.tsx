import type { Survey } from '../../lib/types';

/**
 * The place on the survey page where the results go (issue 14 §4). The results screens come from
 * the survey-report work: it replaces this component's body. Until then the page promises nothing.
 */
export function SurveyResultsSlot(_: { associationId: string; survey: Survey }) {
  return null;
}
