import { Button, Fieldset, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { MECHANISM_RATINGS, MECHANISM_THEMES, SEED_001_MECHANISMS, type MechanismTheme } from '@insikt/core';
import { useFieldArray, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { choices, FormSelect, FormText } from '../../lib/fields';
import { useFormFrame } from '../../lib/form';
import type { MechanismDraft, TocDraft } from './toc-draft';

/**
 * The assumed change mechanisms under seed 001's four themes, each with an assessment per evaluation
 * cycle (fungerat / delvis / inte fungerat, and why). Seed 001's own mechanisms can be added as a
 * starting list; they stay marked as coming from 001.
 */
export function TocMechanisms() {
  const { t } = useTranslation();
  const { readOnly } = useFormFrame();
  const cycles = useWatch<TocDraft, 'content.plan.cycles'>({ name: 'content.plan.cycles' }).length;
  const { fields, append, remove } = useFieldArray<TocDraft, 'content.mechanisms'>({ name: 'content.mechanisms' });
  const blank = (theme: MechanismTheme, text = '', source: MechanismDraft['source'] = 'own'): MechanismDraft => ({
    theme,
    text,
    source,
    byCycle: Array.from({ length: cycles }, () => ({ rating: '', text: '' })),
  });
  const hasSeed = fields.some((f) => f.source === 'seed-001');
  return (
    <div className="stack">
      <Paragraph>{t('theoryOfChange.mechanismsIntro')}</Paragraph>
      {!readOnly && !hasSeed && (
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => append(SEED_001_MECHANISMS.map((m) => blank(m.theme, m.text, 'seed-001')))}
          >
            {t('theoryOfChange.addSeedMechanisms')}
          </Button>
        </div>
      )}
      {MECHANISM_THEMES.map((theme) => (
        <section key={theme} className="stack" aria-labelledby={`theme-${theme}`}>
          <Heading level={3} data-size="xs" id={`theme-${theme}`}>
            {t(`theoryOfChange.themes.${theme}`)}
          </Heading>
          {fields.map((field, i) =>
            field.theme !== theme ? null : (
              <Fieldset key={field.id} className="toc-mechanism">
                <Fieldset.Legend>
                  {t('theoryOfChange.mechanismN', { n: i + 1 })}{' '}
                  {field.source === 'seed-001' && (
                    <Tag data-color="info" data-size="sm">
                      {t('theoryOfChange.fromSeed')}
                    </Tag>
                  )}
                </Fieldset.Legend>
                <FormText<TocDraft>
                  name={`content.mechanisms.${i}.text` as Path<TocDraft>}
                  multiline
                  label={t('theoryOfChange.mechanismText', { n: i + 1 })}
                />
                {Array.from({ length: cycles }, (_, c) => (
                  <div key={c} className="row">
                    <FormSelect<TocDraft>
                      name={`content.mechanisms.${i}.byCycle.${c}.rating` as Path<TocDraft>}
                      label={t('theoryOfChange.assessment', { n: i + 1, cycle: c + 1 })}
                      placeholder={t('theoryOfChange.notAssessed')}
                      options={choices(MECHANISM_RATINGS, (r) => t(`theoryOfChange.ratings.${r}`))}
                    />
                    <FormText<TocDraft>
                      name={`content.mechanisms.${i}.byCycle.${c}.text` as Path<TocDraft>}
                      multiline
                      label={t('theoryOfChange.assessmentText', { n: i + 1, cycle: c + 1 })}
                    />
                  </div>
                ))}
                {!readOnly && (
                  <div>
                    <Button type="button" variant="tertiary" data-color="danger" onClick={() => remove(i)}>
                      {t('common.remove')}
                    </Button>
                  </div>
                )}
              </Fieldset>
            ),
          )}
          {!readOnly && (
            <div>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => append(blank(theme))}>
                {t('theoryOfChange.addMechanism')}
              </Button>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
