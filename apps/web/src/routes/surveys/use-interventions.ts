import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import type { InterventionListItem } from '../../lib/types';

/** The förbund's insatser, to choose a survey's or a distribution's, and to name them. */
export function useInterventions(associationId: string) {
  const query = useQuery({
    queryKey: ['interventions', associationId, 'catalogue'],
    queryFn: () => get<InterventionListItem[]>(`/associations/${associationId}/interventions`),
  });
  const { t } = useTranslation();
  const nameOf = (id: string) => query.data?.find((i) => i.id === id)?.name ?? id;
  /** The insatser a survey or distribution is for, or "Hela förbundet" for none. */
  const scopeOf = (ids: readonly string[]) =>
    ids.length === 0 ? t('surveys.wholeAssociation') : ids.map(nameOf).join(', ');
  return { ...query, nameOf, scopeOf };
}
