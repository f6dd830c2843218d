/**
 * The request just sent, kept for the confirmation page in this tab only (sessionStorage): the
 * access token is shown once and must not outlive the tab in the browser's storage.
 */
import type { PickupCreated } from './booking-api.js';

const KEY = 'bcci-hub.last-pickup';

export interface RememberedPickup extends PickupCreated {
  procedureName: string;
}

export function rememberPickup(pickup: RememberedPickup): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(pickup));
  } catch {
    // Storage disabled: the confirmation page then says nothing was sent from this browser,
    // and the text message still carries the reference.
  }
}

export function recallPickup(): RememberedPickup | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    return isRemembered(value) ? value : null;
  } catch {
    return null;
  }
}

function isRemembered(value: unknown): value is RememberedPickup {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r['reference'] === 'string' && typeof r['accessToken'] === 'string' && typeof r['procedureName'] === 'string' && typeof r['postOffice'] === 'object' && typeof r['window'] === 'object';
}
