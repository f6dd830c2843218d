/** The tracking lookup and the one rule about what a person types into it. */
import { fetchJson } from '../../api.js';
import { type Tracking, decodeTracking } from './decode.js';

/**
 * What the person typed, as the API expects it: upper case, no spaces ("ea 123 456 785 vn" is
 * an item number). Hyphens stay: a dossier code has them ("000.00.21.H19-260213-0001").
 */
export function normaliseCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function lookupTracking(code: string, last4: string | null, signal?: AbortSignal): Promise<Tracking> {
  return fetchJson(`/api/v1/tracking/${encodeURIComponent(code)}`, decodeTracking, {
    ...(signal === undefined ? {} : { signal }),
    ...(last4 === null ? {} : { headers: { 'x-phone-last4': last4 } }),
  });
}
