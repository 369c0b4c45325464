import { List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { textIn, type Questionnaire, type SurveyQuestion } from '@insikt/core';

/** The questions of a questionnaire to read (a locked template, a survey's frozen wording). */
export function QuestionList({ questionnaire }: { questionnaire: Questionnaire }) {
  return (
    <div className="stack">
      {questionnaire.intro && <Paragraph>{textIn(questionnaire.intro, 'sv')}</Paragraph>}
      {questionnaire.sections.map((section) => (
        <div key={section.id} className="stack">
          {section.title && <Paragraph className="strong">{textIn(section.title, 'sv')}</Paragraph>}
          <List.Ordered>
            {section.questions.map((q) => (
              <List.Item key={q.id}>
                <QuestionSummary question={q} />
              </List.Item>
            ))}
          </List.Ordered>
        </div>
      ))}
    </div>
  );
}

function QuestionSummary({ question: q }: { question: SurveyQuestion }) {
  const { t } = useTranslation();
  const options = q.type === 'single' || q.type === 'multiple' ? q.options : 'scale' in q ? q.scale.options : [];
  return (
    <>
      {textIn(q.text, 'sv')} <span className="muted">({t(`surveys.types.${q.type}`)})</span>
      {q.type === 'matrix' && (
        <List.Unordered>
          {q.statements.map((s) => (
            <List.Item key={s.id}>{textIn(s.text, 'sv')}</List.Item>
          ))}
        </List.Unordered>
      )}
      {options.length > 0 && (
        <Paragraph data-size="sm" className="muted">
          {options
            .map((o) => `${textIn(o.label, 'sv')}${o.outsideScale ? ` (${t('surveys.outsideScaleShort')})` : ''}`)
            .join(' · ')}
        </Paragraph>
      )}
    </>
  );
}
