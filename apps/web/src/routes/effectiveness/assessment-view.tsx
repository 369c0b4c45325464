import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EffectivenessAssessment } from '../../lib/types';

/**
 * A fastställd assessment, or any for those who may not change it: the judgements as words with their
 * reasoning and the target position – a page to read, not a locked form (decision 0023).
 */
export function AssessmentView({ content }: { content: EffectivenessAssessment['content'] }) {
  const { t } = useTranslation();
  const judgement = (value: string) => t(`effectiveness.judgements.${value}`);
  const part = (label: string, value: string, reasoning: string) => (
    <div className="stack">
      <Heading level={3} data-size="xs">
        {label}: {judgement(value)}
      </Heading>
      <Paragraph className="pre-line">{reasoning || '–'}</Paragraph>
    </div>
  );
  return (
    <div className="stack">
      {part(t('effectiveness.inner'), content.inner, content.innerReasoning)}
      {part(t('effectiveness.outer'), content.outer, content.outerReasoning)}
      <Paragraph>
        {t('effectiveness.targetInner')}: <strong>{judgement(content.targetInner)}</strong>
        <br />
        {t('effectiveness.targetOuter')}: <strong>{judgement(content.targetOuter)}</strong>
      </Paragraph>
    </div>
  );
}
