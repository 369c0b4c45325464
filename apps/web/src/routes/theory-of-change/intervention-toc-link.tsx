import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import type { TheoryOfChangeSummary } from '../../lib/types';

/**
 * The insats page's way to its theory of change: the one document that covers the insats (its
 * newest edition the user may see), else the list filtered to the insats, where a writer can start
 * one (issue 13 review §1).
 */
export function InterventionTocLink({
  associationId,
  interventionId,
}: {
  associationId: string;
  interventionId: string;
}) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['theories-of-change', associationId],
    queryFn: () => get<TheoryOfChangeSummary[]>(`/associations/${associationId}/theories-of-change`),
  });
  const base = `/forbund/${associationId}/utvardering/forandringsteori`;
  const rows = list.data ?? [];
  // An edition that a later visible edition replaces is history, not a second document.
  const replaced = new Set(rows.map((r) => r.previousId));
  const covering = rows.filter((r) => r.interventionIds.includes(interventionId) && !replaced.has(r.id));
  return (
    <Link asChild>
      <RouterLink
        to={(covering.length === 1 ? `${base}/${covering[0]!.id}` : base) as never}
        search={covering.length === 1 ? undefined : ({ insats: interventionId } as never)}
      >
        {t('theoryOfChange.hubLabel')}
      </RouterLink>
    </Link>
  );
}
