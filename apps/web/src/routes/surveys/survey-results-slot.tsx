import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../lib/types';
import { surveyPaths } from './survey-paths';

/** The survey page's way to the results (issue 14 §4): figures, charts and the Excel and PDF exports. */
export function SurveyResultsSlot({ associationId, survey }: { associationId: string; survey: Survey }) {
  const { t } = useTranslation();
  return (
    <Link asChild>
      <RouterLink to={`${surveyPaths(associationId).page(survey.id)}/resultat` as never}>
        {t('surveyResults.link')}
      </RouterLink>
    </Link>
  );
}
