import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { EvidenceTable } from '../../lib/types';

/**
 * A piece of evidence as a table with what it covers: title, scope, period, whether disclosure
 * control protected it and whether it is frozen. The same view for previews, drafts and fastställda
 * documents; the values are the server's display text ("<5", "34 %"), shown as they are.
 */
export function EvidenceTableView({ table, frozen }: { table: EvidenceTable; frozen: boolean }) {
  const { t } = useTranslation();
  return (
    <figure className="stack evidence-table">
      <div className="table-wrap">
        <Table data-size="sm" zebra>
          <caption>
            {table.title}
            <span className="visually-hidden">. {table.scopeLabel}</span>
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell />
              {table.columns.map((c, i) => (
                <Table.HeaderCell key={i}>{c}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {table.rows.map((row, r) => (
              <Table.Row key={r}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {row.values.map((v, i) => (
                  <Table.Cell key={i}>{v ?? '–'}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <figcaption className="stack">
        <div className="row">
          <Tag data-color={frozen ? 'info' : 'warning'}>
            {frozen ? t('evidence.frozen', { date: formatDateTime(table.capturedAt) }) : t('evidence.live')}
          </Tag>
          {table.protected && <Tag data-color="neutral">{t('evidence.protected')}</Tag>}
        </div>
        <Paragraph data-size="sm">
          {table.scopeLabel}
          {table.period && `. ${t('evidence.period', { from: table.period.from, to: table.period.to })}`}
        </Paragraph>
        <Paragraph data-size="sm">
          <strong>{t('evidence.definition')}:</strong> {table.definition}
        </Paragraph>
      </figcaption>
    </figure>
  );
}
