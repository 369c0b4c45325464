import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatKronor, formatPercent } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import type { FinanceYear, KeyFigures } from '../../lib/types';

/** Figures stand right-aligned, so digits line up. */
export const RIGHT = { textAlign: 'right' } as const;

type Row = { label: string; value: (k: KeyFigures) => string };

/** The key figures rows, shared by the förbund's page and the comparison. */
export function useKeyFigureRows(): Row[] {
  const { t } = useTranslation();
  return [
    { label: t('finance.figures.income'), value: (k) => formatKronor(k.income) },
    { label: t('finance.figures.costs'), value: (k) => formatKronor(k.costs) },
    { label: t('finance.figures.result'), value: (k) => formatKronor(k.result) },
    { label: t('finance.figures.equity'), value: (k) => formatKronor(k.equity) },
    { label: t('finance.figures.equityShare'), value: (k) => formatPercent(k.equityShareOfIncome) },
    { label: t('finance.figures.administration'), value: (k) => formatKronor(k.administrationCosts) },
    { label: t('finance.figures.administrationShare'), value: (k) => formatPercent(k.administrationShareOfCosts) },
  ];
}

/**
 * The equity against the guideline in words (decision 0064): the outcome's test with the flag that the
 * förbund loses the protection, only on a whole year's outcome; the budget's planned equity as a warning
 * while budgeting, labelled as budget.
 */
export function GuidelineText({ view }: { view: FinanceYear }) {
  const { t } = useTranslation();
  const outcome = view.keyFigures.outcome;
  const e = view.equity;
  const budget = view.budgetEquity;
  const values = (test: NonNullable<FinanceYear['equity']>, equity: number | null | undefined) => ({
    equity: formatKronor(equity),
    above: formatKronor(test.above),
    decided: formatDate(test.guidelineDecided),
    percent: test.percent,
    allowed: formatKronor(test.allowed),
    income: formatKronor(test.income),
  });
  const outcomeText = !outcome
    ? t('finance.figures.noOutcome')
    : !e
      ? t('finance.guideline.partYear')
      : e.status === 'not-covered'
        ? t(e.guidelineDecided ? 'finance.guideline.notCovered' : 'finance.guideline.noGuideline', values(e, null))
        : t(`finance.guideline.${e.status}`, values(e, outcome.equity));
  const budgetText =
    budget &&
    (budget.status === 'not-covered'
      ? t(budget.guidelineDecided ? 'finance.guideline.budgetNotCovered' : 'finance.guideline.noGuideline', {
          income: formatKronor(budget.income),
        })
      : t(`finance.guideline.budget.${budget.status}`, values(budget, view.keyFigures.budget.equity)));
  return (
    <>
      <Paragraph data-testid="guideline">
        {outcomeText} {e?.losesProtection && <strong>{t('finance.guideline.losesProtection')}</strong>}
      </Paragraph>
      {budgetText &&
        (budget.status === 'above' ? (
          <StatusMessage kind="warning">
            <strong>{t('finance.guideline.budgetAbove')}</strong>{' '}
            <span data-testid="guideline-budget">{budgetText}</span>
          </StatusMessage>
        ) : (
          <Paragraph data-testid="guideline-budget">{budgetText}</Paragraph>
        ))}
    </>
  );
}

/** Kronor per inhabitant 16–64 with its basis, or "saknas" and why. */
function PerInhabitant({ view }: { view: FinanceYear }) {
  const { t } = useTranslation();
  const p = view.perInhabitant;
  const basis = t(`finance.state.bases.${p.basis}`);
  const text =
    p.kronor !== null
      ? t('finance.state.perInhabitantValue', {
          kronor: formatKronor(p.kronor),
          basis,
          amount: formatKronor(p.amount),
          inhabitants: new Intl.NumberFormat('sv-SE').format(p.inhabitants ?? 0),
        })
      : p.noKommuner
        ? t('finance.state.noKommuner')
        : p.missingKommuner.length > 0
          ? t('finance.state.missingKommuner', { year: view.year, kommuner: p.missingKommuner.join(', ') })
          : t('finance.state.missingAmount', { basis: basis.toLowerCase() });
  return (
    <Paragraph>
      {t('finance.state.perInhabitant')}: <span data-testid="per-inhabitant">{text}</span>
    </Paragraph>
  );
}

