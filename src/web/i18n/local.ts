/**
 * Texts that belong to one page live beside it, in a `{ vi, en }` pair whose English half must
 * have the Vietnamese half's shape (`en: typeof vi` at the definition). They load with the page's
 * own chunk, so the tracking page does not carry the booking form's words.
 */
import { useLanguage } from './language.js';

export interface Texts<T> {
  vi: T;
  en: T;
}

export function useTexts<T>(texts: Texts<T>): T {
  return texts[useLanguage()];
}
