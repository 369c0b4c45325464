import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';
import type { SelfAssessment } from '../../lib/types';

/** The API paths and screen addresses of the self-assessments of a förbund. */
export const selfAssessmentPaths = (associationId: string) => {
  const api = `/associations/${associationId}/self-assessments`;
  const screen = `/forbund/${associationId}/utvardering/sjalvvardering`;
  return {
    api,
    one: (id: string) => `${api}/${id}`,
    download: (id: string, format: 'docx' | 'pdf') => `/api/v1${api}/${id}/export?format=${format}`,
    screen,
    page: (id: string) => `${screen}/${id}`,
    field: (id: string, field: number) => `${screen}/${id}/falt/${field}`,
    /** Year over year of one scope: "forbund" (tolvfältaren) or an insats's id (its niofält). */
    compare: (scope: string) => `${screen}/jamfor/${scope}`,
    template: (kind: string) => `${screen}/mall/${kind}`,
  };
};

export const assessmentKey = (id: string) => ['self-assessment', id];

/** One edition, kept in the query cache under its id. */
export function useSelfAssessment(associationId: string, id: string) {
  return useQuery({
    queryKey: assessmentKey(id),
    queryFn: () => get<SelfAssessment>(selfAssessmentPaths(associationId).one(id)),
  });
}
