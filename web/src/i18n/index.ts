import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en.ts';
import type { Language } from './locale.ts';
import { nl, type MessageKey } from './nl.ts';

export type { MessageKey } from './nl.ts';
export { locale, type Language } from './locale.ts';

/** The interface languages; Dutch is the default. */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { nl, en };

/** Where the choice is remembered between visits. */
const STORAGE_KEY = 'kroniek.language';

/** A translator: a message by key, with `{name}` placeholders filled from `values`. */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** Makes the translator of one language. */
export function translator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, values) => {
    const message = messages[key];
    return values ? message.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all)) : message;
  };
}

/** The remembered language, else Dutch. */
export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'nl' ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** Remembers the choice and tells the page (`<html lang>`) which language it is in. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private windows); the choice then lasts for this page only.
  }
  document.documentElement.lang = language;
}

export interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly setLanguage: (language: Language) => void;
}

export const I18nContext = createContext<I18n>({ language: 'nl', t: translator('nl'), setLanguage: () => {} });

/** The current language and its translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
