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

/** Redirects once to any path of the app (built at run time, e.g. with an id). */
export function RedirectTo({ to }: { to: string }) {
  const navigate = useNavigate();
  const target = useRef(to);
  useEffect(() => {
    void navigate({ to: target.current as never, replace: true });
  }, [navigate]);
  return null;
}
