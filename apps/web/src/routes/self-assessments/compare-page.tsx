import { useState } from 'react';
import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import { usePageTitle } from '../../lib/use-page-title';
import { CompareField } from './compare-field';
import { selfAssessmentPaths, useHistory } from './self-assessment-api';

/** Year over year for the förbund's tolvfältaren or an insats's niofält, field by field. */
export function ComparePage() {
  const { t } = useTranslation();
  usePageTitle(t('selfAssessments.compareTitle'));
  const { associationId, scope } = useParams({ strict: false }) as { associationId: string; scope: string };
  const paths = selfAssessmentPaths(associationId);
  const history = useHistory(associationId, scope);
  const [chosen, setChosen] = useState<string[] | null>(null);
  if (history.error) return <StatusMessage kind="danger">{history.error.message}</StatusMessage>;
  if (!history.data) return <Spinner aria-label={t('common.loading')} />;
  const all = history.data;
  // The two latest years unless the user chose otherwise.
  const picked = chosen ?? all.slice(-2).map((y) => String(y.year));
  const years = all.filter((y) => picked.includes(String(y.year)));
  const name = all.find((y) => y.interventionName)?.interventionName;
  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.screen as never}>{t('selfAssessments.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {name ? t('selfAssessments.compareNine', { name }) : t('selfAssessments.compareTwelve')}
      </Heading>
      <Paragraph>{t('selfAssessments.compareIntro')}</Paragraph>
      <ul>
        {all.map((y) => (
          <li key={y.id}>
            <Link asChild>
              <RouterLink to={paths.page(y.id) as never}>
                {t('selfAssessments.openYear', { year: y.year })} ({t(`selfAssessments.statuses.${y.status}`)})
              </RouterLink>
            </Link>
          </li>
        ))}
      </ul>
      {all.length < 2 ? (
        <Paragraph>{t('selfAssessments.compareTooFew')}</Paragraph>
      ) : (
        <CheckboxGroup
          form="compare"
          errors={[]}
          name="years"
          label={t('selfAssessments.compareYears')}
          values={picked}
          onChange={setChosen}
          options={all.map((y) => ({
            value: String(y.year),
            label: `${y.year} (${t(`selfAssessments.statuses.${y.status}`)})`,
          }))}
        />
      )}
      {/* One year alone would show empty charts and question headings without text: nothing to compare. */}
      {years.length < 2
        ? all.length >= 2 && <Paragraph>{t('selfAssessments.compareTooFew')}</Paragraph>
        : years[years.length - 1]!.fields.map((f) => <CompareField key={f.number} number={f.number} years={years} />)}
    </div>
  );
}
