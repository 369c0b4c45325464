import { Heading, Link, List } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_KINDS, followUpWindow, todayIso } from '@insikt/core';
import type { Participation } from '../../lib/types';

/** The follow-ups of an exited participation on its page: made (date, reached) or not, with a link when due. */
export function FollowUpSummary({
  associationId,
  participation: p,
}: {
  associationId: string;
  participation: Participation;
}) {
  const { t } = useTranslation();
  if (!p.exitDate) return null;
  const today = todayIso();
  const exitDate = p.exitDate;
  return (
    <section className="stack" aria-labelledby="follow-up-heading">
      <Heading level={2} data-size="sm" id="follow-up-heading">
        {t('followUps.title')}
      </Heading>
      <List.Unordered>
        {FOLLOW_UP_KINDS.map((kind) => {
          const date = kind === '6m' ? p.followUp6mDate : p.followUp12mDate;
          const support = kind === '6m' ? p.followUp6m : p.followUp12m;
          const reached = (kind === '6m' ? p.followUp6mReached : p.followUp12mReached) ?? true;
          const w = followUpWindow(exitDate, kind);
          const label = t(`followUps.kinds.${kind}`);
          if (date || support)
            return (
              <List.Item key={kind}>
                {t('followUps.recorded', {
                  kind: label,
                  date: date ?? '–',
                  reached: t(reached ? 'followUps.reachedShort' : 'followUps.notReachedShort'),
                })}
              </List.Item>
            );
          return (
            <List.Item key={kind}>
              {t('followUps.notRecorded', { kind: label, opens: w.opens, closes: w.closes })}
              {today >= w.opens && today <= w.closes && (
                <>
                  {' '}
                  <Link asChild>
                    <RouterLink to={`/forbund/${associationId}/uppfoljningar/${p.id}/${kind}` as never}>
                      {t('followUps.record')}
                    </RouterLink>
                  </Link>
                </>
              )}
            </List.Item>
          );
        })}
      </List.Unordered>
    </section>
  );
}
