import { useState } from 'react';
import { Button, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AnalysisGroup, Situation } from '@insikt/core';
import { draftOf, situationOf, SituationFields } from './situation-fields';

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
            <Table.HeaderCell>{t('socioeconomic.when.before')}</Table.HeaderCell>
            <Table.HeaderCell>{t('socioeconomic.when.after')}</Table.HeaderCell>
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

/** Before and after of one group, as the typed situation fields. */
function OverrideEditor({ group, onDone }: { group: AnalysisGroup; onDone: (o: Override | null | undefined) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ before: draftOf(group.before), after: draftOf(group.after) });
  const form = `override-${group.key.length}`;
  return (
    <div className="stack">
      {(['before', 'after'] as const).map((when) => (
        <SituationFields
          key={when}
          form={form}
          name={when}
          legend={t(`socioeconomic.when.${when}`)}
          value={draft[when]}
          onChange={(next) => setDraft({ ...draft, [when]: next })}
        />
      ))}
      <div className="row">
        <Button
          data-size="sm"
          onClick={() => onDone({ before: situationOf(draft.before), after: situationOf(draft.after) })}
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
