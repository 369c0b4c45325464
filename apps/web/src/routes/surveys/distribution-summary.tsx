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

/** "Deltagare · Öppen · 12 av 40 svar": a distribution in one line, its state as a tag. */
export function DistributionSummary({ distribution: d }: { distribution: SurveyDistribution }) {
  const { t } = useTranslation();
  return (
    <span className="row">
      <span>{t(`surveys.groups.${d.respondentGroup}`)}</span>
      <StatusTag status={d.status} />
      <span>{answersText(d, t)}</span>
    </span>
  );
}

/**
 * The count is protected like every survey figure (cell-key method): null means answers exist but
 * fewer than the förbund's threshold, so the screen says so instead of a number.
 */
export function answersText(d: SurveyDistribution, t: (key: string, options?: Record<string, unknown>) => string) {
  if (d.responses === null) return t('surveys.fewAnswers');
  return d.invitedCount
    ? t('surveys.answersOfInvited', { count: d.responses, invited: d.invitedCount })
    : t('surveys.answers', { count: d.responses });
}
