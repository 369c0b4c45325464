import { useState } from 'react';
import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContributionKeyInput, ContributionKeyKind } from '@insikt/core';
import { put } from '../../lib/api';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { FormNumber, FormRadio } from '../../lib/fields';
import { formatNumber } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { Contributions } from '../../lib/types';

// Field names match the server's issues (`kommunPercents.<member id>`), so its errors land on the field.
type Draft = {
  kind: ContributionKeyKind;
  kommunPercents: Record<string, number | null>;
  regionPercents: Record<string, number | null>;
};

const asList = (percents: Record<string, number | null>) =>
  Object.entries(percents).flatMap(([memberId, percent]) => (percent === null ? [] : [{ memberId, percent }]));

function AgreedShares({ view }: { view: Contributions }) {
  const { t } = useTranslation();
  const kind = useWatch<Draft, 'kind'>({ name: 'kind' });
  if (kind === 'agreed')
    return view.kommuner.map((k) => (
      <FormNumber<Draft>
        key={k.id}
        name={`kommunPercents.${k.id}` as Path<Draft>}
        label={t('contributions.percentOf', { name: k.name })}
      />
    ));
  return (
    <List.Unordered>
      {view.kommuner.map((k) => (
        <List.Item key={k.id}>
          {k.name}:{' '}
          {k.inhabitants16to64 === null
            ? t('contributions.inhabitantsMissing')
            : t('contributions.inhabitantsOf', { number: formatNumber(k.inhabitants16to64) })}
        </List.Item>
      ))}
    </List.Unordered>
  );
}

/** The year's key: by inhabitants 16–64 or agreed percentages per kommun; the regions' split when several. */
export function KeyForm({ view, path, readOnly }: { view: Contributions; path: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const percents = (rows: { id: string; percent: number | null }[]) =>
    Object.fromEntries(rows.map((r) => [r.id, r.percent]));
  const bound = useBoundForm<Draft, ContributionKeyInput>({
    form: 'contribution-key',
    defaultValues: {
      kind: view.key.kind,
      kommunPercents: percents(view.kommuner),
      regionPercents: percents(view.regions),
    },
    toBody: (draft) => ({
      kind: draft.kind,
      kommunPercents: asList(draft.kommunPercents),
      regionPercents: asList(draft.regionPercents),
      version: view.key.version,
    }),
    onSubmit: async (body) => {
      setSaved(false);
      const next = await put<Contributions>(`${path}/key`, body);
      client.setQueryData(['contributions', view.associationId, String(view.year)], next);
      setSaved(true);
    },
  });
  return (
    <section className="stack" aria-labelledby="contribution-key">
      <Heading level={2} data-size="sm" id="contribution-key">
        {t('contributions.keyHeading', { year: view.year })}
      </Heading>
      {view.key.version === null && <Paragraph>{t('contributions.keyNotSaved')}</Paragraph>}
      <BoundForm bound={bound} readOnly={readOnly}>
        <FormRadio<Draft, ContributionKeyKind>
          name="kind"
          label={t('contributions.kindLabel')}
          options={(['inhabitants', 'agreed'] as const).map((k) => ({
            value: k,
            code: k,
            label: t(`contributions.kinds.${k}`),
          }))}
        />
        <AgreedShares view={view} />
        {view.regions.length > 1 && (
          <>
            <Heading level={3} data-size="xs">
              {t('contributions.regionsHeading')}
            </Heading>
            {view.regions.map((r) => (
              <FormNumber<Draft>
                key={r.id}
                name={`regionPercents.${r.id}` as Path<Draft>}
                label={t('contributions.percentOf', { name: r.name })}
              />
            ))}
          </>
        )}
        <SubmitButton>{t('contributions.saveKey')}</SubmitButton>
      </BoundForm>
      {saved && <StatusMessage kind="success">{t('contributions.saved')}</StatusMessage>}
    </section>
  );
}
