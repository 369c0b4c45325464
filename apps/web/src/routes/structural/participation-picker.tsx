import { useState } from 'react';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { SelectField, TextField } from '../../lib/fields';
import type { ParticipationPage, StructuralActualisation } from '../../lib/types';
import { useParticipantContext } from '../participants/use-participant-context';

export type LinkedParticipation = NonNullable<StructuralActualisation['participation']>;
type Found = ParticipationPage['rows'][number];

const describe = (p: { reference: string | null; interventionName: string; startDate: string }, anonymous: string) =>
  `${p.reference ?? anonymous}, ${p.interventionName}, ${formatDate(p.startDate)}`;

/**
 * The participation an aktualisering led to, chosen from a search by the participant's code and
 * insats (the participants module's own search, audited there). Only the pseudonym, the insats and
 * the dates are shown: never a personnummer.
 */
export function ParticipationPicker({
  associationId,
  value,
  onChange,
}: {
  associationId: string;
  value: LinkedParticipation | null;
  onChange: (p: LinkedParticipation | null) => void;
}) {
  const { t } = useTranslation();
  const { interventions } = useParticipantContext(associationId);
  const [q, setQ] = useState('');
  const [interventionId, setInterventionId] = useState('');
  const searching = q.trim().length > 0 || interventionId !== '';
  const found = useQuery({
    queryKey: ['participations', associationId, 'link', q, interventionId],
    queryFn: () =>
      get<ParticipationPage>(
        `/associations/${associationId}/participations${query({ q: q.trim(), interventionId, limit: 10 })}`,
      ),
    enabled: searching,
  });
  const anonymous = t('structural.raised.anonymous');
  const choose = (p: Found) =>
    onChange({
      id: p.id,
      interventionId: p.interventionId,
      interventionName: p.interventionName,
      reference: p.personReference,
      startDate: p.startDate,
      exitDate: p.exitDate,
    });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('structural.raised.link')}</Fieldset.Legend>
      <Paragraph data-size="sm">{t('structural.raised.linkHelp')}</Paragraph>
      {value ? (
        <div className="row">
          <Paragraph>{t('structural.raised.linkedTo', { participation: describe(value, anonymous) })}</Paragraph>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(null)}>
            {t('structural.raised.unlink')}
          </Button>
        </div>
      ) : (
        <>
          <div className="row" role="search">
            <TextField
              form="actualisation-link"
              errors={[]}
              name="q"
              label={t('structural.raised.searchCode')}
              value={q}
              onChange={setQ}
            />
            <SelectField
              form="actualisation-link"
              errors={[]}
              name="interventionId"
              label={t('structural.raised.searchInsats')}
              value={interventionId}
              empty={t('structural.raised.allInsatser')}
              onChange={setInterventionId}
              options={(interventions ?? [])
                .filter((i) => i.kind === 'individual')
                .map((i) => ({ value: i.id, label: i.name }))}
            />
          </div>
          {found.error && <Paragraph>{found.error.message}</Paragraph>}
          {found.data && found.data.rows.length === 0 && <Paragraph>{t('structural.raised.noneFound')}</Paragraph>}
          {found.data && found.data.rows.length > 0 && (
            <ul className="plain-list stack" aria-label={t('structural.raised.found')}>
              {found.data.rows.map((p) => (
                <li key={p.id}>
                  <Button type="button" variant="secondary" data-size="sm" onClick={() => choose(p)}>
                    {t('structural.raised.choose', {
                      participation: describe({ ...p, reference: p.personReference }, anonymous),
                    })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Fieldset>
  );
}
