import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatShare, measuredPersistence } from '@insikt/core';
import { get, query } from '../../lib/api';
import type { FollowUpReport } from '../../lib/types';

/**
 * "Effektens varaktighet" as measured by the 12-month follow-up of the insats's participants who
 * exited in the period (decision 0022), with its basis; the user may take it or keep their own.
 * Roles without personal-data access get it from the protected report, whole calendar periods only.
 */
export function PersistenceSuggestion({
  interventionId,
  period,
  current,
  onUse,
}: {
  interventionId: string;
  period: { from: string; to: string };
  current: string;
  onUse: (persistence: string) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['follow-up-report', interventionId, period],
    queryFn: () =>
      get<FollowUpReport>(`/reports/follow-up${query({ ...period, groupBy: 'intervention', interventionId })}`),
    retry: false,
  });
  const group = data?.groups[0];
  const measured = group ? measuredPersistence(group.cells) : null;
  if (!measured) return <Paragraph data-size="sm">{t('socioeconomic.persistenceNone')}</Paragraph>;
  const value = String(Math.round(measured.persistence * 100) / 100);
  return (
    <div className="row">
      <Paragraph data-size="sm">
        {t('socioeconomic.persistenceMeasured', {
          share: formatShare(measured.persistence),
          kept: measured.kept,
          n: measured.n,
          from: period.from,
          to: period.to,
          rate: formatShare(measured.responseRate),
        })}
      </Paragraph>
      {current !== value && (
        <Button variant="secondary" data-size="sm" type="button" onClick={() => onUse(value)}>
          {t('socioeconomic.persistenceUse')}
        </Button>
      )}
    </div>
  );
}
