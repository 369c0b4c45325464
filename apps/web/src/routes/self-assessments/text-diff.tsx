import { wordDiff } from '@insikt/core';
import { useTranslation } from 'react-i18next';

/** Two years' texts as one, removed words struck through and added words underlined (core's word diff). */
export function TextDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  if (!before && !after) return <span className="muted">–</span>;
  return (
    <p className="sa-diff">
      {wordDiff(before, after).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} title={t('selfAssessments.removedText')}>
            {part.text}
          </del>
        ) : (
          <ins key={i} title={t('selfAssessments.addedText')}>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}
