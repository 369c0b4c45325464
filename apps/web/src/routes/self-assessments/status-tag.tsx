import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * Utkast or fastställd, as a tag: fastställd in success green, utkast in warning yellow (not yet
 * decided), the two colours the rest of the app uses for done and pending.
 */
export function StatusTag({ status }: { status: 'draft' | 'approved' }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={status === 'approved' ? 'success' : 'warning'}>{t(`selfAssessments.statuses.${status}`)}</Tag>
  );
}
