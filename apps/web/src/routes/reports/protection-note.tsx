import { Paragraph } from '@digdir/designsystemet-react';
import { DEFAULT_SUPPRESSION_THRESHOLD, MAX_COUNT_NOISE } from '@insikt/core';
import { useTranslation } from 'react-i18next';

/** The one sentence beside every protected table: what was protected and why (decision 0015). */
export function ProtectionNote() {
  const { t } = useTranslation();
  return (
    <Paragraph data-size="sm">
      {t('report.suppressed', {
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
        max: DEFAULT_SUPPRESSION_THRESHOLD - 1,
        noise: MAX_COUNT_NOISE,
      })}
    </Paragraph>
  );
}
