import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';
import type { EmailStatus } from '../../lib/types';

/** Whether the server can send e-mail: what depends on it (a reset link, an invitation) is offered only then. */
export function useEmailConfigured(): boolean {
  const { data } = useQuery({
    queryKey: ['email-status'],
    queryFn: () => get<EmailStatus>('/notifications/status'),
    staleTime: 300_000,
  });
  return data?.emailConfigured ?? false;
}
