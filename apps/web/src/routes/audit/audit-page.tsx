import { useState } from 'react';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { auditMessages } from './audit.i18n';
import { auditSentence } from './audit-sentence';
import { AuditDetails } from './audit-details';
import { Pager } from '../../lib/pager';
import { StatusMessage } from '../../lib/status-message';
import type { AssociationSummary, AuditPage } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';

const PAGE = 50;
const ACTIONS = Object.keys(auditMessages.sv.auditActions);

/** Search the append-only audit log of the associations the user administers. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('audit.title'));
  const [draft, setDraft] = useState({ from: '', to: '', action: '', q: '', associationId: '' });
  const [filter, setFilter] = useState(draft);
  const [offset, setOffset] = useState(0);
  const associations = useQuery({
    queryKey: ['associations'],
    queryFn: () => get<AssociationSummary[]>('/associations'),
  });
  const { data, isLoading, error } = useQuery({
    queryKey: ['audit', filter, offset],
    queryFn: () => get<AuditPage>(`/audit${query({ ...filter, limit: PAGE, offset })}`),
  });

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setFilter(draft);
        }}
      >
        <Textfield
          label={t('audit.from')}
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <Textfield
          label={t('audit.to')}
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <Field>
          <Label htmlFor="audit-action">{t('audit.actionFilter')}</Label>
          <Select
            id="audit-action"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          >
            <Select.Option value="">{t('audit.anyAction')}</Select.Option>
            {ACTIONS.map((a) => (
              <Select.Option key={a} value={a}>
                {t(`auditActions.${a}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {(associations.data?.length ?? 0) > 1 && (
          <Field>
            <Label htmlFor="audit-association">{t('users.association')}</Label>
            <Select
              id="audit-association"
              value={draft.associationId}
              onChange={(e) => setDraft({ ...draft, associationId: e.target.value })}
            >
              <Select.Option value="">{t('users.allAssociations')}</Select.Option>
              {associations.data?.map((a) => (
                <Select.Option key={a.id} value={a.id}>
                  {a.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Textfield label={t('audit.q')} value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        <Button type="submit">{t('common.search')}</Button>
      </form>
      {isLoading && <Spinner aria-label={t('common.loading')} />}
      {error && <StatusMessage kind="danger">{error.message}</StatusMessage>}
      {data && data.entries.length === 0 && <Paragraph>{t('audit.empty')}</Paragraph>}
      {data && data.entries.length > 0 && (
        <>
          <div className="table-wrap">
            <Table zebra data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('audit.at')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('audit.event')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('audit.details')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.entries.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell className="nowrap">{formatDateTime(e.at)}</Table.Cell>
                    <Table.Cell>{auditSentence(t, e, i18n.language)}</Table.Cell>
                    <Table.Cell>
                      <AuditDetails entry={e} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pager offset={offset} shown={data.entries.length} total={data.total} pageSize={PAGE} onChange={setOffset} />
        </>
      )}
    </div>
  );
}
