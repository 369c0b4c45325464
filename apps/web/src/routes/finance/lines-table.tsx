import { Heading, Paragraph, Switch, Table } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { put } from '../../lib/api';
import { formatKronor } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { FinanceLine, FinanceYear } from '../../lib/types';
import { RIGHT } from './key-figures-panel';

/** What kind of line it is, in words: the income's source, the insats, administration or other cost. */
function useKindOf() {
  const { t } = useTranslation();
  return (l: FinanceLine) =>
    l.kind === 'income'
      ? t(`finance.lines.sources.${l.incomeSource ?? 'other'}`)
      : l.interventionId
        ? t('finance.lines.insats')
        : l.administration
          ? t('finance.lines.adminCost')
          : t('finance.lines.otherCost');
}

/** Every line with budget (year 1), plan (years 2–3), outcome and the difference; the administration flag. */
export function LinesTable({
  view,
  manages,
  onChanged,
}: {
  view: FinanceYear;
  manages: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const kindOf = useKindOf();
  const flag = useMutation({
    mutationFn: (l: FinanceLine) =>
      put(`/associations/${view.associationId}/finance/lines/${l.id}`, {
        name: l.name,
        administration: !l.administration,
        version: l.version,
      }),
    onSuccess: onChanged,
  });
  const y = view.year;
  // Before any outcome is imported, "0 kr" and a difference of minus the whole budget would read as facts.
  const hasOutcome = view.keyFigures.outcome !== null;
  return (
    <section className="stack" aria-labelledby="finance-lines">
      <Heading level={2} data-size="md" id="finance-lines">
        {t('finance.lines.title')}
      </Heading>
      {view.lines.length === 0 ? (
        <Paragraph>{t('finance.lines.empty')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra data-size="sm">
            <caption>{t('finance.lines.caption', { year: y, plan1: y + 1, plan2: y + 2 })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('finance.lines.line')}</Table.HeaderCell>
                <Table.HeaderCell>{t('finance.lines.kind')}</Table.HeaderCell>
                <Table.HeaderCell style={RIGHT}>{t('finance.lines.budget', { year: y })}</Table.HeaderCell>
                <Table.HeaderCell style={RIGHT}>{t('finance.lines.plan', { year: y + 1 })}</Table.HeaderCell>
                <Table.HeaderCell style={RIGHT}>{t('finance.lines.plan', { year: y + 2 })}</Table.HeaderCell>
                <Table.HeaderCell style={RIGHT}>{t('finance.lines.outcome', { year: y })}</Table.HeaderCell>
                <Table.HeaderCell style={RIGHT}>{t('finance.lines.difference')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {view.lines.map((l) => (
                <Table.Row key={l.id}>
                  <Table.HeaderCell scope="row">{l.name}</Table.HeaderCell>
                  <Table.Cell>
                    <div className="row">
                      {kindOf(l)}
                      {manages && l.kind === 'cost' && !l.interventionId && (
                        <Switch
                          data-size="sm"
                          aria-label={t('finance.lines.administrationToggle', { name: l.name })}
                          checked={l.administration}
                          onChange={() => flag.mutate(l)}
                        />
                      )}
                    </div>
                  </Table.Cell>
                  {l.budgets.map((b) => (
                    <Table.Cell key={b.year} style={RIGHT}>
                      {formatKronor(b.amount)}
                    </Table.Cell>
                  ))}
                  <Table.Cell style={RIGHT}>{hasOutcome ? formatKronor(l.outcomeTotal) : '–'}</Table.Cell>
                  <Table.Cell style={RIGHT}>{hasOutcome ? formatKronor(l.difference) : '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {flag.error && <StatusMessage kind="danger">{flag.error.message}</StatusMessage>}
    </section>
  );
}
