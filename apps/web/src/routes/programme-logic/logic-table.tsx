import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LOGIC_LEVELS } from '@insikt/core';
import type { ProgrammeLogic } from '../../lib/types';
import { IndicatorFulfilment } from './fulfilment-list';

// The texts keep their line breaks (two delmål in one cell, as in the source's table).
const PRE_LINE = { whiteSpace: 'pre-line' } as const;

/**
 * The logic as seed 002 Tabell 1 lays it out: Aktivitet | Delmål | Effekt, a heading row per level,
 * its headline goals beside the shared Effekt, then the rows; each delmål with its indicators' fulfilment.
 */
export function LogicTable({ logic }: { logic: ProgrammeLogic }) {
  const { t } = useTranslation();
  const indicatorsOf = (rowId: string) => logic.fulfilment.indicators.filter((i) => i.rowId === rowId);
  return (
    <div className="table-wrap">
      <Table data-size="sm">
        <caption>
          {t('programmeLogic.title')} {logic.year}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('programmeLogic.columns.activity')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programmeLogic.columns.subGoal')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programmeLogic.columns.effect')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {LOGIC_LEVELS.flatMap((level) => {
            const { headlineGoals, rows } = logic.content.levels[level];
            return [
              <Table.Row key={level}>
                <Table.HeaderCell colSpan={3} scope="colgroup">
                  {t(`programmeLogic.levels.${level}`)}
                </Table.HeaderCell>
              </Table.Row>,
              <Table.Row key={`${level}-goals`}>
                <Table.Cell />
                <Table.Cell>
                  {headlineGoals.map((g) => (
                    <div key={g}>
                      <strong>"{g}"</strong>
                    </div>
                  ))}
                </Table.Cell>
                <Table.Cell>
                  <strong>{logic.content.effect}</strong>
                </Table.Cell>
              </Table.Row>,
              ...rows.map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell style={PRE_LINE}>{row.activity}</Table.Cell>
                  <Table.Cell>
                    <div style={PRE_LINE}>{row.subGoal}</div>
                    {indicatorsOf(row.id).map((i) => (
                      <IndicatorFulfilment key={i.id} indicator={i} />
                    ))}
                  </Table.Cell>
                  <Table.Cell />
                </Table.Row>
              )),
            ];
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