/** Key figures of budget and outcome, equity against the guideline, state money, committed and free. */
export function KeyFiguresPanel({ view }: { view: FinanceYear }) {
  const { t } = useTranslation();
  const rows = useKeyFigureRows();
  const { outcome, budget } = view.keyFigures;
  const s = view.stateMoney;
  // A tertial's outcome is not the year's: say which periods the outcome (and the guideline test) covers.
  const covered = view.periods.filter((p) => view.lines.some((l) => l.outcome.some((o) => o.period === p)));
  const partial = outcome && covered.length < view.periods.length;
  return (
    <section className="stack" aria-labelledby="finance-figures">
      <Heading level={2} data-size="md" id="finance-figures">
        {t('finance.figures.title', { year: view.year })}
      </Heading>
      {!outcome && <Paragraph>{t('finance.figures.noOutcome')}</Paragraph>}
      {partial && (
        <Paragraph>
          {t('finance.figures.partial', {
            covered: covered.length,
            all: view.periods.length,
            periods: covered.join(', '),
          })}
        </Paragraph>
      )}
      <div className="table-wrap">
        <Table zebra data-size="sm">
          <caption>{t('finance.figures.caption', { year: view.year })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('finance.figures.figure')}</Table.HeaderCell>
              <Table.HeaderCell style={RIGHT}>{t('finance.figures.budget', { year: view.year })}</Table.HeaderCell>
              <Table.HeaderCell style={RIGHT}>{t('finance.figures.outcome', { year: view.year })}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.label}>
                <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
                <Table.Cell style={RIGHT}>{r.value(budget)}</Table.Cell>
                <Table.Cell style={RIGHT}>{outcome ? r.value(outcome) : '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="sm">
        {t('finance.guideline.title')}
      </Heading>
      <GuidelineText view={view} />
      <Heading level={3} data-size="sm">
        {t('finance.state.title', { year: view.year })}
      </Heading>
      <dl className="summary-facts">
        <dt>{t('finance.state.offered')}</dt>
        <dd>{formatKronor(s.offered)}</dd>
        <dt>{t('finance.state.requested')}</dt>
        <dd>{formatKronor(s.requested)}</dd>
        <dt>{t('finance.state.granted')}</dt>
        <dd>{formatKronor(s.granted)}</dd>
        <dt>{t('finance.state.used')}</dt>
        <dd>{formatKronor(s.used)}</dd>
        <dt>{t('finance.state.utilisation')}</dt>
        <dd data-testid="utilisation">{formatPercent(s.utilisation)}</dd>
      </dl>
      <PerInhabitant view={view} />
      <Commitments view={view} />
    </section>
  );
}

function Commitments({ view }: { view: FinanceYear }) {
  const { t } = useTranslation();
  const c = view.commitments;
  return (
    <>
      <Heading level={3} data-size="sm">
        {t('finance.commitments.title', { from: c[0]!.year, to: c[c.length - 1]!.year })}
      </Heading>
      <Paragraph data-size="sm">{t('finance.commitments.help')}</Paragraph>
      <div className="table-wrap">
        <Table zebra data-size="sm">
          <caption>{t('finance.commitments.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('finance.commitments.year')}</Table.HeaderCell>
              <Table.HeaderCell style={RIGHT}>{t('finance.commitments.frame')}</Table.HeaderCell>
              <Table.HeaderCell style={RIGHT}>{t('finance.commitments.committed')}</Table.HeaderCell>
              <Table.HeaderCell style={RIGHT}>{t('finance.commitments.free')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {c.map((r) => (
              <Table.Row key={r.year}>
                <Table.HeaderCell scope="row">{r.year}</Table.HeaderCell>
                <Table.Cell style={RIGHT}>{formatKronor(r.frame)}</Table.Cell>
                <Table.Cell style={RIGHT}>{formatKronor(r.committed)}</Table.Cell>
                <Table.Cell style={RIGHT}>{formatKronor(r.free)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}
