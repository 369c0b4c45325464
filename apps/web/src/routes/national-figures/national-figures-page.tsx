import { useState } from 'react';
import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useParams } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import type { NationalFigures } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { ProtectionNote } from '../reports/protection-note';
import { IndividualTable, StructuralTable } from './figures-tables';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i));

/**
 * The counts a förbund reports nationally for a year, per insats (issue 17 §5): the same figures as
 * the Excel and CSV files, exact for the förbundsadministratör and protected for läsare (decision 0063).
 */
export function NationalFiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t('nationalFigures.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  // A year is reported once it is over: last year first.
  const [year, setYear] = useState(String(thisYear - 1));
  const path = `/associations/${associationId}/national-figures`;
  const { data, isLoading, error } = useQuery({
    queryKey: ['national-figures', associationId, year],
    queryFn: () => get<NationalFigures>(`${path}${query({ year })}`),
  });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('nationalFigures.title')}
        {data ? `: ${data.associationName}` : ''}
      </Heading>
      <Paragraph>{t('nationalFigures.intro')}</Paragraph>
      <div className="row">
        <SelectField
          form="national-figures"
          errors={[]}
          name="year"
          label={t('nationalFigures.year')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
      </div>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data && (
        <>
          {data.protection ? <ProtectionNote /> : <Paragraph data-size="sm">{t('nationalFigures.exact')}</Paragraph>}
          <nav aria-label={t('nationalFigures.downloads')}>
            <ul className="plain-list row">
              <li>
                <Link href={`/api/v1${path}${query({ year, format: 'xlsx' })}`}>{t('nationalFigures.xlsx')}</Link>
              </li>
              <li>
                <Link href={`/api/v1${path}${query({ year, format: 'csv' })}`}>{t('nationalFigures.csv')}</Link>
              </li>
            </ul>
          </nav>
          <Heading level={2} data-size="md">
            {t('nationalFigures.individual')}
          </Heading>
          {data.individual.length === 0 && <Paragraph>{t('nationalFigures.none', { year: data.year })}</Paragraph>}
          {data.individual.map((insats) => (
            <IndividualTable key={insats.id} insats={insats} year={data.year} />
          ))}
          <Heading level={2} data-size="md">
            {t('nationalFigures.structural')}
          </Heading>
          {data.structural.length === 0 ? (
            <Paragraph>{t('nationalFigures.none', { year: data.year })}</Paragraph>
          ) : (
            <Paragraph data-size="sm">{t('nationalFigures.attendanceNote')}</Paragraph>
          )}
          {data.structural.map((insats) => (
            <StructuralTable key={insats.id} insats={insats} year={data.year} />
          ))}
        </>
      )}
    </div>
  );
}
