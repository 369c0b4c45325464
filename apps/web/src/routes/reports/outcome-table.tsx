import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_COLUMNS, OUTCOME_INDICATORS } from '@insikt/core';
import { display, type OutcomeGroup } from './report-types';

export function OutcomeTable({ groups }: { groups: OutcomeGroup[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" border>
        <caption className="muted">{t('report.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell rowSpan={2}>{t('report.indicator')}</Table.HeaderCell>
            {groups.map((g) => (
              <Table.HeaderCell key={g.key} colSpan={3} scope="colgroup">
                {g.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
          <Table.Row>
            {groups.flatMap((g) =>
              OUTCOME_COLUMNS.map((c) => (
                <Table.HeaderCell key={`${g.key}-${c}`} scope="col">
                  {t(`report.columns.${c}`)}
                </Table.HeaderCell>
              )),
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {OUTCOME_INDICATORS.map(({ id, label }) => (
            <Table.Row key={id}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              {groups.flatMap((g) =>
                OUTCOME_COLUMNS.map((c) => (
                  <Table.Cell key={`${g.key}-${c}`} className="nowrap" style={{ textAlign: 'right' }}>
                    {display(g, id, c)}
                  </Table.Cell>
                )),
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
