import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../lib/auth';
import { usePageTitle } from '../../lib/use-page-title';
import { EVALUATION_PARTS } from './evaluation-parts';

/** "Utvärdering": the parts of the module the user may open in this förbund. */
export function EvaluationPage() {
  const { t } = useTranslation();
  usePageTitle(t('evaluation.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const can = useCan();
  const parts = EVALUATION_PARTS.filter((p) => can(p.permission, associationId));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('evaluation.title')}
      </Heading>
      <Paragraph>{t('evaluation.intro')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('evaluation.parts')}
      </Heading>
      <div className="cards">
        {parts.map((p) => (
          <Card key={p.path} data-color="neutral">
            <Heading level={3} data-size="xs">
              <Link asChild>
                <RouterLink to={`/forbund/${associationId}/utvardering/${p.path}` as never}>{t(p.labelKey)}</RouterLink>
              </Link>
            </Heading>
            <Paragraph data-size="sm">{t(p.descriptionKey)}</Paragraph>
          </Card>
        ))}
      </div>
    </div>
  );
}
