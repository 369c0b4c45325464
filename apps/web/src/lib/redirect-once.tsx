import { useEffect, useRef } from 'react';
import { useNavigate } from '@tanstack/react-router';

/**
 * Navigates once when mounted. The router's <Navigate> re-fires whenever its props object
 * changes, which loops while a navigation is pending and the layout re-renders.
 */
export function RedirectOnce({ to, search }: { to: '/' | '/logga-in' | '/konto'; search?: Record<string, string> }) {
  const navigate = useNavigate();
  const target = useRef({ to, search });
  useEffect(() => {
    void navigate({ to: target.current.to, search: target.current.search as never, replace: true });
  }, [navigate]);
  return null;
}
