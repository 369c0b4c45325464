import { evidenceTableSchema } from '@insikt/core';

/** A piece of evidence as a small table (packages/core/src/evaluation/evidence.ts). */
export const evidenceTable = evidenceTableSchema.meta({ id: 'EvidenceTable' });
