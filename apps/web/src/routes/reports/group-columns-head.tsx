import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_COLUMNS } from '@insikt/core';

/**
 * The head of a table with Totalt, Kvinnor and Män per group (insats, förbund, län, riket): the
 * groups' labels above their three columns, and the first column's heading across both rows.
 */
export function GroupColumnsHead({
  first,
  groups,
}: {
  first: string;
  groups: readonly { key: string; label: string }[];
}) {
  const { t } = useTranslation();
  return (
    <Table.Head>
      <Table.Row>
        <Table.HeaderCell rowSpan={2}>{first}</Table.HeaderCell>
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
  );
}
