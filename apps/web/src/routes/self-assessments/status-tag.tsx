import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Utkast or fastställd, as a tag. */
export function StatusTag({ status }: { status: 'draft' | 'approved' }) {
  const { t } = useTranslation();
  return <Tag data-color={status === 'approved' ? 'success' : 'info'}>{t(`selfAssessments.statuses.${status}`)}</Tag>;
}
