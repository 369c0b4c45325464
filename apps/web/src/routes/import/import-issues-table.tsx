import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Every error of a file, with its row, column (or field) and value: the participant and the finance import. */
export function ImportIssuesTable({
  issues,
  caption,
}: {
  issues: readonly { row: number; column: string; value: string; message: string }[];
  caption?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm">
        {caption && <caption>{caption}</caption>}
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('import.row')}</Table.HeaderCell>
            <Table.HeaderCell>{t('import.column')}</Table.HeaderCell>
            <Table.HeaderCell>{t('import.value')}</Table.HeaderCell>
            <Table.HeaderCell>{t('import.message')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {issues.map((e, i) => (
            <Table.Row key={i}>
              <Table.Cell>{e.row}</Table.Cell>
              <Table.Cell>{e.column}</Table.Cell>
              <Table.Cell>{e.value}</Table.Cell>
              <Table.Cell>{e.message}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
