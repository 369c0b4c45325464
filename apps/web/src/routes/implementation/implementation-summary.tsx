import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Association, ImplementationRecord } from '../../lib/types';

/** The record to read, for those who may not change it. */
export function ImplementationSummary({
  record,
  association,
}: {
  record: ImplementationRecord;
  association: Association;
}) {
  const { t } = useTranslation();
  const memberName = (id: string | null) => association.members.find((m) => m.id === id)?.name;
  const dash = t('implementation.none');
  const barriers = record.barriers
    .map((b) =>
      b === 'other' && record.barrierOther
        ? `${t('implementation.codes.barrier.other')}: ${record.barrierOther}`
        : t(`implementation.codes.barrier.${b}`),
    )
    .join(', ');
  const facts: [string, string][] = [
    [t('implementation.gapType'), t(`implementation.codes.gapType.${record.gapType}`)],
    [
      t('implementation.collaborationForm'),
      record.collaborationForm ? t(`implementation.codes.collaborationForm.${record.collaborationForm}`) : dash,
    ],
    [
      t('implementation.interventionForm'),
      record.interventionForm ? t(`implementation.codes.interventionForm.${record.interventionForm}`) : dash,
    ],
    [t('implementation.status'), t(`implementation.codes.status.${record.status}`)],
    [t('implementation.receivingMember'), memberName(record.receivingMemberId) ?? dash],
    [
      t('implementation.namedReceiver'),
      record.namedReceiver === null ? t('implementation.hidden') : record.namedReceiver || dash,
    ],
    [t('implementation.implementationGoal'), record.implementationGoal || dash],
    [
      t('implementation.financing'),
      [record.financingPlan, record.financingFrom && `${t('implementation.financingFrom')} ${record.financingFrom}`]
        .filter(Boolean)
        .join(' · ') || dash,
    ],
    [t('implementation.barriers'), barriers || dash],
  ];
  return (
    <div className="stack">
      <dl className="summary-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>
              <strong>{term}</strong>
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Heading level={3} data-size="xs">
        {t('implementation.decisions')}
      </Heading>
      {record.decisions.length === 0 ? (
        <Paragraph>{t('implementation.noDecisions')}</Paragraph>
      ) : (
        <List.Unordered>
          {record.decisions.map((d, i) => (
            <List.Item key={i}>
              {d.date} · {memberName(d.memberId) ?? dash}: {t(`implementation.codes.decision.${d.outcome}`)}
              {d.reference && ` (${d.reference})`}
              {d.note && ` – ${d.note}`}
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </div>
  );
}
