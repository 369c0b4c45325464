import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../lib/types';

/**
 * One sentence for an audit entry in the reader's language: who did what to which record, by the
 * names the server looked up within the reader's förbund ("Anna Andersson ändrade insatsen X (budget)").
 */
export function auditSentence(t: TFunction, entry: AuditEntry, language: string): string {
  const s = entry.summary;
  const actor =
    s.actorName ?? (entry.userEmail === 'cli' ? t('audit.commandLine') : entry.userEmail) ?? t('audit.unknown');
  const values = {
    actor,
    name: s.entityName ?? t('audit.unnamed'),
    subject: s.subjectName ?? t('audit.unnamed'),
    role: s.role ? t(`roles.${s.role}`, { defaultValue: s.role }) : '',
    count: s.count ?? 0,
  };
  const sentence = t(`auditSummaries.${s.action}`, {
    ...values,
    defaultValue: `${actor}: ${t(`auditActions.${s.action}`, { defaultValue: s.action })}`,
  });
  if (s.changed.length === 0) return sentence;
  const fields = s.changed.map((f) => t(`auditFields.${f}`, { defaultValue: f }));
  return `${sentence} (${new Intl.ListFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(fields)})`;
}
