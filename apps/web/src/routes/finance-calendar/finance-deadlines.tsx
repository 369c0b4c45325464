import { Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { FinanceDeadline } from '../../lib/types';

/** The start page's next financial dates in the förbund whose economy the user reads (issue 16 §7). */
export function FinanceDeadlines() {
  const { t } = useTranslation();
  const deadlines = useQuery({
    queryKey: ['finance-deadlines'],
    queryFn: () => get<FinanceDeadline[]>('/finance-deadlines'),
  });
  if (!deadlines.data) return null;
  const title = (d: FinanceDeadline) => (d.key ? t(`financeCalendar.events.${d.key}`) : (d.title ?? ''));
  return (
    <section className="stack" aria-labelledby="finance-deadlines">
      <Heading level={2} data-size="sm" id="finance-deadlines">
        {t('financeCalendar.start.heading')}
      </Heading>
      {deadlines.data.length === 0 ? (
        <Paragraph>{t('financeCalendar.start.none')}</Paragraph>
      ) : (
        <List.Unordered data-testid="finance-deadlines">
          {deadlines.data.map((d) => (
            <List.Item key={`${d.associationId}-${d.eventId}`}>
              <Link asChild>
                <RouterLink to={`/forbund/${d.associationId}/arshjul` as never}>
                  {d.daysLeft === 0
                    ? t('financeCalendar.start.itemToday', { title: title(d), association: d.associationName })
                    : t('financeCalendar.start.item', {
                        date: formatDate(d.date),
                        days: d.daysLeft,
                        title: title(d),
                        association: d.associationName,
                      })}
                </RouterLink>
              </Link>
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}
