import { Paragraph } from '@digdir/designsystemet-react';

/** A questionnaire's longer text (intro, thanks) as paragraphs: a blank line starts a new one. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <Paragraph key={i}>{p}</Paragraph>
        ))}
    </>
  );
}
