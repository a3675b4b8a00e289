import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { de } from './de.js';
import { en, type Messages } from './en.js';

export type Language = 'en' | 'de';
export const LANGUAGES: Record<Language, { messages: Messages; locale: string; name: string }> = {
  en: { messages: en, locale: 'en-GB', name: 'English' },
  de: { messages: de, locale: 'de-DE', name: 'Deutsch' },
};

const STORAGE_KEY = 'claimdesk.language';

/** The language last chosen here, else the browser's if it is German, else English. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'de') return stored;
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export interface I18n {
  language: Language;
  m: Messages;
  /** Fills {name} placeholders. */
  fill(template: string, values: Record<string, string | number>): string;
  number(value: number): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
}

export function i18nFor(language: Language): I18n {
  const { messages, locale } = LANGUAGES[language];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return {
    language,
    m: messages,
    fill: (template, values) => template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all)),
    number: (value) => numbers.format(value),
    date: (iso) => (iso ? dates.format(new Date(iso)) : '—'),
    dateTime: (iso) => (iso ? `${dateTimes.format(new Date(iso))} UTC` : '—'),
  };
}

export const I18nContext = createContext<I18n>(i18nFor('en'));
export const useI18n = () => useContext(I18nContext);
