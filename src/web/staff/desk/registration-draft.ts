/**
 * The registration form's draft, kept in this tab only (sessionStorage): a citizen's details
 * typed at the counter survive a failed request or a reload, and go when the tab closes or the
 * dossier is registered.
 */
import { EMPTY_DRAFT, type RegistrationDraft, draftFrom } from './registration-form.js';

const KEY = 'bcci-hub.desk.registration-draft';

export function loadDraft(): RegistrationDraft {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return EMPTY_DRAFT;
    return draftFrom(JSON.parse(raw)) ?? EMPTY_DRAFT;
  } catch {
    // Storage disabled or the draft unreadable: start empty.
    return EMPTY_DRAFT;
  }
}

export function saveDraft(draft: RegistrationDraft): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Not kept across a reload, but the form still works.
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
