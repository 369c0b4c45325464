import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { joinedMessages } from './messages';

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('insikt.language') : null;

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: joinedMessages('sv') }, en: { translation: joinedMessages('en') } },
  lng: stored === 'en' ? 'en' : 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export function switchLanguage(): void {
  const next = i18n.language === 'sv' ? 'en' : 'sv';
  void i18n.changeLanguage(next);
  localStorage.setItem('insikt.language', next);
  document.documentElement.lang = next;
}

export { i18n };
