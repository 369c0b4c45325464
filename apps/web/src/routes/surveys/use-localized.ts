import { useTranslation } from 'react-i18next';
import { textIn, type LocalizedText } from '@insikt/core';

/** A template's own text (a built-in's name, description) in the screen's language, Swedish where it has no other. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: LocalizedText) => textIn(text, i18n.language === 'en' ? 'en' : 'sv');
}
