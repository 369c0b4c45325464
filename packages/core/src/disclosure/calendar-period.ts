/**
 * The periods a protected report may cover (docs/decisions/0015): whole calendar years,
 * half-years, tertials (the interim reports' 30 April and 31 August) and months. Free dates
 * would let anyone isolate one person as the difference of two periods a day apart; fixed
 * periods leave a small, known set of cells, each protected by the cell key method.
 */
export const CALENDAR_PERIOD_KINDS = ['year', 'half_year', 'tertial', 'month'] as const;
export type CalendarPeriodKind = (typeof CALENDAR_PERIOD_KINDS)[number];

// Months per kind and the months (1–12) a period of that kind may start in.
const SHAPES: Record<CalendarPeriodKind, { months: number; starts: readonly number[] }> = {
  year: { months: 12, starts: [1] },
  half_year: { months: 6, starts: [1, 7] },
  tertial: { months: 4, starts: [1, 5, 9] },
  month: { months: 1, starts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
};

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The kind of calendar period `from`–`to` (ISO dates) is, or null when it is none. */
export function calendarPeriodKind(from: string, to: string): CalendarPeriodKind | null {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy !== ty || fd !== 1 || td !== lastDayOfMonth(ty, tm)) return null;
  const months = tm - fm + 1;
  return (
    CALENDAR_PERIOD_KINDS.find((kind) => SHAPES[kind].months === months && SHAPES[kind].starts.includes(fm)) ?? null
  );
}

/** The calendar periods of one kind in a year, as ISO from/to dates. */
export function calendarPeriods(year: number, kind: CalendarPeriodKind): { from: string; to: string }[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return SHAPES[kind].starts.map((start) => {
    const end = start + SHAPES[kind].months - 1;
    return { from: `${year}-${pad(start)}-01`, to: `${year}-${pad(end)}-${pad(lastDayOfMonth(year, end))}` };
  });
}
