import { useState } from 'react';
import { Button, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PRICED_SUPPORT_CODES, type AnalysisGroup, type Situation } from '@insikt/core';
import { SelectField, TextField } from '../../lib/fields';

type Override = { before: Situation; after: Situation };

/** "arbete 24 %, försörjningsstöd 76 %": a situation in words. */
export function useSituationText() {
  const { t } = useTranslation();
  return (x: Situation) => {
    const parts = [
      ...(x.work > 0 ? [`${t('socioeconomic.work')} ${Math.round(x.work * 100)} %`] : []),
      ...Object.entries(x.support)
        .filter(([, f]) => (f ?? 0) > 0)
        .map(([code, f]) => `${t(`codes.support.${code}`).toLowerCase()} ${Math.round((f ?? 0) * 100)} %`),
    ];
    return parts.length ? parts.join(', ') : t('socioeconomic.noSupport');
  };
}

/**
 * The participant groups behind an analysis: how each group's situation was derived from the
 * registered hours and support codes, with the possibility to override it.
 */
export function GroupsTable({
  groups,
  editable,
  onOverride,
}: {
  groups: AnalysisGroup[];
  editable: boolean;
  onOverride: (key: string, override: Override | null) => void;
}) {
  const { t } = useTranslation();
  const text = useSituationText();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" border>
        <caption>{t('socioeconomic.groups')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('socioeconomic.group')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.participants')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.before')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.after')}</Table.HeaderCell>
            {editable && <Table.HeaderCell>{t('socioeconomic.changeColumn')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {groups.map((g) => (
            <Table.Row key={g.key}>
              <Table.HeaderCell scope="row">
                {t(`report.columns.${g.gender}`)}
                {g.key.endsWith('|pooled') && ` – ${t('socioeconomic.pooled')}`}
              </Table.HeaderCell>
              <Table.Cell>{g.weight}</Table.Cell>
              <Table.Cell>
                {text(g.before)}
                {g.overridden && (
                  <div className="muted">{t('socioeconomic.derived', { text: text(g.derived.before) })}</div>
                )}
              </Table.Cell>
              <Table.Cell>
                {text(g.after)}
                {g.overridden && (
                  <div className="muted">{t('socioeconomic.derived', { text: text(g.derived.after) })}</div>
                )}
              </Table.Cell>
              {editable && (
                <Table.Cell>
                  {editing === g.key ? (
                    <OverrideEditor
                      group={g}
                      onDone={(override) => {
                        setEditing(null);
                        if (override !== undefined) onOverride(g.key, override);
                      }}
                    />
                  ) : (
                    <Button variant="secondary" data-size="sm" onClick={() => setEditing(g.key)}>
                      {t('socioeconomic.override')}
                    </Button>
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Work share and one support with its share, before and after; the simplest override that covers most needs. */
function OverrideEditor({ group, onDone }: { group: AnalysisGroup; onDone: (o: Override | null | undefined) => void }) {
  const { t } = useTranslation();
  const main = (x: Situation) => Object.entries(x.support).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0];
  const initial = (x: Situation) => ({
    work: String(Math.round(x.work * 100)),
    code: main(x)?.[0] ?? '',
    share: String(Math.round((main(x)?.[1] ?? 0) * 100)),
  });
  const [draft, setDraft] = useState({ before: initial(group.before), after: initial(group.after) });
  const situation = (d: typeof draft.before): Situation => ({
    work: Number(d.work) / 100,
    support: d.code ? { [d.code]: Number(d.share) / 100 } : {},
  });
  const form = `override-${group.key.length}`;
  const part = (when: 'before' | 'after') => (
    <fieldset className="row" style={{ border: 0, padding: 0 }}>
      <legend>{t(`socioeconomic.${when}`)}</legend>
      <TextField
        form={form}
        errors={[]}
        name={`${when}-work`}
        type="number"
        label={t('socioeconomic.workPercent')}
        value={draft[when].work}
        onChange={(work) => setDraft({ ...draft, [when]: { ...draft[when], work } })}
      />
      <SelectField
        form={form}
        errors={[]}
        name={`${when}-code`}
        label={t('socioeconomic.support')}
        value={draft[when].code}
        empty={t('socioeconomic.noSupport')}
        options={PRICED_SUPPORT_CODES.map((c) => ({ value: c, label: t(`codes.support.${c}`) }))}
        onChange={(code) => setDraft({ ...draft, [when]: { ...draft[when], code } })}
      />
      <TextField
        form={form}
        errors={[]}
        name={`${when}-share`}
        type="number"
        label={t('socioeconomic.supportPercent')}
        value={draft[when].share}
        onChange={(share) => setDraft({ ...draft, [when]: { ...draft[when], share } })}
      />
    </fieldset>
  );
  return (
    <div className="stack">
      {part('before')}
      {part('after')}
      <div className="row">
        <Button
          data-size="sm"
          onClick={() => onDone({ before: situation(draft.before), after: situation(draft.after) })}
        >
          {t('socioeconomic.useOverride')}
        </Button>
        {group.overridden && (
          <Button variant="secondary" data-size="sm" onClick={() => onDone(null)}>
            {t('socioeconomic.resetOverride')}
          </Button>
        )}
        <Button variant="tertiary" data-size="sm" onClick={() => onDone(undefined)}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
