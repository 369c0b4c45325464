import { Button, Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { textIn, type Scale, type SurveyOption } from '@insikt/core';
import { fieldId } from '../../lib/form-errors';
import { at, freeId, IdInput, ItemActions, LocalizedInput, move, type At } from './editor-inputs';

/**
 * The options of a question. On a scale each option may lie outside the scale ("Vet ej": counted
 * in N, left out of means) and may count as positive; a choice's option may be "annat, nämligen …".
 */
export function OptionsEditor({
  where,
  options,
  onChange,
  scale,
  onScale,
}: {
  where: At;
  options: SurveyOption[];
  onChange: (options: SurveyOption[]) => void;
  /** Given for a scale or a matrix: the positive set and numeric flag live on the scale. */
  scale?: Scale;
  onScale?: (scale: Scale) => void;
}) {
  const { t } = useTranslation();
  const edit = (fn: (list: SurveyOption[]) => void) => {
    const next = structuredClone(options);
    fn(next);
    onChange(next);
  };
  const togglePositive = (id: string, on: boolean) => {
    if (!scale || !onScale) return;
    onScale({ ...scale, positive: on ? [...scale.positive, id] : scale.positive.filter((p) => p !== id) });
  };
  return (
    <Fieldset id={fieldId(where.form, where.path)} tabIndex={-1}>
      <Fieldset.Legend>{t('surveys.editor.options')}</Fieldset.Legend>
      {scale && <Fieldset.Description>{t('surveys.editor.positiveHint')}</Fieldset.Description>}
      <ol className="editor-list">
        {options.map((o, i) => {
          const name = textIn(o.label, 'sv') || o.id;
          return (
            <li key={i} className="editor-item">
              <div className="editor-pair">
                <IdInput
                  where={at(where, i, 'id')}
                  label={t('surveys.editor.optionId')}
                  value={o.id}
                  onChange={(id) => edit((l) => void (l[i]!.id = id))}
                />
              </div>
              <LocalizedInput
                where={at(where, i, 'label')}
                label={t('surveys.editor.optionLabel')}
                value={o.label}
                onChange={(label) => edit((l) => void (l[i]!.label = label ?? { sv: '' }))}
              />
              <div className="row">
                {scale ? (
                  <>
                    <Checkbox
                      label={t('surveys.editor.outsideScale')}
                      checked={!!o.outsideScale}
                      onChange={(e) => edit((l) => void (l[i]!.outsideScale = e.target.checked || undefined))}
                    />
                    <Checkbox
                      label={t('surveys.editor.positive')}
                      checked={scale.positive.includes(o.id)}
                      disabled={!!o.outsideScale}
                      onChange={(e) => togglePositive(o.id, e.target.checked)}
                    />
                  </>
                ) : (
                  <Checkbox
                    label={t('surveys.editor.other')}
                    checked={!!o.other}
                    onChange={(e) => edit((l) => void (l[i]!.other = e.target.checked || undefined))}
                  />
                )}
              </div>
              <ItemActions
                name={name}
                index={i}
                count={options.length}
                onMove={(to) => edit((l) => move(l, i, to))}
                onRemove={() => edit((l) => void l.splice(i, 1))}
              />
            </li>
          );
        })}
      </ol>
      <div className="row">
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() =>
            edit((l) =>
              l.push({ id: freeId('o', new Set(l.map((o) => o.id))), label: { sv: t('surveys.editor.newOption') } }),
            )
          }
        >
          {t('surveys.editor.addOption')}
        </Button>
        {scale && onScale && (
          <Checkbox
            label={t('surveys.editor.numeric')}
            description={t('surveys.editor.numericHint')}
            checked={scale.numeric}
            onChange={(e) => onScale({ ...scale, numeric: e.target.checked })}
          />
        )}
      </div>
    </Fieldset>
  );
}
