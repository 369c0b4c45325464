import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import { StatusMessage } from '../../lib/status-message';
import type { DeviationPublication } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { deviationPaths } from './deviation-paths';
import { PublishedList } from './published-list';

/** The published cases for the förbund's signed-in users, with the Atom feed. */
export function PublishedPage() {
  const { t } = useTranslation();
  usePageTitle(t('deviations.publishedTitle'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const path = `/associations/${associationId}/published-deviations`;
  const pub = useQuery({
    queryKey: ['published-deviations', associationId],
    queryFn: () => get<DeviationPublication>(path),
  });
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={deviationPaths(associationId).page as never}>{t('deviations.backToList')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('deviations.publishedTitle')}
      </Heading>
      <Paragraph>{t('deviations.publishedIntro')}</Paragraph>
      <Paragraph>
        <Link href={`/api/v1${path}?format=atom`}>{t('deviations.feed')}</Link>
      </Paragraph>
      {pub.isLoading && <Spinner aria-label={t('common.loading')} />}
      {pub.error && <StatusMessage kind="danger">{pub.error.message}</StatusMessage>}
      {pub.data && <PublishedList publication={pub.data} />}
    </div>
  );
}
