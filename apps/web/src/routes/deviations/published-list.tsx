import { useState } from 'react';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DEVIATION_TYPES, OWN_ORGANISATION } from '@insikt/core';
import { SelectField, TextField } from '../../lib/fields';
import { formatDate } from '../../lib/format';
import type { DeviationPublication } from '../../lib/types';

/**
 * The published cases with their answers (issue 15 §3), filtered by party, type and words. The same
 * for signed-in staff and, when the förbund opens it, for anyone: no reporter, no internal comments.
 */
export function PublishedList({ publication }: { publication: DeviationPublication }) {
  const { t } = useTranslation();
  const [party, setParty] = useState('');
  const [type, setType] = useState('');
  const [words, setWords] = useState('');
  const memberName = new Map(publication.members.map((m) => [m.id, m.name]));
  const needle = words.trim().toLocaleLowerCase('sv');
  const shown = publication.cases.filter(
    (c) =>
      (!party || (party === OWN_ORGANISATION ? c.ownOrganisation : c.memberIds.includes(party))) &&
      (!type || c.type === type) &&
      (!needle || `${c.description}\n${c.answer}`.toLocaleLowerCase('sv').includes(needle)),
  );
  return (
    <div className="stack">
      <div className="row">
        <SelectField
          form="published"
          errors={[]}
          name="party"
          label={t('deviations.filterParty')}
          value={party}
          onChange={setParty}
          empty={t('deviations.allParties')}
          options={[
            ...publication.members.map((m) => ({ value: m.id, label: m.name })),
            { value: OWN_ORGANISATION, label: t('deviations.ownOrganisation') },
          ]}
        />
        <SelectField
          form="published"
          errors={[]}
          name="type"
          label={t('deviations.filterType')}
          value={type}
          onChange={setType}
          empty={t('deviations.allTypes')}
          options={DEVIATION_TYPES.map((d) => ({ value: d, label: t(`deviations.types.${d}`) }))}
        />
        <TextField
          form="published"
          errors={[]}
          name="words"
          label={t('deviations.search')}
          value={words}
          onChange={setWords}
        />
      </div>
      <Paragraph role="status">{t('deviations.publishedCount', { count: shown.length })}</Paragraph>
      {shown.map((c) => {
        const parties = [
          ...c.memberIds.map((id) => memberName.get(id) ?? ''),
          ...(c.ownOrganisation ? [t('deviations.ownOrganisation')] : []),
        ].join(', ');
        return (
          <Card key={c.id} id={`avvikelse-${c.number}`} data-color="neutral">
            <Heading level={2} data-size="sm">
              {t('deviations.caseNumber', { number: c.number })}: {t(`deviations.types.${c.type}`)}
            </Heading>
            <Paragraph data-size="sm">
              {t('deviations.publishedMeta', {
                parties,
                where: c.interventionName ?? c.forum,
                date: formatDate(c.publishedOn),
              })}
            </Paragraph>
            <Heading level={3} data-size="xs">
              {t('deviations.field.description')}
            </Heading>
            <Paragraph className="pre-wrap">{c.description}</Paragraph>
            <Heading level={3} data-size="xs">
              {t('deviations.answer')}
            </Heading>
            <Paragraph className="pre-wrap">{c.answer}</Paragraph>
          </Card>
        );
      })}
    </div>
  );
}
