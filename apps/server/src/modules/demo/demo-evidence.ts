import { and, eq } from 'drizzle-orm';
import type { CollectedEvidenceSource } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { evidenceItems, selfAssessments } from '../../db/schema';
import { exitReasonsTitle } from '../evidence/evidence-exit-reasons';
import { interventionsTitle } from '../evidence/evidence-interventions';
import { outcomeTitle } from '../evidence/evidence-reports';
import type { DemoEvaluationContext } from './demo-evaluation';

// Per field, the sources a förbund would attach (frameworks.md §1), with the title the source gives.
const ATTACHED: [field: string, source: CollectedEvidenceSource, title: (year: number) => string][] = [
  ['1', 'interventions', interventionsTitle],
  ['3', 'outcome', outcomeTitle],
  ['3', 'exit_reasons', exitReasonsTitle],
];

/**
 * Evidence on the first demo förbund's draft self-assessments: figures from Insikt, live as in any
 * draft (a snapshot needs the server's disclosure secret, which the demo loader does not hold; the
 * figures freeze when a user fastställer the draft), and a link.
 */
export async function demoEvidence(tx: Tx, context: DemoEvaluationContext): Promise<void> {
  if (context.index !== 0) return;
  const drafts = await tx
    .select({ id: selfAssessments.id, year: selfAssessments.year })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.associationId, context.associationId), eq(selfAssessments.status, 'draft')));
  for (const draft of drafts) {
    const target = {
      associationId: context.associationId,
      documentKind: 'self_assessment' as const,
      documentId: draft.id,
      createdByName: 'Demo',
    };
    await tx.insert(evidenceItems).values([
      ...ATTACHED.map(([fieldKey, source, title]) => ({ ...target, fieldKey, source, title: title(draft.year) })),
      {
        ...target,
        fieldKey: '2',
        source: 'link' as const,
        title: 'Delrapport från den externa utvärderingen',
        url: 'https://example.se/delrapport',
      },
    ]);
  }
}
