import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';
import type { Association, Intervention } from '../../lib/types';

/** What the participant screens need besides the record: the association and its insatser. */
export function useParticipantContext(associationId: string) {
  const association = useQuery({
    queryKey: ['association', associationId],
    queryFn: () => get<Association>(`/associations/${associationId}`),
  });
  const interventions = useQuery({
    queryKey: ['interventions', associationId],
    queryFn: () => get<Intervention[]>(`/associations/${associationId}/interventions`),
  });
  return {
    association: association.data,
    interventions: interventions.data,
    error: association.error ?? interventions.error,
  };
}
