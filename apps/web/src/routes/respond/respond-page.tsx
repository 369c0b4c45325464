import { useEffect, useState } from 'react';
import { Heading, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SURVEY_LANGUAGES, textIn, type SurveyLanguage } from '@insikt/core';
import { i18n } from '../../lib/i18n';
import { formatDate } from '../../lib/format';
import { StatusMessage } from '../../lib/status-message';
import { LanguageSwitch } from './language-switch';
import { Paragraphs } from './paragraphs';
import { fetchPublicSurvey, PublicSurveyError } from './public-survey-api';
import { RespondForm } from './respond-form';
import { useSavedAnswers } from './use-saved-answers';

const isLanguage = (value: unknown): value is SurveyLanguage => SURVEY_LANGUAGES.includes(value as SurveyLanguage);

/** ?lang= in the link, then the language the respondent chose before, then the browser's. */
function firstLanguage(saved: SurveyLanguage | undefined): SurveyLanguage {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(asked)) return asked;
  if (saved) return saved;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'sv';
}

/**
 * The anonymous respondent page (/enkat/<token>): no sign-in, no app menu, no cookie; the page's
 * language follows the respondent's choice among the questionnaire's languages (decision 0036).
 */
export function RespondPage() {
  const { token } = useParams({ from: '/enkat/$token' });
  const { t } = useTranslation();
  const saved = useSavedAnswers(token);
  const [language, setLanguage] = useState<SurveyLanguage>(() => firstLanguage(saved.savedLanguage));
  const [thanks, setThanks] = useState<string | null>(null);
  const survey = useQuery({
    queryKey: ['public-survey', token, language],
    queryFn: () => fetchPublicSurvey(token, language),
    retry: false,
    placeholderData: (previous) => previous,
  });
  // The questionnaire may not be written in the language asked for: the server answers in its own.
  const shown =
    survey.data && survey.data.languages.includes(language) ? language : (survey.data?.language ?? language);

  useEffect(() => {
    // The page's texts and its lang attribute follow the survey's language, without changing the
    // language the signed-in app remembers for this browser.
    void i18n.changeLanguage(shown);
    document.documentElement.lang = shown;
  }, [shown]);
  const title = survey.data ? textIn(survey.data.title, shown) : t('respond.pageTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const choose = (next: SurveyLanguage) => {
    setLanguage(next);
    saved.setLanguage(next);
  };

  let body: React.ReactNode;
  if (thanks !== null) {
    body = <Thanks text={thanks} />;
  } else if (survey.isPending) {
    body = <Spinner aria-label={t('common.loading')} />;
  } else if (survey.error) {
    body = <StatusMessage kind="warning">{unavailable(survey.error, t)}</StatusMessage>;
  } else if (survey.data.status !== 'open') {
    const { status, opensOn, closesOn } = survey.data;
    body = (
      <StatusMessage kind="info">
        {status === 'not_open'
          ? t('respond.notOpen', { date: formatDate(opensOn) })
          : closesOn
            ? t('respond.closedOn', { date: formatDate(closesOn) })
            : t('respond.closed')}
      </StatusMessage>
    );
  } else {
    body = (
      <RespondForm
        token={token}
        survey={survey.data}
        language={shown}
        saved={saved}
        onSent={(text) => {
          saved.clear();
          setThanks(text ?? (survey.data.thanks ? textIn(survey.data.thanks, shown) : t('respond.thanksDefault')));
        }}
      />
    );
  }

  return (
    <div className="respond">
      <header className="respond-header">
        {survey.data && <LanguageSwitch languages={survey.data.languages} current={shown} onChange={choose} />}
      </header>
      <main id="main" className="respond-main stack">
        {thanks === null && (
          <Heading level={1} data-size="lg">
            {title}
          </Heading>
        )}
        {body}
      </main>
    </div>
  );
}

function unavailable(error: Error, t: (key: string) => string) {
  if (error instanceof PublicSurveyError && error.status === 410) return t('respond.closed');
  if (error instanceof PublicSurveyError && error.status === 404) return t('respond.unknown');
  return t('respond.loadFailed');
}

/** The thank-you page: its heading takes focus, so a screen reader hears that the answers were sent. */
function Thanks({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1} data-size="lg" tabIndex={-1} ref={(el) => el?.focus()}>
        {t('respond.thanksTitle')}
      </Heading>
      <Paragraphs text={text} />
    </>
  );
}
