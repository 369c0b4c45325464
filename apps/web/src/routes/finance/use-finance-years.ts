import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';
import type { FinanceYearList } from '../../lib/types';

const thisYear = new Date().getFullYear();

/**
 * The year a förbund's economy screen opens on (decision 0064): Ekonomi on the latest year the förbund
 * keeps or has outcome for (an empty current year helps no one), Medlemsbidrag on the year being budgeted,
 * never before next year (the letter in spring is about the coming year). Null while loading.
 */
export function useOpeningYear(associationId: string, screen: 'finance' | 'contributions'): string | null {
  const years = useQuery({
    queryKey: ['finance-years', associationId],
    queryFn: () => get<FinanceYearList>(`/associations/${associationId}/finance/years`),
  });
  if (years.isLoading) return null;
  const latest = years.data?.years.at(-1);
  // The screens' year lists end at the year after next.
  const year = screen === 'finance' ? (latest ?? thisYear) : Math.max(latest ?? 0, thisYear + 1);
  return String(Math.min(year, thisYear + 2));
}
