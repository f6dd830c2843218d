/**
 * Giving the citizen the intake slip. The PDF is served with X-Frame-Options: DENY (the API is
 * never framed), so it is not printed through a hidden frame: it opens in the browser's own
 * viewer, which prints and saves; on a phone that can share files (Android, iOS) it goes to
 * the share sheet (Zalo, email, a printer app) instead.
 */
import { slipPath } from './postal-api.js';

/** Whether this browser can share a PDF file at all (asked without fetching anything). */
export function canShareFiles(): boolean {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File([''], 'phieu.pdf', { type: 'application/pdf' })] });
  } catch {
    return false;
  }
}

/** Fetches the slip and hands it to the share sheet; false when it could not be shared. */
export async function shareSlip(itemNumber: string, title: string): Promise<boolean> {
  try {
    const response = await fetch(slipPath(itemNumber), { credentials: 'same-origin' });
    if (!response.ok) return false;
    const file = new File([await response.blob()], `phieu-gui-${itemNumber}.pdf`, { type: 'application/pdf' });
    if (!navigator.canShare({ files: [file] })) return false;
    await navigator.share({ files: [file], title });
    return true;
  } catch (error) {
    // The person closed the share sheet: not a failure to report.
    return error instanceof DOMException && error.name === 'AbortError';
  }
}
