/**
 * The intake being filled in, kept in this tab (sessionStorage) as it changes: a reload, a
 * detour to the round, or a browser that drops the page in the background does not lose a
 * tally and two signatures. One draft per pickup (or for the blank form); gone once the intake
 * is sent or queued, and with the tab.
 */
import { type IntakeFormState, decodeDraft } from './intake-form.js';

const keyOf = (accountId: string, pickupId: string | null) => `bcci-hub.intake-draft.${accountId}.${pickupId ?? 'blank'}`;

export function readDraft(accountId: string, pickupId: string | null): IntakeFormState | null {
  try {
    const raw = window.sessionStorage.getItem(keyOf(accountId, pickupId));
    return raw === null ? null : decodeDraft(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function saveDraft(accountId: string, form: IntakeFormState): void {
  try {
    window.sessionStorage.setItem(keyOf(accountId, form.pickupId), JSON.stringify(form));
  } catch {
    // Storage full or disabled: the form still holds the input while the page is open.
  }
}

export function dropDraft(accountId: string, pickupId: string | null): void {
  try {
    window.sessionStorage.removeItem(keyOf(accountId, pickupId));
  } catch {
    // Nothing to drop.
  }
}
