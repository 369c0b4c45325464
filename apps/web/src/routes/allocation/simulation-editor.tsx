import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { allocationPaths } from './allocation-paths';
import type { SimulationChange } from '@insikt/core';
import { post, put } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { CheckboxGroup, RadioGroup, SelectField, TextField, toNumber } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { formatKronor } from '../../lib/format';
import type { AllocationModelYear } from '../../lib/types';
import { useAssociations } from '../../lib/use-associations';
import { useFormSubmit } from '../../lib/use-form-submit';

const FORM = 'simulering';

/** The changes of a simulation in words, naming förbund and merged förbund. */
export function useChangeText(year: AllocationModelYear, changes: readonly SimulationChange[]) {
  const { t } = useTranslation();
  const names = new Map(year.forbund.map((f) => [f.id, f.name]));
  for (const c of changes) if (c.kind === 'merge') names.set(c.id, c.name);
  const kommuner = new Map(year.kommunInputs.map((k) => [k.municipalityCode, k.name]));
  return (c: SimulationChange) => {
    if (c.kind === 'merge')
      return t('allocation.changeText.merge', {
        parts: c.forbundIds.map((id) => names.get(id) ?? id).join(', '),
        name: c.name,
        pooling: c.pooling.rule === 'sum' ? t('allocation.pooling.sum') : formatKronor(c.pooling.equity),
      });
    if (c.kind === 'request')
      return t('allocation.changeText.request', {
        name: names.get(c.forbundId) ?? c.forbundId,
        amount: c.requested === null ? t('allocation.wholeOffer') : formatKronor(c.requested),
      });
    if (c.kind === 'distributable') return t('allocation.changeText.distributable', { amount: formatKronor(c.amount) });
    return t('allocation.changeText.move', {
      kommun: kommuner.get(c.kommunId) ?? c.kommunId,
      to: names.get(c.toForbundId) ?? c.toForbundId,
    });
  };
}

/**
 * Builds a simulation of a model year: mergers (one base grant instead of k, pooled equity by the
 * chosen rule), changed requests, a new D, kommuner moving; then saves it for the förbund (or, for the
 * system administrator, nationally). The result is computed by the server (core `simulate`).
 */
