import { useState } from 'react';
import { Button, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { errorsFrom, type FormError } from '../../lib/form-errors';
import type { SelfAssessment } from '../../lib/types';
import { selfAssessmentPaths, useNiofaltOverview } from './self-assessment-api';
import { useEvaluationCan } from './use-evaluation-can';

/**
 * The insats page's way to this year's niofält: open it when there is one the user may see, start it
 * when the user may write it, otherwise the insats's fastställda years (issue 13 review §1).
 */
export function InterventionNineLink({
  associationId,
  interventionId,
}: {
  associationId: string;
  interventionId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const canOn = useEvaluationCan(associationId);
  const [errors, setErrors] = useState<FormError[]>([]);
  const year = new Date().getFullYear();
  const paths = selfAssessmentPaths(associationId);
  const overview = useNiofaltOverview(associationId, year);
  const own = overview.data?.interventions.find((i) => i.interventionId === interventionId);
  const link = (to: string, label: string) => (
    <Link asChild>
      <RouterLink to={to as never}>{label}</RouterLink>
    </Link>
  );
  if (own?.assessmentId) return link(paths.page(own.assessmentId), t('selfAssessments.nineOfYear', { year }));
  if (own && canOn('evaluation.write', interventionId)) {
    const start = async () => {
      setErrors([]);
      try {
        const created = await post<SelfAssessment>(paths.api, { interventionId, year });
        await client.invalidateQueries({ queryKey: ['self-assessments', associationId] });
        await navigate({ to: paths.page(created.id) as never });
      } catch (e) {
        setErrors(errorsFrom(e));
      }
    };
    return (
      <>
        <Button variant="tertiary" data-size="sm" onClick={() => void start()}>
          {t('selfAssessments.startNineOfYear', { year })}
        </Button>
        {/* Inline: the link row is a paragraph, where an error summary (a block) cannot stand. */}
        {errors.length > 0 && <span role="alert"> {errors.map((e) => e.message).join(' ')}</span>}
      </>
    );
  }
  return link(paths.compare(interventionId), t('selfAssessments.interventionLink'));
}
