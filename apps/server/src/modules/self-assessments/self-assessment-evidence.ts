import type { Executor } from '../../db/open-db';
import type { EvidenceDocument } from '../evidence/evidence-documents';
import { findAssessment } from './self-assessments.repository';

/** What the evidence store needs to know of a self-assessment: its förbund, insats, status and year. */
export async function selfAssessmentForEvidence(
  ex: Executor,
  associationId: string,
  id: string,
): Promise<EvidenceDocument | undefined> {
  const row = await findAssessment(ex, associationId, id);
  return (
    row && {
      associationId: row.associationId,
      interventionIds: row.interventionId ? [row.interventionId] : [],
      status: row.status,
      year: row.year,
      title: 'Självvärderingen',
    }
  );
}
