import { useQuery, useQueryClient } from '@tanstack/react-query';
import { can, type Permission } from '@insikt/core';
import { ApiError, get, setCsrfToken } from './api';
import type { Me } from './types';

/** The signed-in user, or null; keeps the CSRF token of the session up to date. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await get<Me>('/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** The same permission rules as the server (packages/core), so menus show only what works. */
export function useCan() {
  const { data: me } = useMe();
  return (permission: Permission, associationId?: string | null) => !!me && can(me.roles, permission, associationId);
}

export function useSignedOut() {
  const client = useQueryClient();
  return () => {
    setCsrfToken(null);
    client.clear();
    client.setQueryData(['me'], null);
  };
}
