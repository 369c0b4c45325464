import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { allocationPaths } from './allocation-paths';
import { del, get } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { StatusMessage } from '../../lib/status-message';
import type { AllocationModelYear, AllocationSimulation } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { SimulationEditor, useChangeText } from './simulation-editor';
import { SimulationView } from './simulation-view';

const useYear = (year: string | number | undefined) =>
  useQuery({
    queryKey: ['allocation', 'year', String(year)],
    queryFn: () => get<AllocationModelYear>(`/allocation/years/${year}`),
    enabled: year !== undefined,
  });

/** A new simulation of a model year. */
export function NewSimulationPage() {
  const { t } = useTranslation();
  const { year } = useParams({ strict: false }) as { year: string };
  usePageTitle(t('allocation.newSimulationTitle', { year }));
  const data = useYear(year);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('allocation.newSimulationTitle', { year })}
      </Heading>
      <Paragraph>{t('allocation.simulationIntro')}</Paragraph>
      {data.error && <StatusMessage kind="danger">{data.error.message}</StatusMessage>}
      {data.data && <SimulationEditor year={data.data} />}
    </div>
  );
}

/** A saved simulation: before/after per förbund and per member, the files, and (for its owner) the changes. */
export function SimulationPage() {
  const { t } = useTranslation();
  const { simulationId } = useParams({ strict: false }) as { simulationId: string };
  const navigate = useNavigate();
  const can = useCan();
  const simulation = useQuery({
    queryKey: ['allocation', 'simulation', simulationId],
    queryFn: () => get<AllocationSimulation>(`/allocation/simulations/${simulationId}`),
  });
  const s = simulation.data;
  usePageTitle(s ? t('allocation.simulationTitle', { name: s.name }) : t('allocation.simulations'));
  const year = useYear(s?.year);
  const text = useChangeText(
    year.data ?? ({ forbund: [], kommunInputs: [] } as unknown as AllocationModelYear),
    s?.changes ?? [],
  );
  if (simulation.error) return <StatusMessage kind="danger">{simulation.error.message}</StatusMessage>;
  if (!s) return null;
  const mayChange = s.associationId ? can('allocation.simulate', s.associationId) : can('allocation.manage');
  const file = (format: 'pdf' | 'xlsx') => `/api/v1/allocation/simulations/${s.id}?format=${format}`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('allocation.simulationTitle', { name: s.name })}
      </Heading>
      <Paragraph>
        {t('allocation.simulationOf', { owner: s.associationName ?? t('allocation.national') })}{' '}
        <Link asChild>
          <RouterLink to={allocationPaths.year(s.year)}>{t('allocation.openYear', { year: s.year })}</RouterLink>
        </Link>
      </Paragraph>
      {/* The changes name förbund by the model year's names: without them they would read as bare ids. */}
      {year.data && (
        <ol>
          {s.changes.map((c, i) => (
            <li key={i}>{text(c)}</li>
          ))}
        </ol>
      )}
      {s.problems.map((p) => (
        <StatusMessage key={p} kind="warning">
          {p}
        </StatusMessage>
      ))}
      {s.result && (
        <>
          <nav aria-label={t('allocation.downloads')}>
            <ul className="plain-list row">
              <li>
                <Link href={file('pdf')}>{t('allocation.pdf')}</Link>
              </li>
              <li>
                <Link href={file('xlsx')}>{t('allocation.xlsx')}</Link>
              </li>
            </ul>
          </nav>
          <SimulationView
            result={s.result}
            year={s.year}
            linked={new Set(s.forbund.filter((f) => f.associationId).map((f) => f.id))}
          />
        </>
      )}
      {mayChange && year.data && (
        <section className="stack" aria-labelledby="simulation-edit">
          <Heading level={2} data-size="md" id="simulation-edit">
            {t('allocation.editSimulation')}
          </Heading>
          <SimulationEditor key={s.version} year={year.data} saved={s} />
          <div>
            <Button
              variant="tertiary"
              data-color="danger"
              onClick={() =>
                void del(`/allocation/simulations/${s.id}?version=${s.version}`).then(() =>
                  navigate({ to: allocationPaths.home }),
                )
              }
            >
              {t('allocation.deleteSimulation')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
