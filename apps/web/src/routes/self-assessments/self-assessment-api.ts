import { useQuery } from '@tanstack/react-query';
import { get, query } from '../../lib/api';
import type { NiofaltOverview, SelfAssessment, SelfAssessmentYear } from '../../lib/types';

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

/** Year over year of one scope ("forbund" or an insats's id): per year the edition that counts, oldest first. */
export function useHistory(associationId: string, scope: string, enabled = true) {
  const interventionId = scope === 'forbund' ? undefined : scope;
  return useQuery({
    queryKey: ['self-assessments', associationId, 'history', scope],
    queryFn: () =>
      get<SelfAssessmentYear[]>(`${selfAssessmentPaths(associationId).api}/history${query({ interventionId })}`),
    enabled,
  });
}

/** The year before `assessment`'s among those the user may see (what it carried its actions from), if any. */
export function usePreviousYear(associationId: string, assessment: SelfAssessment | undefined) {
  const history = useHistory(associationId, assessment?.interventionId ?? 'forbund', !!assessment);
  return history.data?.filter((y) => assessment && y.year < assessment.year).at(-1);
}

/** Where each insats's niofält stands in a year. */
export function useNiofaltOverview(associationId: string, year: number) {
  return useQuery({
    queryKey: ['self-assessments', associationId, 'overview', year],
    queryFn: () => get<NiofaltOverview>(`${selfAssessmentPaths(associationId).api}/overview${query({ year })}`),
  });
}
