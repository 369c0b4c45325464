import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { SelectField } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { SelfAssessment, SelfAssessmentSummary } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { selfAssessmentPaths, useNiofaltOverview } from './self-assessment-api';
import { StatusTag } from './status-tag';
import { TemplatesPanel } from './templates-panel';
import { useEvaluationCan } from './use-evaluation-can';

const FORM = 'self-assessments';

/** Self-assessments of a förbund: its tolvfältaren year by year and, for a year, each insats's niofält. */
export function SelfAssessmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('selfAssessments.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const paths = selfAssessmentPaths(associationId);
  const navigate = useNavigate();
  const can = useCan();
  const canOn = useEvaluationCan(associationId);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [errors, setErrors] = useState<FormError[]>([]);
  const list = useQuery({
    queryKey: ['self-assessments', associationId],
    queryFn: () => get<SelfAssessmentSummary[]>(paths.api),
  });
  const overview = useNiofaltOverview(associationId, year);
  const start = async (interventionId: string | null) => {
    setErrors([]);
    try {
      const created = await post<SelfAssessment>(paths.api, { interventionId, year });
      await navigate({ to: paths.page(created.id) as never });
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };
  const twelve = (list.data ?? []).filter((a) => a.interventionId === null);
  // Comparing needs a niofält to compare; the list holds every edition the user may see.
  const withNine = new Set((list.data ?? []).map((a) => a.interventionId));
  const writer = can('evaluation.write', associationId);
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  const open = (a: { id: string }, label: string) => (
    <Link asChild>
      <RouterLink to={paths.page(a.id) as never}>{label}</RouterLink>
    </Link>
  );

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('selfAssessments.title')}
      </Heading>
      <Paragraph>{t('selfAssessments.intro')}</Paragraph>
      <FormErrors form={FORM} errors={errors} />
      {(list.isLoading || overview.isLoading) && <Spinner aria-label={t('common.loading')} />}
      {list.error && <StatusMessage kind="danger">{list.error.message}</StatusMessage>}

      <Heading level={2} data-size="md">
        {t('selfAssessments.twelveTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('selfAssessments.twelveIntro')}</Paragraph>
      {twelve.length === 0 ? (
        <Paragraph>{t('selfAssessments.noneYet')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('selfAssessments.year')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.edition')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.decision')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {twelve.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>{open(a, t('selfAssessments.twelveOf', { year: a.year }))}</Table.Cell>
                  <Table.Cell>{a.edition}</Table.Cell>
                  <Table.Cell>
                    <StatusTag status={a.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {a.approvedAt ? `${formatDateTime(a.approvedAt)}, ${a.decisionReference ?? ''}` : '–'}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <div className="row">
        {twelve.length > 1 && (
          <Link asChild>
            <RouterLink to={paths.compare('forbund') as never}>{t('selfAssessments.compareTwelve')}</RouterLink>
          </Link>
        )}
      </div>

      <SelectField
        form={FORM}
        errors={[]}
        name="year"
        // A reader starts nothing: the year only chooses the overview.
        label={t(writer ? 'selfAssessments.chooseYear' : 'selfAssessments.overviewYear')}
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      {canOn('evaluation.write', null) && !twelve.some((a) => a.year === year) && (
        <div>
          <Button variant="secondary" onClick={() => void start(null)}>
            {t('selfAssessments.startTwelve', { year })}
          </Button>
        </div>
      )}

      <Heading level={2} data-size="md">
        {t('selfAssessments.nineTitle', { year })}
      </Heading>
      <Paragraph data-size="sm">{t('selfAssessments.nineIntro')}</Paragraph>
      {overview.data && overview.data.interventions.length === 0 && (
        <Paragraph>{t('selfAssessments.noInterventions')}</Paragraph>
      )}
      {overview.data && overview.data.interventions.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('selfAssessments.intervention')}</Table.HeaderCell>
                <Table.HeaderCell>{t('selfAssessments.status')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t('selfAssessments.actionsColumn')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {overview.data.interventions.map((i) => (
                <Table.Row key={i.interventionId}>
                  <Table.Cell>{i.assessmentId ? open({ id: i.assessmentId }, i.name) : i.name}</Table.Cell>
                  <Table.Cell>
                    {i.status === 'none' ? (
                      // Someone who cannot see drafts cannot know that none exists: "Ingen fastställd".
                      <Tag data-color="warning">
                        {t(
                          canOn('evaluation.draft', i.interventionId)
                            ? 'selfAssessments.statuses.none'
                            : 'selfAssessments.statuses.noneApproved',
                        )}
                      </Tag>
                    ) : (
                      <StatusTag status={i.status} />
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="row">
                      {i.status === 'none' && canOn('evaluation.write', i.interventionId) && (
                        <Button variant="secondary" data-size="sm" onClick={() => void start(i.interventionId)}>
                          {t('selfAssessments.startNine')}
                          <span className="visually-hidden"> {i.name}</span>
                        </Button>
                      )}
                      {withNine.has(i.interventionId) && (
                        <Link asChild>
                          <RouterLink to={paths.compare(i.interventionId) as never}>
                            {t('selfAssessments.compare')}
                            <span className="visually-hidden"> {i.name}</span>
                          </RouterLink>
                        </Link>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {can('association.update', associationId) && <TemplatesPanel associationId={associationId} />}
    </div>
  );
}
