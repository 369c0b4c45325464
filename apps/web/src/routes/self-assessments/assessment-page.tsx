import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { carriedActionCount } from '@insikt/core';
import { post } from '../../lib/api';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { SelfAssessment } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { ApproveDialog } from './approve-dialog';
import { AssessmentGrid } from './assessment-grid';
import { selfAssessmentPaths, usePreviousYear, useSelfAssessment } from './self-assessment-api';
import { StatusTag } from './status-tag';
import { useEvaluationCan } from './use-evaluation-can';

/** One self-assessment: the grid as an overview, its status, fastställ or new version, downloads. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { associationId, assessmentId } = useParams({ strict: false }) as {
    associationId: string;
    assessmentId: string;
  };
  const paths = selfAssessmentPaths(associationId);
  const navigate = useNavigate();
  const client = useQueryClient();
  const canOn = useEvaluationCan(associationId);
  const [errors, setErrors] = useState<FormError[]>([]);
  const { data: a, error } = useSelfAssessment(associationId, assessmentId);
  const previous = usePreviousYear(associationId, a);
  usePageTitle(a ? titleOf(t, a) : t('selfAssessments.title'));
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  if (!a) return <Spinner aria-label={t('common.loading')} />;
  const newVersion = async () => {
    setErrors([]);
    try {
      const created = await post<SelfAssessment>(`${paths.one(a.id)}/new-version`);
      await client.invalidateQueries({ queryKey: ['self-assessments', associationId] });
      await navigate({ to: paths.page(created.id) as never });
    } catch (e) {
      setErrors(errorsFrom(e));
    }
  };
  const otherEditions = a.editions.filter((e) => e.id !== a.id);
  const carried = carriedActionCount(a.fields);

  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.screen as never}>{t('selfAssessments.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {titleOf(t, a)}
      </Heading>
      <div className="row">
        <StatusTag status={a.status} />
        <span>{t('selfAssessments.editionOf', { edition: a.edition })}</span>
      </div>
      {a.status === 'approved' ? (
        <Paragraph>
          {t('selfAssessments.approvedBy', {
            at: formatDateTime(a.approvedAt),
            by: a.approvedByName ?? '–',
            reference: a.decisionReference ?? '–',
          })}
        </Paragraph>
      ) : (
        <Paragraph>{t('selfAssessments.draftHint')}</Paragraph>
      )}
      {carried > 0 && (
        <StatusMessage kind="info">
          {previous
            ? t('selfAssessments.carriedSummary', { count: carried, year: previous.year })
            : t('selfAssessments.carriedSummaryEarlier', { count: carried })}
        </StatusMessage>
      )}
      {a.kind === 'nine' && <Paragraph data-size="sm">{t('selfAssessments.nineChoice')}</Paragraph>}
      <Paragraph data-size="sm" className="muted">
        {a.templateId
          ? t('selfAssessments.templateOwn', { version: a.templateVersion })
          : t('selfAssessments.templateBuiltIn')}
      </Paragraph>
      <FormErrors form="assessment" errors={errors} />
      <div className="row">
        {a.status === 'draft' && canOn('evaluation.approve', a.interventionId) && (
          <ApproveDialog associationId={associationId} assessment={a} />
        )}
        {a.status === 'approved' &&
          canOn('evaluation.write', a.interventionId) &&
          !a.editions.some((e) => e.status === 'draft') && (
            <Button variant="secondary" onClick={() => void newVersion()}>
              {t('selfAssessments.newVersion')}
            </Button>
          )}
        <Link href={paths.download(a.id, 'docx')} download>
          {t('selfAssessments.downloadDocx')}
        </Link>
        <Link href={paths.download(a.id, 'pdf')} download>
          {t('selfAssessments.downloadPdf')}
        </Link>
        <Link asChild>
          <RouterLink to={paths.compare(a.interventionId ?? 'forbund') as never}>
            {t('selfAssessments.compare')}
          </RouterLink>
        </Link>
      </div>
      {otherEditions.length > 0 && (
        <Paragraph data-size="sm">
          {t('selfAssessments.otherEditions')}{' '}
          {otherEditions.map((e) => (
            <Link key={e.id} asChild>
              <RouterLink to={paths.page(e.id) as never}>
                {t('selfAssessments.editionOf', { edition: e.edition })} ({t(`selfAssessments.statuses.${e.status}`)}
                ){' '}
              </RouterLink>
            </Link>
          ))}
        </Paragraph>
      )}
      <AssessmentGrid fields={a.fields} linkOf={(n) => paths.field(a.id, n)} />
    </div>
  );
}

/** "Tolvfältaren 2025" or "Niofält 2025: Steg framåt". */
export function titleOf(t: (key: string, options?: Record<string, unknown>) => string, a: SelfAssessment) {
  return a.interventionName
    ? t('selfAssessments.nineOf', { year: a.year, name: a.interventionName })
    : t('selfAssessments.twelveOf', { year: a.year });
}
