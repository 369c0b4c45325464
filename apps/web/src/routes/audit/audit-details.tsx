import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../lib/types';

/**
 * The raw facts of an entry, folded away in a native disclosure (keyboard and screen reader
 * support for free): action code, record, account, address and the details as recorded.
 */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const action = t(`auditActions.${entry.action}`, { defaultValue: entry.action });
  const entityType = entry.entityType ? t(`entityTypes.${entry.entityType}`, { defaultValue: entry.entityType }) : null;
  const rows: [string, string][] = [
    [t('audit.action'), `${action} (${entry.action})`],
    [t('audit.entity'), entityType ? `${entityType} ${entry.entityId ?? ''}` : '–'],
    [t('audit.user'), entry.userEmail ?? '–'],
    [t('audit.ip'), entry.ip ?? '–'],
  ];
  return (
    <details className="audit-details">
      <summary>{t('audit.showDetails')}</summary>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {Object.keys(entry.details).length > 0 && (
        <pre className="details-json">{JSON.stringify(entry.details, null, 2)}</pre>
      )}
    </details>
  );
}
