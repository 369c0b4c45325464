import type { ReactNode } from 'react';
import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { INDIVIDUAL_MEASURES } from '@insikt/core';
import { formatNumber } from '../../lib/format';
import type { NationalFigures } from '../../lib/types';

type Counts = NationalFigures['structural'][number]['participants'];
const GENDERS = ['women', 'men', 'unknown', 'total'] as const;

/** The four count cells of a row; a hidden count reads "<5". */
function CountCells({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <>
      {GENDERS.map((g) => (
        <Table.Cell key={g}>{counts[g] === null ? t('nationalFigures.hidden') : formatNumber(counts[g])}</Table.Cell>
      ))}
    </>
  );
}

function GenderHeaders() {
  const { t } = useTranslation();
  return (
    <>
      {GENDERS.map((g) => (
        <Table.HeaderCell key={g}>{t(`nationalFigures.genders.${g}`)}</Table.HeaderCell>
      ))}
    </>
  );
}

/** One insats's table under its name, the header row given. */
function InsatsTable({ id, name, head, children }: { id: string; name: string; head: ReactNode; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={`insats-${id}`}>
      <Heading level={3} data-size="sm" id={`insats-${id}`}>
        {name}
      </Heading>
      <div className="table-wrap">
        <Table zebra>
          <caption className="visually-hidden">{name}</caption>
          <Table.Head>
            <Table.Row>
              {head}
              <GenderHeaders />
            </Table.Row>
          </Table.Head>
          <Table.Body>{children}</Table.Body>
        </Table>
      </div>
    </section>
  );
}

/** An individual insats: started, ongoing, exited, participants and unique persons by gender. */
export function IndividualTable({ insats, year }: { insats: NationalFigures['individual'][number]; year: number }) {
  const { t } = useTranslation();
  return (
    <InsatsTable
      id={insats.id}
      name={insats.name}
      head={<Table.HeaderCell>{t('nationalFigures.measure')}</Table.HeaderCell>}
    >
      {INDIVIDUAL_MEASURES.map((m) => (
        <Table.Row key={m}>
          <Table.HeaderCell scope="row">{t(`nationalFigures.measures.${m}`, { year })}</Table.HeaderCell>
          <CountCells counts={insats.figures[m]} />
        </Table.Row>
      ))}
    </InsatsTable>
  );
}

/** A structural insats: activities and attendances in all and per organisation, by gender. */
export function StructuralTable({ insats, year }: { insats: NationalFigures['structural'][number]; year: number }) {
  const { t } = useTranslation();
  const rows = [
    {
      key: 'all',
      label: t('nationalFigures.allOrganisations'),
      activities: insats.activities,
      counts: insats.participants,
    },
    ...insats.byOrganisation.map((o) => ({
      key: o.organisationId,
      label: o.label,
      activities: o.activities,
      counts: o.participants,
    })),
  ];
  return (
    <InsatsTable
      id={insats.id}
      name={insats.name}
      head={
        <>
          <Table.HeaderCell>{t('nationalFigures.organisation')}</Table.HeaderCell>
          <Table.HeaderCell>{t('nationalFigures.activities', { year })}</Table.HeaderCell>
        </>
      }
    >
      {rows.map((r) => (
        <Table.Row key={r.key}>
          <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
          <Table.Cell>{formatNumber(r.activities)}</Table.Cell>
          <CountCells counts={r.counts} />
        </Table.Row>
      ))}
    </InsatsTable>
  );
}
