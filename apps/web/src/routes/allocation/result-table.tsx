import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatKronor } from '../../lib/format';
import type { AllocationResult } from '../../lib/types';

type Row = AllocationResult['forbund'][number];

/**
 * The model's result per förbund: the offer, the change from last year and what each rule gave, with
 * the protection's cost labelled as our assumption beside it (issue 16; PROTECTION_COST_ASSUMPTION).
 */
export function ResultTable({ result, caption }: { result: AllocationResult; caption: string }) {
  const { t } = useTranslation();
  const protectedText = (f: Row) =>
    f.protected
      ? t('allocation.protectedFloor', { floor: formatKronor(f.protectionFloor) })
      : t(`allocation.notProtected.${f.notProtectedReason ?? 'new'}`);
  const amounts: [string, (f: Row) => number | null][] = [
    [t('allocation.baseGrant'), (f) => f.parts.baseGrant],
    [t('allocation.supportKey'), (f) => f.parts.supportMeasureKey],
    [t('allocation.inhabitantsKey'), (f) => f.parts.inhabitantsKey],
    [t('allocation.protection'), (f) => f.parts.protection],
    [t('allocation.protectionCost'), (f) => f.parts.protectionCost],
    [t('allocation.offer'), (f) => f.offer],
    [t('allocation.change'), (f) => f.changeFromLastYear],
    [t('allocation.unrequested'), (f) => f.parts.unrequested],
    [t('allocation.redistributed'), (f) => f.parts.redistributed],
    [t('allocation.granted'), (f) => f.granted],
  ];
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <Table zebra data-size="sm" border>
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('allocation.forbund')}</Table.HeaderCell>
              {amounts.map(([label]) => (
                <Table.HeaderCell key={label}>{label}</Table.HeaderCell>
              ))}
              <Table.HeaderCell>{t('allocation.protected')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {result.forbund.map((f) => (
              <Table.Row key={f.id}>
                <Table.HeaderCell scope="row">{f.name}</Table.HeaderCell>
                {amounts.map(([label, pick]) => (
                  <Table.Cell key={label} className="nowrap">
                    {formatKronor(pick(f))}
                  </Table.Cell>
                ))}
                <Table.Cell>{protectedText(f)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm" className="muted">
        {result.protectionCostAssumption}
      </Paragraph>
      <Paragraph data-size="sm">
        {result.scaled && `${t('allocation.scaled')} `}
        {t('allocation.notDistributed', { amount: formatKronor(result.notDistributed) })}
      </Paragraph>
    </>
  );
}
