import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COST_ACTORS, FINSAM_FUNDING, type Situation } from '@insikt/core';
import { get, post } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { SelectField, TextField } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { formatDateTime, formatKronor } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import { GroupsTable } from './groups-table';
import { PersistenceSuggestion } from './persistence-suggestion';
import { situationOf } from './situation-fields';
import { newTypfall, TypfallEditor, type TypfallDraft } from './typfall-editor';
import { ResultView, usePaybackText } from './result-view';
import type { AnalysisPreview, PriceListSummary, SavedAnalysis } from './types';

const FORM = 'nytto';
const lastYear = new Date().getFullYear() - 1;

interface Choices {
  from: string;
  to: string;
  gender: string;
  priceListId: string;
  totalCost: string;
  shares: Record<string, string>;
  persistence: string;
  discountRate: string;
  overrides: Record<string, { before: Situation; after: Situation }>;
  mode: 'participants' | 'typfall';
  typfall: TypfallDraft[];
}

const initialChoices = (): Choices => ({
  from: `${lastYear}-01-01`,
  to: `${lastYear}-12-31`,
  gender: '',
  priceListId: '',
  totalCost: '',
  shares: Object.fromEntries(COST_ACTORS.map((a) => [a, String((FINSAM_FUNDING[a] ?? 0) * 100)])),
  persistence: '1',
  discountRate: '0',
  overrides: {},
  mode: 'participants',
  typfall: [newTypfall(1)],
});

/** The request body of a preview or a save, from the form's text fields. */
function bodyOf(c: Choices) {
  const number = (v: string) => Number(v.replace(',', '.'));
  return {
    from: c.from,
    to: c.to,
    gender: c.gender || null,
    priceListId: c.priceListId || null,
    totalCost: c.totalCost.trim() === '' ? null : number(c.totalCost),
    fundingShares: Object.fromEntries(
      Object.entries(c.shares)
        .filter(([, v]) => number(v) > 0)
        .map(([a, v]) => [a, number(v) / 100]),
    ),
    persistence: number(c.persistence),
    discountRate: number(c.discountRate),
    overrides: c.overrides,
    typfall:
      c.mode === 'typfall'
        ? c.typfall.map((d) => ({
            label: d.label,
            weight: Number(d.weight),
            gender: d.gender || undefined,
            before: situationOf(d.before),
            after: situationOf(d.after),
          }))
        : null,
  };
}

/**
 * Nyttoberäkning of an insats: choose period, price list, cost and assumptions, see how the
 * participants' situations were derived (and override any group), read the result, save it for
 * the board, and open earlier analyses.
 */
