import { Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { textIn } from '@insikt/core';
import { get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { SurveyListItem } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { DistributionSummary } from './distribution-summary';
import { NewSurveyForm } from './new-survey-form';
import { useInterventions } from './use-interventions';
import { useTemplates } from './use-templates';
import { surveyPaths } from './survey-paths';

/** The förbund's surveys: each with its template and its distributions (open or closed, answers of invited). */
export function SurveysPage() {
  const { t } = useTranslation();
  usePageTitle(t('surveys.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const paths = surveyPaths(associationId);
  const can = useCan();
  const list = useQuery({ queryKey: ['surveys', associationId], queryFn: () => get<SurveyListItem[]>(paths.api) });
  const templates = useTemplates(associationId);
  const interventions = useInterventions(associationId);

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('surveys.title')}
      </Heading>
      <Paragraph>{t('surveys.intro')}</Paragraph>
      <div className="row">
        <Link asChild>
          <RouterLink to={paths.templates as never}>{t('surveys.templatesLink')}</RouterLink>
        </Link>
      </div>
      {list.isLoading && <Spinner aria-label={t('common.loading')} />}
      {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}
      {list.data && list.data.length === 0 && <Paragraph>{t('surveys.none')}</Paragraph>}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <caption className="visually-hidden">{t('surveys.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('surveys.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('surveys.template')}</Table.HeaderCell>
                <Table.HeaderCell>{t('surveys.distributionsColumn')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={paths.page(s.id) as never}>{s.name}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{templates.originName(s.origin) ?? textIn(s.title, 'sv')}</Table.Cell>
                  <Table.Cell>
                    {s.distributions.length === 0 ? (
                      t('surveys.noDistributions')
                    ) : (
                      <ul className="plain-list">
                        {s.distributions.map((d) => (
                          <li key={d.id}>
                            <DistributionSummary distribution={d} scope={interventions.scopeOf(d.interventionIds)} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {can('survey.write', associationId) && templates.data && (
        <NewSurveyForm associationId={associationId} templates={templates.data} />
      )}
    </div>
  );
}
