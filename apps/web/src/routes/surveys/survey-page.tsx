import { Details, Heading, Link, List, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { textIn } from '@insikt/core';
import { get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { Survey } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { DistributionForm } from './distribution-form';
import { DistributionPanel } from './distribution-panel';
import { QuestionList } from './question-list';
import { SurveyResultsSlot } from './survey-results-slot';
import { surveyPaths } from './survey-paths';
import { useInterventions } from './use-interventions';
import { useTemplates } from './use-templates';

/** One survey: its questions, its distributions (links, QR codes, codes, staff entry, close) and new ones. */
export function SurveyPage() {
  const { t } = useTranslation();
  const { associationId, surveyId } = useParams({ strict: false }) as { associationId: string; surveyId: string };
  const paths = surveyPaths(associationId);
  const can = useCan();
  const survey = useQuery({
    queryKey: ['surveys', associationId, surveyId],
    queryFn: () => get<Survey>(paths.survey(surveyId)),
  });
  const templates = useTemplates(associationId);
  const interventions = useInterventions(associationId);
  usePageTitle(survey.data?.name ?? t('surveys.title'));

  if (survey.isLoading) return <Spinner aria-label={t('common.loading')} />;
  if (survey.error || !survey.data)
    return <StatusMessage kind="danger">{survey.error?.message ?? t('surveys.notFound')}</StatusMessage>;
  const s = survey.data;
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.list as never}>{t('surveys.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {s.name}
      </Heading>
      <dl className="summary-facts">
        <div>
          <dt>{t('surveys.template')}</dt>
          <dd>{templates.originName(s.origin) ?? textIn(s.title, 'sv')}</dd>
        </div>
        <div>
          <dt>{t('surveys.interventions')}</dt>
          <dd>{interventions.scopeOf(s.interventionIds)}</dd>
        </div>
        <div>
          <dt>{t('surveys.wording')}</dt>
          <dd>
            {s.locked ? (
              <Tag data-color="warning">{t('surveys.locked')}</Tag>
            ) : s.wordingEditable ? (
              t('surveys.wordingEditable')
            ) : (
              t('surveys.wordingFrozen')
            )}
          </dd>
        </div>
      </dl>
      {/* Near the top: the results are what most come back to a survey for, once it has gone out. */}
      <SurveyResultsSlot associationId={associationId} survey={s} />
      <Details>
        <Details.Summary>{t('surveys.questionsTitle', { title: textIn(s.title, 'sv') })}</Details.Summary>
        <Details.Content>
          <QuestionList questionnaire={s.questionnaire} />
        </Details.Content>
      </Details>

      <Heading level={2} data-size="md">
        {t('surveys.distributionsTitle')}
      </Heading>
      {s.distributions.length === 0 ? (
        <Paragraph>{t('surveys.noDistributions')}</Paragraph>
      ) : (
        <List.Unordered className="plain-list stack">
          {s.distributions.map((d) => (
            <List.Item key={d.id}>
              <DistributionPanel associationId={associationId} survey={s} distribution={d} />
            </List.Item>
          ))}
        </List.Unordered>
      )}
      {can('survey.distribute', associationId) && <DistributionForm associationId={associationId} survey={s} />}
    </div>
  );
}
