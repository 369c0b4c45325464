import { useQuery } from '@tanstack/react-query';
import { COLLECTED_EVIDENCE_SOURCES, type CollectedEvidenceSource, type EvidenceDocumentKind } from '@insikt/core';
import { get, query } from '../../lib/api';
import type { EvidenceItem } from '../../lib/types';

/** The document whose field the evidence belongs to. */
export interface EvidenceTarget {
  associationId: string;
  documentKind: EvidenceDocumentKind;
  documentId: string;
  fieldKey: string;
}

export const evidencePaths = (associationId: string) => {
  const items = `/associations/${associationId}/evidence-items`;
  return {
    preview: (source: string, year: number, interventionIds: readonly string[]) =>
      `/associations/${associationId}/evidence${query({ source, year })}${interventionIds.map((id) => `&interventionId=${id}`).join('')}`,
    items,
    list: (kind: string, documentId: string, fieldKey: string) =>
      `${items}${query({ documentKind: kind, documentId, fieldKey })}`,
    upload: (t: EvidenceTarget, fileName: string) =>
      `${items}/upload${query({ documentKind: t.documentKind, documentId: t.documentId, fieldKey: t.fieldKey, fileName })}`,
    remove: (id: string, version: number) => `${items}/${id}${query({ version })}`,
    file: (id: string) => `/api/v1${items}/${id}/file`,
  };
};

/** The cache key of a document's evidence; each field's list sits under it, so one invalidation covers all. */
export const evidenceKey = (documentId: string) => ['evidence', documentId];

/** The items of one field of a document (the server computes the live figures of these only). */
export function useEvidence(target: EvidenceTarget) {
  return useQuery({
    queryKey: [...evidenceKey(target.documentId), target.fieldKey],
    queryFn: () =>
      get<EvidenceItem[]>(
        evidencePaths(target.associationId).list(target.documentKind, target.documentId, target.fieldKey),
      ),
  });
}

/**
 * The sources that fit a tolvfältaren field (frameworks.md §1): field 1 the insatser, field 3 the
 * outcome with dropout and follow-up, field 5 (does the staff collaborate) survey results and deviations, field 12
 * trends and socio-economic results. Every source stays
 * available for every field, after these.
 */
const SUGGESTED: Record<string, CollectedEvidenceSource[]> = {
  '1': ['interventions', 'goal_fulfilment'],
  '3': ['outcome', 'exit_reasons', 'follow_up'],
  '5': ['surveys', 'deviations'],
  '12': ['outcome_trend', 'socioeconomic'],
};

export function sourcesFor(fieldKey: string) {
  const suggested = SUGGESTED[fieldKey] ?? [];
  return { suggested, others: COLLECTED_EVIDENCE_SOURCES.filter((s) => !suggested.includes(s)) };
}
