import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A polite live region, so screen readers hear the result of an action (WCAG 4.1.3). */
export function StatusMessage({
  kind,
  children,
}: {
  kind: 'success' | 'danger' | 'info' | 'warning';
  children: ReactNode;
}) {
  return (
    <Alert data-color={kind} role={kind === 'danger' ? 'alert' : 'status'}>
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
