import { useState } from 'react';
import { Button, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOGIC_LEVELS, type LogicIndicator, type LogicLevel, type ProgrammeLogicContent } from '@insikt/core';
import { put } from '../../lib/api';
import { TextField } from '../../lib/fields';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { ProgrammeLogic } from '../../lib/types';
import { IndicatorFulfilment } from './fulfilment-list';
import { IndicatorDialog } from './indicator-dialog';

const FORM = 'logic';
type Rows = ProgrammeLogicContent['levels'][LogicLevel]['rows'];

/** Moves item `from` one step up (-1) or down (+1); the ends stay put. */
const moved = <T,>(list: T[], from: number, step: -1 | 1): T[] => {
  const to = from + step;
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  [copy[from], copy[to]] = [copy[to]!, copy[from]!];
  return copy;
};

/**
 * A draft logic being edited: per level its headline goals and its rows (add, move, remove), each
 * delmål's indicators (link with the dialog, remove) and the shared Effekt. Saved whole, with the
 * version read, so a concurrent change is refused rather than overwritten.
 */
export function LogicEditor({ logic, associationId }: { logic: ProgrammeLogic; associationId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [content, setContent] = useState<ProgrammeLogicContent>(logic.content);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [dialogFor, setDialogFor] = useState<{ level: LogicLevel; index: number } | null>(null);
  const views = new Map(logic.fulfilment.indicators.map((i) => [i.id, i]));

  const setRows = (level: LogicLevel, rows: (current: Rows) => Rows) => {
    setSaved(false);
    setContent((c) => ({
      ...c,
      levels: { ...c.levels, [level]: { ...c.levels[level], rows: rows(c.levels[level].rows) } },
    }));
  };
  const patchRow = (level: LogicLevel, index: number, patch: Partial<Rows[number]>) =>
    setRows(level, (rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const setGoals = (level: LogicLevel, text: string) => {
    setSaved(false);
    const headlineGoals = text.split('\n').filter((g) => g.trim() !== '');
    setContent((c) => ({ ...c, levels: { ...c.levels, [level]: { ...c.levels[level], headlineGoals } } }));
  };
  const addIndicator = (indicator: LogicIndicator) =>
    dialogFor &&
    patchRow(dialogFor.level, dialogFor.index, {
      indicators: [...content.levels[dialogFor.level].rows[dialogFor.index]!.indicators, indicator],
    });

  const save = async () => {
    setErrors([]);
    setBusy(true);
    try {
      const result = await put<ProgrammeLogic>(`/associations/${associationId}/programme-logics/${logic.id}`, {
        content,
        version: logic.version,
      });
      client.setQueryData(['programme-logic', logic.id], result);
      setSaved(true);
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <StatusMessage kind="info">{t('programmeLogic.editing')}</StatusMessage>
      <FormErrors form={FORM} errors={errors} />
      {LOGIC_LEVELS.map((level) => {
        const { headlineGoals, rows } = content.levels[level];
        const path = `content.levels.${level}`;
        return (
          <Fieldset key={level}>
            <Fieldset.Legend>
              <Heading level={2} data-size="xs">
                {t(`programmeLogic.levels.${level}`)}
              </Heading>
            </Fieldset.Legend>
            <TextField
              form={FORM}
              name={`${path}.headlineGoals`}
              errors={errors}
              multiline
              label={t('programmeLogic.headlineGoals')}
              description={t('programmeLogic.headlineGoalsHelp')}
              value={headlineGoals.join('\n')}
              onChange={(v) => setGoals(level, v)}
            />
            {rows.map((row, i) => {
              const n = i + 1;
              return (
                <div
                  key={row.id}
                  className="stack"
                  style={{ borderTop: '1px solid var(--ds-color-neutral-border-subtle)' }}
                >
                  <div className="row">
                    <TextField
                      form={FORM}
                      name={`${path}.rows.${i}.activity`}
                      errors={errors}
                      multiline
                      label={t('programmeLogic.activity', { n })}
                      value={row.activity}
                      onChange={(activity) => patchRow(level, i, { activity })}
                    />
                    <TextField
                      form={FORM}
                      name={`${path}.rows.${i}.subGoal`}
                      errors={errors}
                      multiline
                      label={t('programmeLogic.subGoal', { n })}
                      value={row.subGoal}
                      onChange={(subGoal) => patchRow(level, i, { subGoal })}
                    />
                  </div>
                  {row.indicators.map((indicator) => {
                    const view = views.get(indicator.id);
                    const label = view?.label ?? t(`programmeLogic.dialog.kinds.${indicator.kind}`);
                    return (
                      <div key={indicator.id} className="row">
                        {view ? <IndicatorFulfilment indicator={view} /> : <span>{label}</span>}
                        <Button
                          type="button"
                          variant="tertiary"
                          data-size="sm"
                          onClick={() =>
                            patchRow(level, i, { indicators: row.indicators.filter((x) => x.id !== indicator.id) })
                          }
                        >
                          {t('programmeLogic.removeIndicator', { label })}
                        </Button>
                      </div>
                    );
                  })}
                  <div className="row">
                    <Button
                      type="button"
                      variant="secondary"
                      data-size="sm"
                      onClick={() => setDialogFor({ level, index: i })}
                    >
                      {t('programmeLogic.addIndicator', { n })}
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      disabled={i === 0}
                      onClick={() => setRows(level, (r) => moved(r, i, -1))}
                    >
                      {t('programmeLogic.moveUp', { n })}
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      disabled={i === rows.length - 1}
                      onClick={() => setRows(level, (r) => moved(r, i, 1))}
                    >
                      {t('programmeLogic.moveDown', { n })}
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => setRows(level, (r) => r.filter((_, j) => j !== i))}
                    >
                      {t('programmeLogic.removeRow', { n })}
                    </Button>
                  </div>
                </div>
              );
            })}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  setRows(level, (r) => [...r, { id: crypto.randomUUID(), activity: '', subGoal: '', indicators: [] }])
                }
              >
                {t('programmeLogic.addRow', { level: t(`programmeLogic.levels.${level}`) })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <TextField
        form={FORM}
        name="content.effect"
        errors={errors}
        multiline
        label={t('programmeLogic.effect')}
        value={content.effect}
        onChange={(effect) => {
          setSaved(false);
          setContent((c) => ({ ...c, effect }));
        }}
      />
      <div className="row">
        <Button type="button" loading={busy} onClick={() => void save()}>
          {t('programmeLogic.save')}
        </Button>
        {saved && <StatusMessage kind="success">{t('programmeLogic.saved')}</StatusMessage>}
      </div>
      <IndicatorDialog
        associationId={associationId}
        year={logic.year}
        open={dialogFor !== null}
        onClose={() => setDialogFor(null)}
        onAdd={addIndicator}
      />
    </div>
  );
}
