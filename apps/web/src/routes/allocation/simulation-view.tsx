import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { kommunName, membersInFocus } from '@insikt/core';
import { formatKronor, formatPercent } from '../../lib/format';
import type { AllocationSimulation } from '../../lib/types';
import { ResultTable } from './result-table';

type Result = NonNullable<AllocationSimulation['result']>;

/**
 * A simulation's before/after per förbund (each rule's part of the difference) and per member, the
 * mergers' pooled equity against the guideline, and the result after the changes (core `simulate`).
 */
export function SimulationView({
  result,
  year,
  linked,
}: {
  result: Result;
  year: number;
  /** The model year's förbund that are in Insikt: their members come first. */
  linked: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const members = membersInFocus(result, linked);
  const merged = result.rows.filter((r) => r.formerIds.length > 1);
  const columns: [string, (r: Result['rows'][number]) => number][] = [
    [t('allocation.grantedBefore'), (r) => r.before.granted],
    [t('allocation.grantedAfter'), (r) => r.after.granted],
    [t('allocation.difference'), (r) => r.difference.granted],
    [t('allocation.ofBaseGrant'), (r) => r.difference.baseGrant],
    [t('allocation.ofKeys'), (r) => r.difference.keys],
    [t('allocation.ofProtection'), (r) => r.difference.protection],
    [t('allocation.ofRequests'), (r) => r.difference.requests],
    [t('allocation.membersMatching'), (r) => r.difference.membersMatching],
  ];
  return (
    <div className="stack">
      {merged.map((r) => (
        <Paragraph key={r.id}>
          {t('allocation.mergerSummary', {
            name: r.name,
            lost: formatKronor(-r.difference.baseGrant),
            keys: formatKronor(r.difference.keys),
            granted: formatKronor(r.difference.granted),
          })}{' '}
          {t('allocation.mergedRequests', {
            name: r.name,
            requested: formatKronor(result.after.forbund.find((f) => f.id === r.id)?.requested),
          })}
        </Paragraph>
      ))}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('allocation.perForbund')}>
        <Table zebra data-size="sm" border>
          <caption>{t('allocation.perForbund')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('allocation.forbund')}</Table.HeaderCell>
              {columns.map(([label]) => (
                <Table.HeaderCell key={label}>{label}</Table.HeaderCell>
              ))}
              <Table.HeaderCell>{t('allocation.protectedAfter')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {result.rows.map((r) => (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row">
                  {r.formerIds.length > 1
                    ? t('allocation.mergedOf', { name: r.name, count: r.formerIds.length })
                    : r.name}
                </Table.HeaderCell>
                {columns.map(([label, pick]) => (
                  <Table.Cell key={label} className="nowrap">
                    {formatKronor(pick(r))}
                  </Table.Cell>
                ))}
                <Table.Cell>{r.protectedAfter ? t('allocation.yes') : t('allocation.no')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('allocation.membersMatchingNote')} {result.after.protectionCostAssumption}
      </Paragraph>

      {result.pooled.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('allocation.pooledCaption')}>
          <Table zebra data-size="sm" border>
            <caption>{t('allocation.pooledCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('allocation.forbund')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.poolingRule')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.income')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.equity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.share')}</Table.HeaderCell>
                <Table.HeaderCell>{t('allocation.guidelineTest')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {result.pooled.map((p) => (
                <Table.Row key={p.mergeId}>
                  <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                  <Table.Cell>{t(`allocation.pooling.${p.rule}`)}</Table.Cell>
                  <Table.Cell className="nowrap">{formatKronor(p.income)}</Table.Cell>
                  <Table.Cell className="nowrap">{formatKronor(p.equity)}</Table.Cell>
                  <Table.Cell>{p.income && p.equity !== null ? formatPercent(p.equity / p.income) : '–'}</Table.Cell>
                  <Table.Cell>
                    {!p.assessment
                      ? t('allocation.guidelineNotTested')
                      : p.assessment.status === 'not-covered'
                        ? t('allocation.guidelineNotCovered')
                        : t(`allocation.guidelineStatus.${p.assessment.status}`, {
                            allowed: formatKronor(p.assessment.allowed),
                            above: formatKronor(p.assessment.above),
                          })}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}

      <Heading level={3} data-size="sm">
        {t('allocation.perMember')}
      </Heading>
      <MemberTable members={members.focus} caption={t('allocation.perMemberCaption')} />
      {members.rest.length > 0 && (
        <details>
          <summary>{t('allocation.otherMembers', { count: members.rest.length })}</summary>
          <MemberTable members={members.rest} caption={t('allocation.otherMembersCaption')} />
        </details>
      )}
      {result.notSplit.length > 0 && (
        <Paragraph data-size="sm">{t('allocation.notSplit', { names: result.notSplit.join(', ') })}</Paragraph>
      )}
      <Heading level={3} data-size="sm">
        {t('allocation.afterResult')}
      </Heading>
      <ResultTable result={result.after} caption={t('allocation.afterCaption', { year })} />
    </div>
  );
}

function MemberTable({ members, caption }: { members: Result['members']; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table zebra data-size="sm" border>
        <caption className="muted">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('allocation.member')}</Table.HeaderCell>
            <Table.HeaderCell>{t('allocation.before')}</Table.HeaderCell>
            <Table.HeaderCell>{t('allocation.after')}</Table.HeaderCell>
            <Table.HeaderCell>{t('allocation.difference')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={`${m.kind}-${m.id}`}>
              <Table.HeaderCell scope="row">{m.kind === 'kommun' ? kommunName(m.name) : m.name}</Table.HeaderCell>
              <Table.Cell className="nowrap">{formatKronor(m.before)}</Table.Cell>
              <Table.Cell className="nowrap">{formatKronor(m.after)}</Table.Cell>
              <Table.Cell className="nowrap">{formatKronor(m.difference)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
