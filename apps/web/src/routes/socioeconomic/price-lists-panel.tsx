import { useState } from 'react';
import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PRICE_LIST_KEY_LABELS_SV } from '@insikt/core';
import { get, post, put } from '../../lib/api';
import { useCan, useMe } from '../../lib/auth';
import { TextField } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { PriceListSummary } from './types';

const FORM = 'prislista';

/**
 * Price lists: the national default (examples) and the förbund's own, one per year. A förbund
 * copies a list and edits each value with its source; every change is audited.
 */
export function PriceListsPanel({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const { data: me } = useMe();
  const client = useQueryClient();
  const lists = useQuery({ queryKey: ['price-lists'], queryFn: () => get<PriceListSummary[]>('/price-lists') });
  const [selected, setSelected] = useState<string | null>(null);
  // Kept here: a save bumps the version, which remounts the editor with the stored rows.
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const mayManage = can('price_list.manage', associationId);
  const isSystemAdmin = me?.roles.some((r) => r.role === 'system_admin') ?? false;
  const copy = useFormSubmit(async (from: PriceListSummary) => {
    const created = await post<PriceListSummary>(`/associations/${associationId}/price-lists`, {
      fromId: from.id,
      year: Number(year),
      name: t('socioeconomic.ownListName', { year }),
    });
    await client.invalidateQueries({ queryKey: ['price-lists'] });
    setSelected(created.id);
  });
  const visible = (lists.data ?? []).filter((l) => l.associationId === null || l.associationId === associationId);
  const current = visible.find((l) => l.id === selected);

  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <Paragraph>{t('socioeconomic.priceListsIntro')}</Paragraph>
      <FormErrors form={FORM} errors={copy.errors} />
      <div className="table-wrap">
        <Table zebra data-size="sm" border>
          <caption>{t('socioeconomic.priceLists')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('socioeconomic.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.year')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.owner')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.changeColumn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {visible.map((l) => (
              <Table.Row key={l.id}>
                <Table.HeaderCell scope="row">
                  {l.name} {l.isExample && <Tag data-color="warning">{t('socioeconomic.example')}</Tag>}
                </Table.HeaderCell>
                <Table.Cell>{l.year}</Table.Cell>
                <Table.Cell>
                  {l.associationId ? t('socioeconomic.ownList') : t('socioeconomic.nationalList')}
                </Table.Cell>
                <Table.Cell>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    onClick={() => {
                      setSelected(l.id);
                      setSavedFor(null);
                    }}
                  >
                    {t('socioeconomic.open', { name: l.name })}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {current && (
        <section className="stack" aria-labelledby="price-list-heading">
          <Heading level={2} data-size="sm" id="price-list-heading">
            {current.name} ({current.year})
          </Heading>
          {current.isExample && <StatusMessage kind="warning">{t('socioeconomic.exampleWarning')}</StatusMessage>}
          {mayManage && (
            <div className="row">
              <TextField
                form={FORM}
                errors={copy.errors}
                name="year"
                type="number"
                label={t('socioeconomic.year')}
                value={year}
                onChange={setYear}
              />
              <Button variant="secondary" onClick={() => void copy.submit(current)} disabled={copy.busy}>
                {t('socioeconomic.copy')}
              </Button>
            </div>
          )}
          <PriceListEditor
            key={`${current.id}-${current.version}`}
            list={current}
            editable={current.associationId ? mayManage : isSystemAdmin}
            onSaved={async () => {
              await client.invalidateQueries({ queryKey: ['price-lists'] });
              setSavedFor(current.id);
            }}
          />
          {savedFor === current.id && <StatusMessage kind="success">{t('common.saved')}</StatusMessage>}
        </section>
      )}
    </div>
  );
}

function PriceListEditor({
  list,
  editable,
  onSaved,
}: {
  list: PriceListSummary;
  editable: boolean;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(list.rows.map((r) => ({ ...r, amountText: String(r.amount).replace('.', ',') })));
  const save = useFormSubmit(async () => {
    await put(`/price-lists/${list.id}`, {
      name: list.name,
      version: list.version,
      rows: rows.map(({ amountText, ...r }) => ({ ...r, amount: Number(amountText.replace(',', '.')) })),
    });
    await onSaved();
  });
  const label = (key: string) => {
    const [kind, code, actor] = key.split('.');
    if (kind === 'support') return t(`codes.support.${code}`);
    if (kind === 'resource')
      return `${t('socioeconomic.resource')}: ${t(`codes.support.${code}`)} – ${t(`codes.actor.${actor}`)}`;
    return PRICE_LIST_KEY_LABELS_SV[key as keyof typeof PRICE_LIST_KEY_LABELS_SV] ?? key;
  };
  const update = (i: number, patch: Partial<(typeof rows)[number]>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <form className="stack" onSubmit={(e) => void save.submit(undefined, e)} noValidate>
      <FormErrors form={FORM} errors={save.errors} />
      <div className="table-wrap">
        <Table zebra data-size="sm" border>
          <caption className="muted">{t('socioeconomic.priceListRows')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('socioeconomic.parameter')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.amount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.payer')}</Table.HeaderCell>
              <Table.HeaderCell>{t('socioeconomic.source')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((r, i) => (
              <Table.Row key={r.key}>
                <Table.HeaderCell scope="row">{label(r.key)}</Table.HeaderCell>
                <Table.Cell>
                  <Textfield
                    aria-label={`${label(r.key)}: ${t('socioeconomic.amount')}`}
                    value={r.amountText}
                    readOnly={!editable}
                    inputMode="decimal"
                    onChange={(e) => update(i, { amountText: e.target.value })}
                  />
                </Table.Cell>
                <Table.Cell>
                  {r.payer ? `${t(`codes.payer.${r.payer}`)}${r.taxable ? `, ${t('socioeconomic.taxable')}` : ''}` : ''}
                </Table.Cell>
                <Table.Cell>
                  <Textfield
                    aria-label={`${label(r.key)}: ${t('socioeconomic.source')}`}
                    value={r.source}
                    readOnly={!editable}
                    onChange={(e) => update(i, { source: e.target.value })}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {editable && (
        <div>
          <Button type="submit" disabled={save.busy}>
            {t('common.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
