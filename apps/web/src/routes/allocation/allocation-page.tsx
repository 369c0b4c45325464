import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { allocationPaths } from './allocation-paths';
import { get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { formatKronor, formatDateTime } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { AllocationSimulationSummary, AllocationYear } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { GuidelinePanel } from './guideline-panel';
import { YearCreateForm } from './model-year-forms';

/**
 * The state allocation model (issue 16 §4–6): the equity guideline, the model years and the saved
 * simulations. National figures every role reads; the system administrator keeps them.
 */
export function AllocationPage() {
  const { t } = useTranslation();
  usePageTitle(t('allocation.title'));
  const can = useCan();
  const years = useQuery({
    queryKey: ['allocation', 'years'],
    queryFn: () => get<AllocationYear[]>('/allocation/years'),
  });
  const simulations = useQuery({
    queryKey: ['allocation', 'simulations'],
    queryFn: () => get<AllocationSimulationSummary[]>('/allocation/simulations'),
  });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('allocation.title')}
      </Heading>
      <Paragraph>{t('allocation.intro')}</Paragraph>
      <section className="stack" aria-labelledby="allocation-years">
        <Heading level={2} data-size="md" id="allocation-years">
          {t('allocation.years')}
        </Heading>
        {years.error && <StatusMessage kind="danger">{years.error.message}</StatusMessage>}
        {years.data?.length === 0 && <Paragraph>{t('allocation.noYears')}</Paragraph>}
        {!!years.data?.length && (
          <div className="table-wrap">
            <Table zebra data-size="sm" border>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('allocation.year')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('allocation.distributable')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('allocation.baseGrant')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {years.data.map((y) => (
                  <Table.Row key={y.year}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={allocationPaths.year(y.year)}>
                          {t('allocation.openYear', { year: y.year })}
                        </RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell>{formatKronor(y.distributable)}</Table.Cell>
                    <Table.Cell>{formatKronor(y.baseGrant)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
        {can('allocation.manage') && <YearCreateForm />}
      </section>
      <section className="stack" aria-labelledby="allocation-simulations">
        <Heading level={2} data-size="md" id="allocation-simulations">
          {t('allocation.simulations')}
        </Heading>
        <Paragraph data-size="sm">{t('allocation.simulationsIntro')}</Paragraph>
        {simulations.data?.length === 0 && <Paragraph>{t('allocation.noSimulations')}</Paragraph>}
        {!!simulations.data?.length && (
          <div className="table-wrap">
            <Table zebra data-size="sm" border>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('allocation.simulationName')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('allocation.year')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('allocation.owner')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('allocation.changed')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {simulations.data.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={allocationPaths.simulation(s.id)}>{s.name}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell>{s.year}</Table.Cell>
                    <Table.Cell>{s.associationName ?? t('allocation.national')}</Table.Cell>
                    <Table.Cell>{formatDateTime(s.updatedAt)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <GuidelinePanel />
    </div>
  );
}