export function SimulationEditor({
  year,
  saved,
}: {
  year: AllocationModelYear;
  saved?: { id: string; version: number; name: string; associationId: string | null; changes: SimulationChange[] };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const can = useCan();
  const associations = useAssociations();
  const owners = (associations.data ?? []).filter((a) => can('allocation.simulate', a.id));
  const [name, setName] = useState(saved?.name ?? '');
  // Until the user chooses, the first förbund the user may simulate for (the list loads after the first render).
  const [chosenOwner, setOwner] = useState<string | null>(saved ? (saved.associationId ?? '') : null);
  const owner = chosenOwner ?? owners[0]?.id ?? '';
  const [changes, setChanges] = useState<SimulationChange[]>(saved?.changes ?? []);
  const [draft, setDraft] = useState({
    parts: [] as string[],
    mergedName: '',
    rule: 'sum' as 'sum' | 'entered',
    equity: '',
    requestFor: '',
    whole: true,
    amount: '',
    distributable: '',
    kommun: '',
    to: '',
  });
  const text = useChangeText(year, changes);
  const forbund = [
    ...year.forbund.map((f) => ({ value: f.id, label: f.name })),
    ...changes.flatMap((c) => (c.kind === 'merge' ? [{ value: c.id, label: c.name }] : [])),
  ].filter((f) => !changes.some((c) => c.kind === 'merge' && c.forbundIds.includes(f.value)));
  const { errors, setErrors, busy, submit } = useFormSubmit(async () => {
    if (saved) {
      await put(`/allocation/simulations/${saved.id}`, { name, changes, version: saved.version });
      await client.invalidateQueries({ queryKey: ['allocation'] });
      return;
    }
    const created = await post<{ id: string }>('/allocation/simulations', {
      name,
      year: year.year,
      associationId: owner === '' ? null : owner,
      changes,
    });
    await navigate({ to: allocationPaths.simulation(created.id) });
  });
  const common = { form: FORM, errors };
  const add = (change: SimulationChange | string) => {
    if (typeof change === 'string') return setErrors([{ field: 'changes', message: change }]);
    setErrors([]);
    setChanges([...changes, change]);
  };
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const mergeChange = (): SimulationChange | string =>
    draft.parts.length < 2
      ? t('allocation.mergeNeedsTwo')
      : !draft.mergedName.trim()
        ? t('allocation.mergeNeedsName')
        : {
            kind: 'merge',
            forbundIds: draft.parts,
            id: `sammanslagning-${changes.length + 1}`,
            name: draft.mergedName.trim(),
            pooling: draft.rule === 'sum' ? { rule: 'sum' } : { rule: 'entered', equity: toNumber(draft.equity) ?? 0 },
          };
  const requestChange = (): SimulationChange | string =>
    draft.requestFor === ''
      ? t('allocation.chooseForbund')
      : { kind: 'request', forbundId: draft.requestFor, requested: draft.whole ? null : (toNumber(draft.amount) ?? 0) };
  const poolingOptions = [
    { value: 'sum' as const, label: t('allocation.pooling.sum'), code: 'sum' },
    { value: 'entered' as const, label: t('allocation.pooling.entered'), code: 'entered' },
  ];
  const requestOptions = [
    { value: true, label: t('allocation.wholeOffer'), code: 'whole' },
    { value: false, label: t('allocation.amount'), code: 'amount' },
  ];
  const kommunOptions = year.forbund
    .flatMap((f) => f.municipalityCodes)
    .map((code) => ({ value: code, label: year.kommunInputs.find((k) => k.municipalityCode === code)?.name ?? code }));
  const isSystemAdmin = can('allocation.manage');
  return (
    <form className="form" onSubmit={(e) => void submit(undefined, e)} noValidate>
      <FormErrors {...common} />
      <TextField {...common} name="name" label={t('allocation.simulationName')} value={name} onChange={setName} />
      {!saved && (
        <SelectField
          {...common}
          name="associationId"
          label={t('allocation.owner')}
          description={t('allocation.ownerHint')}
          options={[
            ...owners.map((a) => ({ value: a.id, label: a.name })),
            ...(isSystemAdmin ? [{ value: '', label: t('allocation.national') }] : []),
          ]}
          value={owner}
          onChange={setOwner}
        />
      )}

      <Heading level={3} data-size="sm">
        {t('allocation.changes')}
      </Heading>
      {changes.length === 0 ? (
        <Paragraph data-size="sm">{t('allocation.noChanges')}</Paragraph>
      ) : (
        <ol>
          {changes.map((c, i) => (
            <li key={i}>
              {text(c)}{' '}
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => setChanges(changes.filter((_, j) => j !== i))}
              >
                {t('allocation.removeChange', { n: i + 1 })}
              </Button>
            </li>
          ))}
        </ol>
      )}

      <ChangeSection
        legend={t('allocation.mergeTitle')}
        addLabel={t('allocation.addMerge')}
        onAdd={() => add(mergeChange())}
      >
        <CheckboxGroup
          {...common}
          name="mergeParts"
          label={t('allocation.mergeParts')}
          options={forbund}
          values={draft.parts}
          onChange={(parts) => set({ parts })}
        />
        <TextField
          {...common}
          name="mergedName"
          label={t('allocation.mergedName')}
          value={draft.mergedName}
          onChange={(mergedName) => set({ mergedName })}
        />
        <RadioGroup
          {...common}
          name="pooling"
          label={t('allocation.poolingRule')}
          description={t('allocation.poolingHint')}
          options={poolingOptions}
          value={draft.rule}
          onChange={(rule) => set({ rule })}
        />
        {draft.rule === 'entered' && (
          <TextField
            {...common}
            name="pooledEquity"
            type="number"
            label={t('allocation.pooledEquity')}
            value={draft.equity}
            onChange={(equity) => set({ equity })}
          />
        )}
      </ChangeSection>
      <ChangeSection
        legend={t('allocation.requestTitle')}
        addLabel={t('allocation.addRequest')}
        onAdd={() => add(requestChange())}
      >
        <SelectField
          {...common}
          name="requestFor"
          label={t('allocation.forbund')}
          empty={t('allocation.choose')}
          options={forbund}
          value={draft.requestFor}
          onChange={(requestFor) => set({ requestFor })}
        />
        <RadioGroup
          {...common}
          name="whole"
          label={t('allocation.requestKind')}
          options={requestOptions}
          value={draft.whole}
          onChange={(whole) => set({ whole })}
        />
        {!draft.whole && (
          <TextField
            {...common}
            name="requestAmount"
            type="number"
            label={t('allocation.requestedKr')}
            value={draft.amount}
            onChange={(amount) => set({ amount })}
          />
        )}
      </ChangeSection>
      <ChangeSection
        legend={t('allocation.distributableTitle')}
        addLabel={t('allocation.addDistributable')}
        onAdd={() => add({ kind: 'distributable', amount: toNumber(draft.distributable) ?? 0 })}
      >
        <TextField
          {...common}
          name="newDistributable"
          type="number"
          label={t('allocation.newDistributable')}
          value={draft.distributable}
          onChange={(distributable) => set({ distributable })}
        />
      </ChangeSection>
      <ChangeSection
        legend={t('allocation.moveTitle')}
        addLabel={t('allocation.addMove')}
        onAdd={() =>
          add(
            draft.kommun && draft.to
              ? { kind: 'move-kommun', kommunId: draft.kommun, toForbundId: draft.to }
              : t('allocation.chooseBoth'),
          )
        }
      >
        <SelectField
          {...common}
          name="kommun"
          label={t('allocation.kommun')}
          empty={t('allocation.choose')}
          options={kommunOptions}
          value={draft.kommun}
          onChange={(kommun) => set({ kommun })}
        />
        <SelectField
          {...common}
          name="to"
          label={t('allocation.moveTo')}
          empty={t('allocation.choose')}
          options={forbund}
          value={draft.to}
          onChange={(to) => set({ to })}
        />
      </ChangeSection>
      <div>
        <Button type="submit" loading={busy}>
          {t('allocation.saveSimulation')}
        </Button>
      </div>
    </form>
  );
}

/** One kind of change: its fields and the button that adds it to the list. */
function ChangeSection({
  legend,
  addLabel,
  onAdd,
  children,
}: {
  legend: string;
  addLabel: string;
  onAdd: () => void;
  children: React.ReactNode;
}) {
  return (
    <fieldset className="stack">
      <legend>{legend}</legend>
      {children}
      <div>
        <Button type="button" variant="secondary" onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
