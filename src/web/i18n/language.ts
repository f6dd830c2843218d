/**
 * The current language: Vietnamese unless the person chose English. The choice is kept in
 * localStorage and mirrored on `<html lang>`, so screen readers pronounce the page correctly
 * and the browser picks the right fonts and hyphenation. The API client reads it too, to ask
 * for problem details in the same language.
 */
import { useSyncExternalStore } from 'react';
import { en } from './en.js';
import { type Messages, vi } from './vi.js';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

const MESSAGES: Record<Language, Messages> = { vi, en };

/** Each language named in itself: a reader who needs the switch must recognise the word. */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export const LANGUAGE_STORAGE_KEY = 'bcci-hub.language';

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private modes, strict settings): the default still works.
    return DEFAULT_LANGUAGE;
  }
}

let current: Language = readStoredLanguage();
const listeners = new Set<() => void>();

function apply(language: Language): void {
  current = language;
  document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch still works for this page.
  }
  apply(language);
}

/** Sets `<html lang>` from the stored choice before the first render, and follows other tabs. */
export function initLanguage(): void {
  apply(current);
  window.addEventListener('storage', (event) => {
    if (event.key === LANGUAGE_STORAGE_KEY && isLanguage(event.newValue) && event.newValue !== current) apply(event.newValue);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage);
}

export function useMessages(): Messages {
  return MESSAGES[useLanguage()];
}
