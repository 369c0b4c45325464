import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFound'));
  return (
    <main id="main" className="stack">
      <Heading level={1} data-size="lg">
        {t('errors.notFound')}
      </Heading>
      <Paragraph>
        <Link href="/">{t('nav.start')}</Link>
      </Paragraph>
    </main>
  );
}
