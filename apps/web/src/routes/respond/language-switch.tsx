import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SurveyLanguage } from '@insikt/core';

/** A language's own name in itself ("svenska" → "Svenska", "English"), so a new language needs no text here. */
const autonym = (language: string) => {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
};

/** The languages the questionnaire is written in, each named in itself (WCAG 3.1.2: `lang` on each button). */
export function LanguageSwitch({
  languages,
  current,
  onChange,
}: {
  languages: readonly SurveyLanguage[];
  current: SurveyLanguage;
  onChange: (language: SurveyLanguage) => void;
}) {
  const { t } = useTranslation();
  if (languages.length < 2) return null;
  return (
    <div role="group" aria-label={t('respond.language')} className="respond-languages">
      {languages.map((language) => (
        <Button
          key={language}
          lang={language}
          data-size="sm"
          variant={language === current ? 'primary' : 'tertiary'}
          aria-pressed={language === current}
          onClick={() => onChange(language)}
        >
          {autonym(language)}
        </Button>
      ))}
    </div>
  );
}
