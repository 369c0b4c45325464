import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { gridPosition } from '@insikt/core';
import { StatusMessage } from '../../lib/status-message';
import { usePageTitle } from '../../lib/use-page-title';
import { titleOf } from './assessment-page';
import { EvidencePanel } from '../evidence/evidence-panel';
import { FieldEditor } from './field-editor';
import { FieldView } from './field-view';
import { selfAssessmentPaths, usePreviousYear, useSelfAssessment } from './self-assessment-api';
import { useEvaluationCan } from './use-evaluation-can';

/** One field of an assessment, with links to the grid and the fields before and after it. */
export function FieldPage() {
  const { t } = useTranslation();
  const params = useParams({ strict: false }) as { associationId: string; assessmentId: string; field: string };
  const { associationId, assessmentId } = params;
  const number = Number(params.field);
  const paths = selfAssessmentPaths(associationId);
  const canOn = useEvaluationCan(associationId);
  const { data: a, error } = useSelfAssessment(associationId, assessmentId);
  const field = a?.fields.find((f) => f.number === number);
  const previous = usePreviousYear(associationId, a);
  const previousField = previous?.fields.find((f) => f.number === number);
  const position = gridPosition(number);
  const heading = t('selfAssessments.fieldTitle', {
    number,
    row: t(`selfAssessments.rows.${position.row}`),
    column: t(`selfAssessments.columns.${position.column}`),
  });
  usePageTitle(heading);
  if (error) return <StatusMessage kind="danger">{error.message}</StatusMessage>;
  if (!a) return <Spinner aria-label={t('common.loading')} />;
  if (!field) return <StatusMessage kind="danger">{t('selfAssessments.noSuchField')}</StatusMessage>;
  const readOnly = a.status !== 'draft' || !canOn('evaluation.write', a.interventionId);
  const neighbour = (n: number, label: string) =>
    a.fields.some((f) => f.number === n) ? (
      <Link asChild>
        <RouterLink to={paths.field(a.id, n) as never}>{label}</RouterLink>
      </Link>
    ) : null;
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.page(a.id) as never}>
          {t('selfAssessments.backToGrid', { title: titleOf(t, a) })}
        </RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      {readOnly && (
        <Paragraph>
          {t(a.status === 'draft' ? 'selfAssessments.readOnly' : 'selfAssessments.approvedReadOnly')}
        </Paragraph>
      )}
      {readOnly ? (
        <FieldView field={field} />
      ) : (
        <FieldEditor
          key={`${a.id}-${number}`}
          associationId={associationId}
          assessment={a}
          field={field}
          previous={previousField && previous ? { year: previous.year, field: previousField } : undefined}
        />
      )}
      <EvidencePanel
        target={{ associationId, documentKind: 'self_assessment', documentId: a.id, fieldKey: String(number) }}
        year={a.year}
        interventionIds={a.interventionId ? [a.interventionId] : []}
        editable={!readOnly}
      />
      <div className="row">
        {neighbour(number - 1, t('selfAssessments.previousField', { number: number - 1 }))}
        {neighbour(number + 1, t('selfAssessments.nextField', { number: number + 1 }))}
      </div>
    </div>
  );
}
