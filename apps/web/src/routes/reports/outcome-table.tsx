import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_COLUMNS, OUTCOME_INDICATORS } from '@insikt/core';
import { display, type OutcomeGroup } from './report-types';
import { GroupColumnsHead } from './group-columns-head';

export function OutcomeTable({ groups }: { groups: OutcomeGroup[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" border>
        <caption className="muted">{t('report.title')}</caption>
        <GroupColumnsHead first={t('report.indicator')} groups={groups} />
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
