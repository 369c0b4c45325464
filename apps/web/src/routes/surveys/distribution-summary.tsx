import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SurveyDistribution } from '../../lib/types';

const STATUS_COLOR = { open: 'success', not_open: 'info', closed: 'neutral' } as const;

/** Whether a distribution takes answers: open, not open yet, or closed. */
export function StatusTag({ status }: { status: SurveyDistribution['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm">
      {t(`surveys.statuses.${status}`)}
    </Tag>
  );
}

/** The years a distribution ran: "2025", or "2025–2026". */
export const yearsOf = (d: SurveyDistribution) =>
  d.opensOn.slice(0, 4) === d.closesOn.slice(0, 4)
    ? d.opensOn.slice(0, 4)
    : `${d.opensOn.slice(0, 4)}–${d.closesOn.slice(0, 4)}`;

/** "Deltagare, Steg till arbete 2025 · Stängd · 46 svar av 60": a distribution in one line, its state as a tag. */
export function DistributionSummary({ distribution: d, scope }: { distribution: SurveyDistribution; scope: string }) {
  const { t } = useTranslation();
  return (
    <span className="row">
      <span>{`${t(`surveys.groups.${d.respondentGroup}`)}, ${scope} ${yearsOf(d)}`}</span>
      <StatusTag status={d.status} />
      <span>{answersText(d, t)}</span>
    </span>
  );
}

/**
 * The count is protected like every survey figure (cell-key method): null means answers exist but
 * fewer than the förbund's threshold, so the screen says so instead of a number; a shown count is
 * "about" so, since staff who know how many answered would otherwise take the noise for an error.
 */
export function answersText(d: SurveyDistribution, t: (key: string, options?: Record<string, unknown>) => string) {
  if (d.responses === null) return t('surveys.fewAnswers');
  if (d.responses === 0)
    return d.invitedCount
      ? t('surveys.answersOfInvited', { count: 0, invited: d.invitedCount })
      : t('surveys.answers', { count: 0 });
  return d.invitedCount
    ? t('surveys.aboutAnswersOfInvited', { count: d.responses, invited: d.invitedCount })
    : t('surveys.aboutAnswers', { count: d.responses });
}
