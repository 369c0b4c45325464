import { useEffect } from 'react';
import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../lib/status-message';
import { fetchPublicPublication } from './public-deviation-api';
import { PublishedList } from './published-list';

/** The published cases without login (/avvikelser/<förbund>), only when the förbund has opened them. */
export function PublicPublishedPage() {
  const { associationId } = useParams({ from: '/avvikelser/$associationId' });
  const { t } = useTranslation();
  const pub = useQuery({
    queryKey: ['public-deviations', associationId],
    queryFn: () => fetchPublicPublication(associationId),
    retry: false,
  });
  const title = pub.data
    ? t('deviations.publicTitle', { name: pub.data.associationName })
    : t('deviations.publishedTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="respond">
      <main id="main" className="respond-main stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {pub.isPending && <Spinner aria-label={t('common.loading')} />}
        {pub.error && <StatusMessage kind="warning">{t('deviations.publicationClosed')}</StatusMessage>}
        {pub.data && (
          <>
            <Paragraph>{t('deviations.publishedIntro')}</Paragraph>
            <Paragraph>
              <Link href={`/api/v1/public/associations/${associationId}/deviations?format=atom`}>
                {t('deviations.feed')}
              </Link>
            </Paragraph>
            <PublishedList publication={pub.data} />
          </>
        )}
      </main>
    </div>
  );
}
