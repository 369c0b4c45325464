import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';
import type { InterventionListItem } from '../../lib/types';

/** The förbund's insatser, to choose a survey's or a distribution's, and to name them. */
export function useInterventions(associationId: string) {
  const query = useQuery({
    queryKey: ['interventions', associationId, 'catalogue'],
    queryFn: () => get<InterventionListItem[]>(`/associations/${associationId}/interventions`),
  });
  const nameOf = (id: string) => query.data?.find((i) => i.id === id)?.name ?? id;
  return { ...query, nameOf };
}
