/**
 * What a citizen types or scans into the tracking box: a dossier code (`000.00.17.H19-250701-0001`
 * or `H19.17-250701-0001`) or a UPU S10 item number (`RR473124829VN`), in any case, with the
 * spaces, hyphens and dots a receipt, a QR reader or a copy-paste may add around it. Pure: the
 * service turns a refusal into a problem; the reason is specific, because "not found" for a
 * mistyped check digit sends a citizen to the hotline for nothing.
 */
import { parseDossierCode } from '../domain/dossier/dossier-code.js';
import { DossierCodeError } from '../domain/dossier/errors.js';
import { normaliseS10Input, s10CheckDigit, validateS10, type S10ProblemReason } from '../domain/postal-item/s10.js';

export type TrackingCodeKind = 'dossier' | 'item';

export type TrackingCodeReason = 'empty' | 'unrecognised' | 'dossier-code' | `s10-${S10ProblemReason}`;

export type ParsedTrackingCode =
  | { ok: true; kind: TrackingCodeKind; code: string }
  | {
      ok: false;
      reason: TrackingCodeReason;
      vi: string;
      en: string;
      /** For an S10 number whose check digit is wrong: the digit its serial calls for. */
      expectedCheckDigit?: number;
    };

export const MAX_TRACKING_CODE_LENGTH = 64;

/** Separators a receipt or a copy-paste leaves at either end; inside, they may be part of the code. */
const EDGE_NOISE = /^[\s\-–—_.,;:/#]+|[\s\-–—_.,;:/#]+$/gu;

/** An S10 number written with spaces, hyphens or dots between its groups ("RR 473 124 829 VN"). */
function compactS10(text: string): string {
  return normaliseS10Input(text.replace(/[-–—.]/gu, ''));
}

/**
 * Two letters first, then digits: what an S10 number looks like even when it is wrong. Dossier
 * codes start with digits (right to left) or with one letter and two digits (left to right).
 */
function looksLikeS10(compact: string): boolean {
  return /^[A-Z]{2}[0-9]/u.test(compact) || /^[A-Z]{2}[0-9A-Z]{11}$/u.test(compact);
}

function looksLikeDossierCode(text: string): boolean {
  return /^([0-9]{2,3}\.|[A-Z][0-9]{2}[.-])/u.test(text) && text.includes('-');
}

export function parseTrackingCode(input: string): ParsedTrackingCode {
  const text = input.replace(EDGE_NOISE, '').toUpperCase();
  if (text === '') {
    return { ok: false, reason: 'empty', vi: 'Chưa nhập mã hồ sơ hoặc số hiệu bưu gửi', en: 'No dossier code or item number was given' };
  }
  const compact = compactS10(text);
  if (looksLikeS10(compact)) {
    const checked = validateS10(compact);
    if (checked.ok) return { ok: true, kind: 'item', code: checked.value };
    const refusal: ParsedTrackingCode = { ok: false, reason: `s10-${checked.problem.reason}`, vi: checked.problem.vi, en: checked.problem.en };
    const serial = compact.slice(2, 10);
    if (checked.problem.reason === 'check-digit' && /^[0-9]{8}$/u.test(serial)) refusal.expectedCheckDigit = s10CheckDigit(serial);
    return refusal;
  }
  if (looksLikeDossierCode(text)) {
    try {
      // Spaces inside a dossier code are never part of it: a reader's line break or a typo.
      return { ok: true, kind: 'dossier', code: parseDossierCode(text.replace(/\s+/gu, '')).code };
    } catch (error) {
      if (!(error instanceof DossierCodeError)) throw error;
      return { ok: false, reason: 'dossier-code', vi: error.vi, en: error.message };
    }
  }
  return {
    ok: false,
    reason: 'unrecognised',
    vi: 'Không phải mã hồ sơ (ví dụ 000.00.17.H19-250701-0001) cũng không phải số hiệu bưu gửi (13 ký tự, ví dụ RR473124829VN)',
    en: 'Neither a dossier code (e.g. 000.00.17.H19-250701-0001) nor a postal item number (13 characters, e.g. RR473124829VN)',
  };
}