export function SocioeconomicPanel({
  associationId,
  interventionId,
}: {
  associationId: string;
  interventionId: string;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const client = useQueryClient();
  const base = `/associations/${associationId}/interventions/${interventionId}/socioeconomic`;
  const mayAnalyse = can('socioeconomic.analyse', associationId);
  const [choices, setChoices] = useState(initialChoices);
  const [preview, setPreview] = useState<AnalysisPreview | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [savedMessage, setSavedMessage] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const priceLists = useQuery({ queryKey: ['price-lists'], queryFn: () => get<PriceListSummary[]>('/price-lists') });
  const saved = useQuery({
    queryKey: ['analyses', interventionId],
    queryFn: () => get<SavedAnalysis[]>(`${base}/analyses`),
  });
  const opened = useQuery({
    queryKey: ['analysis', open],
    queryFn: () => get<SavedAnalysis>(`${base}/analyses/${open}`),
    enabled: open !== null,
  });

  const run = async (next: Choices) => {
    setChoices(next);
    setBusy(true);
    setErrors([]);
    setSavedMessage(false);
    try {
      setPreview(await post<AnalysisPreview>(`${base}/preview`, bodyOf(next)));
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setErrors([]);
    try {
      const row = await post<SavedAnalysis>(`${base}/analyses`, { ...bodyOf(choices), name });
      await client.invalidateQueries({ queryKey: ['analyses', interventionId] });
      setSavedMessage(true);
      setOpen(row.id);
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };
  const set = (patch: Partial<Choices>) => setChoices({ ...choices, ...patch });

  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <Paragraph>{t('socioeconomic.intro')}</Paragraph>
      <SavedList analyses={saved.data ?? []} base={base} onOpen={setOpen} />
      {opened.data && (
        <section className="stack" aria-labelledby="opened-heading">
          <Heading level={2} data-size="sm" id="opened-heading">
            {opened.data.name}
          </Heading>
          <Paragraph data-size="sm">
            {t('socioeconomic.savedAt', {
              at: formatDateTime(opened.data.createdAt),
              from: opened.data.periodFrom,
              to: opened.data.periodTo,
            })}{' '}
            <Link href={`/api/v1${base}/analyses/${opened.data.id}?format=pdf`}>{t('socioeconomic.pdf')}</Link> ·{' '}
            <Link href={`/api/v1${base}/analyses/${opened.data.id}?format=xlsx`}>{t('socioeconomic.xlsx')}</Link>
          </Paragraph>
          <ResultView report={opened.data.result} input={opened.data.input.model} cost={opened.data.input.cost} />
        </section>
      )}
      {mayAnalyse && (
        <section className="stack" aria-labelledby="new-analysis-heading">
          <Heading level={2} data-size="sm" id="new-analysis-heading">
            {t('socioeconomic.new')}
          </Heading>
          <form className="stack" onSubmit={(e) => (e.preventDefault(), void run(choices))} noValidate>
            <FormErrors form={FORM} errors={errors} />
            <div className="row">
              <TextField
                form={FORM}
                errors={errors}
                name="from"
                type="date"
                label={t('report.from')}
                value={choices.from}
                onChange={(from) => set({ from })}
              />
              <TextField
                form={FORM}
                errors={errors}
                name="to"
                type="date"
                label={t('report.to')}
                value={choices.to}
                onChange={(to) => set({ to })}
              />
              <SelectField
                form={FORM}
                errors={errors}
                name="gender"
                label={t('socioeconomic.participantsFilter')}
                value={choices.gender}
                empty={t('socioeconomic.allParticipants')}
                options={(['kvinna', 'man'] as const).map((g) => ({ value: g, label: t(`report.columns.${g}`) }))}
                onChange={(gender) => set({ gender })}
              />
              <SelectField
                form={FORM}
                errors={errors}
                name="priceListId"
                label={t('socioeconomic.priceList')}
                value={choices.priceListId}
                empty={t('socioeconomic.activePriceList')}
                options={(priceLists.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.year})` }))}
                onChange={(priceListId) => set({ priceListId })}
              />
            </div>
            <SelectField
              form={FORM}
              errors={errors}
              name="mode"
              label={t('socioeconomic.mode')}
              value={choices.mode}
              options={(['participants', 'typfall'] as const).map((m) => ({
                value: m,
                label: t(`socioeconomic.modes.${m}`),
              }))}
              onChange={(mode) => set({ mode: mode as Choices['mode'] })}
            />
            {choices.mode === 'typfall' && (
              <TypfallEditor form={FORM} value={choices.typfall} onChange={(typfall) => set({ typfall })} />
            )}
            <div className="row">
              <TextField
                form={FORM}
                errors={errors}
                name="totalCost"
                type="number"
                label={t('socioeconomic.totalCost')}
                description={t('socioeconomic.totalCostHint')}
                value={choices.totalCost}
                onChange={(totalCost) => set({ totalCost })}
              />
              <SelectField
                form={FORM}
                errors={errors}
                name="persistence"
                label={t('socioeconomic.persistence')}
                value={choices.persistence}
                // The measured persistence, once taken, is one of the choices (PersistenceSuggestion).
                options={[...new Set(['1', '0.75', '0.5', choices.persistence])].map((v) => ({
                  value: v,
                  label: `${Math.round(Number(v) * 100)} %`,
                }))}
                onChange={(persistence) => set({ persistence })}
              />
              <SelectField
                form={FORM}
                errors={errors}
                name="discountRate"
                label={t('socioeconomic.discountRate')}
                value={choices.discountRate}
                options={['0', '0.035'].map((v) => ({
                  value: v,
                  label: `${(Number(v) * 100).toLocaleString('sv-SE')} %`,
                }))}
                onChange={(discountRate) => set({ discountRate })}
              />
            </div>
            <PersistenceSuggestion
              interventionId={interventionId}
              period={{ from: choices.from, to: choices.to }}
              current={choices.persistence}
              onUse={(persistence) => set({ persistence })}
            />
            <fieldset className="row" style={{ border: 0, padding: 0 }}>
              <legend>{t('socioeconomic.funding')}</legend>
              {COST_ACTORS.map((a) => (
                <TextField
                  key={a}
                  form={FORM}
                  errors={errors}
                  name={`fundingShares.${a}`}
                  type="number"
                  label={`${t(`codes.actor.${a}`)} (%)`}
                  value={choices.shares[a] ?? '0'}
                  onChange={(v) => set({ shares: { ...choices.shares, [a]: v } })}
                />
              ))}
            </fieldset>
            <div>
              <Button type="submit" disabled={busy}>
                {t('socioeconomic.calculate')}
              </Button>
            </div>
          </form>
          {busy && <Spinner aria-label={t('common.loading')} />}
          {preview && (
            <div className="stack">
              <Paragraph data-size="sm">
                {t('socioeconomic.costLine', {
                  total: formatKronor(preview.cost.total),
                  per: formatKronor(preview.cost.perParticipant),
                  n: preview.report.participants,
                  source: t(`socioeconomic.costSource.${preview.cost.source}`),
                })}
              </Paragraph>
              {preview.pooled && <Paragraph data-size="sm">{t('socioeconomic.pooledNote')}</Paragraph>}
              {preview.report.participants === 0 ? (
                <StatusMessage kind="info">{t('socioeconomic.noParticipants')}</StatusMessage>
              ) : (
                <>
                  <ResultView report={preview.report} input={preview.input} cost={preview.cost} />
                  {preview.groups.length > 0 && (
                    <details>
                      <summary>{t('socioeconomic.showGroups', { n: preview.groups.length })}</summary>
                      <GroupsTable
                        groups={preview.groups}
                        editable
                        onOverride={(key, override) => {
                          const overrides = { ...choices.overrides };
                          if (override) overrides[key] = override;
                          else delete overrides[key];
                          void run({ ...choices, overrides });
                        }}
                      />
                    </details>
                  )}
                  <div className="row">
                    <TextField
                      form={FORM}
                      errors={errors}
                      name="name"
                      label={t('socioeconomic.name')}
                      value={name}
                      onChange={setName}
                    />
                    <Button onClick={() => void save()}>{t('socioeconomic.save')}</Button>
                  </div>
                  {savedMessage && <StatusMessage kind="success">{t('socioeconomic.saved')}</StatusMessage>}
                </>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function SavedList({
  analyses,
  base,
  onOpen,
}: {
  analyses: SavedAnalysis[];
  base: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const payback = usePaybackText();
  if (analyses.length === 0) return <Paragraph data-size="sm">{t('socioeconomic.noneSaved')}</Paragraph>;
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" border>
        <caption>{t('socioeconomic.savedAnalyses')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('socioeconomic.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('interventions.period')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.participants')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.net5Society')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.paybackTime')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.files')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {analyses.map((a) => (
            <Table.Row key={a.id}>
              <Table.HeaderCell scope="row">
                <Button variant="tertiary" data-size="sm" onClick={() => onOpen(a.id)}>
                  {a.name}
                </Button>
              </Table.HeaderCell>
              <Table.Cell>
                {a.periodFrom} – {a.periodTo}
              </Table.Cell>
              <Table.Cell>{a.result.participants}</Table.Cell>
              <Table.Cell>{formatKronor(a.result.actors.samhallet.total.netBenefit5)}</Table.Cell>
              <Table.Cell>{payback(a.result.actors.samhallet)}</Table.Cell>
              <Table.Cell>
                <Link href={`/api/v1${base}/analyses/${a.id}?format=pdf`}>PDF</Link> ·{' '}
                <Link href={`/api/v1${base}/analyses/${a.id}?format=xlsx`}>Excel</Link>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
