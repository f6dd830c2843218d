/**
 * The template sets in force over time, and picking one. A form printed for a dossier uses the
 * set in force on the day of the act it records (the receipt on the day of receipt, an apology
 * on the day it is issued), so the caller passes that day, not today.
 */
import { isPlainDate, vietnamDateOf } from '../../domain/time/plain-date.js';
import { CIRCULAR_01_2018 } from './circular-01-2018.js';
import { CIRCULAR_03_2025 } from './circular-03-2025.js';
import type { FormKind, FormTemplates, TemplateSet } from './template-types.js';

/** Oldest first; validity ranges follow one another without gap or overlap (a test checks it). */
export const TEMPLATE_SETS: readonly TemplateSet[] = [CIRCULAR_01_2018, CIRCULAR_03_2025];

export class FormTemplateError extends Error {
  override name = 'FormTemplateError';
}

/**
 * The set in force on a day in Vietnam. An instant is read as the Vietnamese calendar day it
 * falls on: 2025-09-14T17:30Z is already 15 September in Vietnam. A string must be `YYYY-MM-DD`.
 */
export function templateSetOn(day: Date | string, sets: readonly TemplateSet[] = TEMPLATE_SETS): TemplateSet {
  const date = day instanceof Date ? vietnamDateOf(day) : day;
  if (!isPlainDate(date)) throw new FormTemplateError(`Not a calendar date: ${String(date)}`);
  // Dates are YYYY-MM-DD, so string order is date order.
  const found = sets.find((set) => set.validFrom <= date && (set.validTo === null || date <= set.validTo));
  if (found === undefined) throw new FormTemplateError(`No one-stop form set is in force on ${date}`);
  return found;
}

/** One form of a set; a set without that form (the 2018 set has no "processing stopped") is refused. */
export function formTemplate<K extends FormKind>(set: TemplateSet, kind: K): FormTemplates[K] {
  const form = set.forms[kind];
  if (form === undefined) {
    throw new FormTemplateError(`${set.shortName} (${set.id}) has no form "${kind}"`);
  }
  return form;
}
