import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SelfAssessmentAction, SelfAssessmentField } from '../../lib/types';

/** "Betyg: 4 – bra" or "Betyg: Ej bedömt". */
export function useRatingText() {
  const { t } = useTranslation();
  return (rating: number | null) =>
    t('selfAssessments.ratingIs', {
      rating: rating === null ? t('selfAssessments.notRated') : t(`selfAssessments.ratings.${rating}`),
    });
}

/**
 * One field to read (fastställd, or not the user's to change): per question the text, the rating as
 * words and the actions as a list – a page to read, not a locked form (decision 0023).
 */
export function FieldView({ field }: { field: SelfAssessmentField }) {
  const { t } = useTranslation();
  const ratingText = useRatingText();
  return (
    <div className="stack">
      {field.questions.map((q) => (
        <section key={q.key} className="stack sa-question" aria-labelledby={`q-${q.key}`}>
          <Heading level={2} data-size="sm" id={`q-${q.key}`}>
            {q.text}
          </Heading>
          {q.help && (
            <Paragraph data-size="sm" className="muted">
              {q.help}
            </Paragraph>
          )}
          <Paragraph className="pre-line">{q.assessment || t('selfAssessments.noAssessment')}</Paragraph>
          <Paragraph>
            <strong>{ratingText(q.rating)}</strong>
          </Paragraph>
          <Heading level={3} data-size="xs">
            {t('selfAssessments.actions')}
          </Heading>
          {q.actions.length === 0 ? (
            <Paragraph data-size="sm">{t('selfAssessments.noActions')}</Paragraph>
          ) : (
            <List.Unordered>
              {q.actions.map((a) => (
                <List.Item key={a.id}>
                  <ActionLine action={a} />
                </List.Item>
              ))}
            </List.Unordered>
          )}
        </section>
      ))}
    </div>
  );
}

/** "Ta fram gemensamma mål – ansvarig: Förbundschefen · klart senast 2026-06-30 · Pågår (överförd, skriven 2024)". */
function ActionLine({ action: a }: { action: SelfAssessmentAction }) {
  const { t } = useTranslation();
  const details = [
    a.who && t('selfAssessments.actionWhoIs', { who: a.who }),
    a.due && t('selfAssessments.actionDueIs', { due: a.due }),
    t(`selfAssessments.actionStatuses.${a.status}`),
  ].filter(Boolean);
  return (
    <>
      {a.what} – {details.join(' · ')}
      {a.carriedFrom && (
        <span className="muted"> ({t('selfAssessments.carriedFrom', { year: a.carriedFrom.year })})</span>
      )}
    </>
  );
}
