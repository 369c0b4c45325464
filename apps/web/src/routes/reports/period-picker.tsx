import { calendarPeriodKind, calendarPeriods, CALENDAR_PERIOD_KINDS, type CalendarPeriodKind } from '@insikt/core';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../lib/fields';

export interface Period {
  from: string;
  to: string;
}

type Kind = CalendarPeriodKind | 'custom';
const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 11 }, (_, i) => thisYear - i);

const monthName = (iso: string, language: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE', { month: 'long' });

/** "mars", or "2 (maj–augusti)" for the second tertial. */
function periodName(kind: CalendarPeriodKind, index: number, period: Period, language: string): string {
  if (kind === 'month') return monthName(period.from, language);
  return `${index + 1} (${monthName(period.from, language)}–${monthName(period.to, language)})`;
}

/**
 * The report's period: a whole calendar year, half-year, tertial or month, or, for users who see
 * exact figures, any dates. Protected reports take calendar periods only (docs/decisions/0015).
 */
export function PeriodPicker({
  value,
  onChange,
  allowCustom,
}: {
  value: Period;
  onChange: (period: Period) => void;
  allowCustom: boolean;
}) {
  const { t, i18n } = useTranslation();
  const kind: Kind = calendarPeriodKind(value.from, value.to) ?? 'custom';
  const year = Number(value.from.slice(0, 4));
  const kinds: Kind[] = allowCustom ? [...CALENDAR_PERIOD_KINDS, 'custom'] : [...CALENDAR_PERIOD_KINDS];
  const choose = (next: Kind, nextYear = year, index = 0) => {
    if (next === 'custom') return onChange(value);
    const periods = calendarPeriods(nextYear, next);
    onChange(periods[Math.min(index, periods.length - 1)]!);
  };
  const index = kind === 'custom' ? 0 : calendarPeriods(year, kind).findIndex((p) => p.from === value.from);
  return (
    <>
      <SelectField
        form="report"
        errors={[]}
        name="periodKind"
        label={t('report.periodKind')}
        value={kind}
        onChange={(next) => choose(next as Kind)}
        options={kinds.map((k) => ({ value: k, label: t(`report.periodKinds.${k}`) }))}
      />
      {kind === 'custom' ? (
        (['from', 'to'] as const).map((end) => (
          <TextField
            key={end}
            form="report"
            errors={[]}
            name={end}
            type="date"
            label={end === 'from' ? t('report.from') : t('report.to')}
            value={value[end]}
            onChange={(date) => onChange({ ...value, [end]: date })}
          />
        ))
      ) : (
        <>
          <SelectField
            form="report"
            errors={[]}
            name="year"
            label={t('report.year')}
            value={String(year)}
            onChange={(y) => choose(kind, Number(y), index)}
            options={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
          />
          {kind !== 'year' && (
            <SelectField
              form="report"
              errors={[]}
              name="periodIndex"
              label={t(`report.periodKinds.${kind}`)}
              value={String(index)}
              onChange={(i) => choose(kind, year, Number(i))}
              options={calendarPeriods(year, kind).map((p, i) => ({
                value: String(i),
                label: periodName(kind, i, p, i18n.language),
              }))}
            />
          )}
        </>
      )}
    </>
  );
}
