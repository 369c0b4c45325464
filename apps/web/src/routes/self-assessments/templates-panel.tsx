import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import type { SelfAssessmentTemplate } from '../../lib/types';
import { selfAssessmentPaths } from './self-assessment-api';

/** For the förbundsadministratör: which template new assessments copy, and a link to edit it. */
export function TemplatesPanel({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const paths = selfAssessmentPaths(associationId);
  const { data } = useQuery({
    queryKey: ['self-assessment-templates', associationId],
    queryFn: () => get<SelfAssessmentTemplate[]>(`/associations/${associationId}/self-assessment-templates`),
  });
  return (
    <section className="stack" aria-labelledby="sa-templates">
      <Heading level={2} data-size="md" id="sa-templates">
        {t('selfAssessments.templatesTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('selfAssessments.templatesIntro')}</Paragraph>
      <ul>
        {(data ?? []).map((tpl) => (
          <li key={tpl.kind}>
            <Link asChild>
              <RouterLink to={paths.template(tpl.kind) as never}>{t(`selfAssessments.kinds.${tpl.kind}`)}</RouterLink>
            </Link>
            {': '}
            {tpl.id ? t('selfAssessments.templateOwn', { version: tpl.version }) : t('selfAssessments.templateBuiltIn')}
          </li>
        ))}
      </ul>
    </section>
  );
}
