import type { Executor } from '../../db/open-db';
import type { EvidenceDocument } from '../evidence/evidence-documents';
import { findAssessment } from './self-assessments.repository';

/**
 * What the evidence store needs to know of a self-assessment: its förbund, insats, status and year.
 * With `lock` the row stays locked: evidence attached at the moment of fastställande either lands
 * before the freeze (and is frozen) or after it (and is refused), never on a fastställd document unfrozen.
 */
export async function selfAssessmentForEvidence(
  ex: Executor,
  associationId: string,
  id: string,
  lock = false,
): Promise<EvidenceDocument | undefined> {
  const row = await findAssessment(ex, associationId, id, lock);
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
