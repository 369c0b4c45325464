import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IMPLEMENTATION_STATUSES, implementationStatusInput, type ImplementationStatusInput } from '@insikt/core';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { choices, FormCheckboxes, FormDate, FormSelect, FormText } from '../../lib/fields';
import { formatDateTime } from '../../lib/format';
import type { Association, ImplementationRecord } from '../../lib/types';

type Draft = Omit<ImplementationStatusInput, 'version'>;

/** A dated status change; "implementerad delvis" names the parties that implemented. */
export function StatusForm({
  record,
  association,
  onSubmit,
}: {
  record: ImplementationRecord;
  association: Association;
  onSubmit: (body: ImplementationStatusInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const bound = useBoundForm<Draft, ImplementationStatusInput>({
    form: 'implementation-status',
    defaultValues: { status: record.status, date: new Date().toISOString().slice(0, 10), memberIds: [], note: '' },
    toBody: (draft) => ({ ...draft, version: record.version }),
    schema: implementationStatusInput,
    onSubmit,
  });
  return (
    <BoundForm bound={bound}>
      <Heading level={3} data-size="xs">
        {t('implementation.changeStatus')}
      </Heading>
      <FormSelect<Draft>
        name="status"
        label={t('implementation.status')}
        options={choices(IMPLEMENTATION_STATUSES, (s) => t(`implementation.codes.status.${s}`))}
      />
      <FormDate<Draft> name="date" label={t('implementation.statusDate')} />
      <PartiesWhenPartly association={association} />
      <FormText<Draft> name="note" label={t('implementation.note')} />
      <SubmitButton>{t('implementation.changeStatus')}</SubmitButton>
    </BoundForm>
  );
}

function PartiesWhenPartly({ association }: { association: Association }) {
  const { t } = useTranslation();
  const status = useWatch<Draft, 'status'>({ name: 'status' });
  if (status !== 'implemented_partly') return null;
  return (
    <FormCheckboxes<Draft>
      name="memberIds"
      label={t('implementation.statusParties')}
      options={association.members.map((m) => ({ value: m.id, label: m.name }))}
    />
  );
}

/** Every status change with its date, parties, note and who recorded it. */
export function StatusHistory({ record, association }: { record: ImplementationRecord; association: Association }) {
  const { t } = useTranslation();
  const memberName = (id: string) => association.members.find((m) => m.id === id)?.name ?? id;
  if (record.statusHistory.length === 0) return <Paragraph>{t('implementation.noHistory')}</Paragraph>;
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm">
        <caption>{t('implementation.history')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('implementation.statusDate')}</Table.HeaderCell>
            <Table.HeaderCell>{t('implementation.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('implementation.note')}</Table.HeaderCell>
            <Table.HeaderCell>{t('implementation.recordedBy')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {[...record.statusHistory].reverse().map((s, i) => (
            <Table.Row key={i}>
              <Table.Cell className="nowrap">{s.date}</Table.Cell>
              <Table.Cell>
                {t(`implementation.codes.status.${s.status}`)}
                {s.memberIds.length > 0 && ` (${s.memberIds.map(memberName).join(', ')})`}
              </Table.Cell>
              <Table.Cell>{s.note || '–'}</Table.Cell>
              <Table.Cell>
                {s.recordedBy ?? t('implementation.hidden')}, {formatDateTime(s.recordedAt)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
