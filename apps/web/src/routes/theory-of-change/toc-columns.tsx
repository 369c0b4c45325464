import { Button, Fieldset, Heading } from '@digdir/designsystemet-react';
import { TOC_DIMENSIONS, TOC_HORIZONS, TOC_RESOURCE_KINDS } from '@insikt/core';
import { useFieldArray, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormNumber, FormSelect, FormText } from '../../lib/fields';
import { useFormFrame } from '../../lib/form';
import { formatNumber } from '../../lib/format';
import type { Member } from '../../lib/types';
import { ItemList } from './item-list';
import type { TocDraft } from './toc-draft';

/**
 * Seed 001's model as columns: Resurser → Aktiviteter/processer → Effekter på kort, mellanlång and
 * lång sikt, activities and effects each split into Samverkan and Deltagare/målgrupp. Side by side on
 * a wide screen, stacked on a phone (styles.css, .toc-columns).
 */
export function TocColumns({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const split = (base: string, column: string, effects = false) =>
    TOC_DIMENSIONS.map((d) => (
      <ItemList
        key={d}
        effects={effects}
        name={`${base}.${d}`}
        legend={t(`theoryOfChange.dimensions.${d}`)}
        context={`${column}, ${t(`theoryOfChange.dimensions.${d}`)}`}
      />
    ));
  return (
    <div className="toc-columns">
      <section className="toc-column" aria-labelledby="toc-resources">
        <Heading level={3} data-size="xs" id="toc-resources">
          {t('theoryOfChange.resources')}
        </Heading>
        {TOC_RESOURCE_KINDS.map((kind) => (
          <ItemList key={kind} name={`content.resources.${kind}`} legend={t(`theoryOfChange.resourceKinds.${kind}`)} />
        ))}
        <StaffingList members={members} />
      </section>
      <section className="toc-column" aria-labelledby="toc-activities">
        <Heading level={3} data-size="xs" id="toc-activities">
          {t('theoryOfChange.activities')}
        </Heading>
        {split('content.activities', t('theoryOfChange.activities'))}
      </section>
      {TOC_HORIZONS.map((h) => (
        <section key={h} className="toc-column" aria-labelledby={`toc-${h}`}>
          <Heading level={3} data-size="xs" id={`toc-${h}`}>
            {t(`theoryOfChange.horizons.${h}`)}
          </Heading>
          {split(`content.effects.${h}`, t(`theoryOfChange.horizons.${h}`), true)}
        </section>
      ))}
    </div>
  );
}

/** The team's staffing per party: "Arbetsförmedlingen — arbetsförmedlare — 25 %". */
function StaffingList({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const { readOnly } = useFormFrame();
  const { fields, append, remove } = useFieldArray<TocDraft, 'content.staffing'>({ name: 'content.staffing' });
  const options = members.map((m) => ({ value: m.id, label: m.name }));
  const rows = useWatch<TocDraft, 'content.staffing'>({ name: 'content.staffing' });
  if (readOnly) {
    const party = new Map(members.map((m) => [m.id, m.name]));
    return (
      <section className="toc-cell" aria-label={t('theoryOfChange.staffing')}>
        <p className="toc-cell-title">{t('theoryOfChange.staffing')}</p>
        <ul>
          {rows.map((r, i) => (
            <li key={i}>
              {party.get(r.memberId) ?? ''} — {r.role} — {formatNumber(r.percent)} %
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <Fieldset className="toc-cell">
      <Fieldset.Legend>{t('theoryOfChange.staffing')}</Fieldset.Legend>
      <Fieldset.Description>{t('theoryOfChange.staffingHint')}</Fieldset.Description>
      {fields.map((field, i) => (
        <div key={field.id} className="stack toc-item">
          <FormSelect<TocDraft>
            name={`content.staffing.${i}.memberId` as Path<TocDraft>}
            label={t('theoryOfChange.party', { n: i + 1 })}
            options={options}
          />
          <FormText<TocDraft>
            name={`content.staffing.${i}.role` as Path<TocDraft>}
            label={t('theoryOfChange.role', { n: i + 1 })}
          />
          <FormNumber<TocDraft>
            name={`content.staffing.${i}.percent` as Path<TocDraft>}
            empty={0}
            label={t('theoryOfChange.percent', { n: i + 1 })}
          />
          {!readOnly && (
            <div>
              <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={() => remove(i)}>
                {t('common.remove')}
              </Button>
            </div>
          )}
        </div>
      ))}
      {!readOnly && members.length > 0 && (
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => append({ memberId: members[0]!.id, role: '', percent: 100 })}
          >
            {t('theoryOfChange.addStaffing')}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
