import { useEffect } from 'react';

/** Every screen has its own document title (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Insikt`;
  }, [title]);
}
