import { useQuery } from '@tanstack/react-query';
import { get } from './api';
import type { AssociationSummary } from './types';

export function useAssociations() {
  return useQuery({ queryKey: ['associations'], queryFn: () => get<AssociationSummary[]>('/associations') });
}
