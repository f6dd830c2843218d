/**
 * Codes used when syncing with the national public service portal (Cổng Dịch vụ công quốc gia).
 * De facto: taken from provincial integrations seen in public code; the official specification
 * was not found (DOMAIN.md). Kept as tables so an integration maps through data, not code.
 */
import { plainDate, toVietnamLocal, vietnamInstant } from '../time/plain-date.js';
import type { DossierStatus } from './lifecycle.js';

export type NationalStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const NATIONAL_STATUS_INFO = {
  1: { vi: 'Mới đăng ký', en: 'Newly registered' },
  2: { vi: 'Được tiếp nhận', en: 'Received' },
  3: { vi: 'Không được tiếp nhận', en: 'Not accepted' },
  4: { vi: 'Đang xử lý', en: 'Processing' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the citizen' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
} as const satisfies Record<NationalStatusCode, { vi: string; en: string }>;

/**
 * Our statuses on the portal's scale. Two of ours share code 9: for the portal a result with the
 * post is processed but not yet returned.
 */
export const NATIONAL_STATUS_CODE = {
  'awaiting-handover': 1,
  received: 2,
  refused: 3,
  processing: 4,
  'supplement-requested': 5,
  'financial-obligation': 6,
  withdrawn: 7,
  stopped: 8,
  processed: 9,
  'result-with-post': 9,
  returned: 10,
} as const satisfies Record<DossierStatus, NationalStatusCode>;

/** How the dossier was submitted. */
export type Channel = 'in-person' | 'online' | 'postal';
export const CHANNELS = ['in-person', 'online', 'postal'] as const satisfies readonly Channel[];
export const CHANNEL_CODE = { 'in-person': 1, online: 2, postal: 3 } as const satisfies Record<Channel, 1 | 2 | 3>;

/** How the result goes back. */
export type ResultMethod = 'in-person' | 'postal';
export const RESULT_METHODS = ['in-person', 'postal'] as const satisfies readonly ResultMethod[];
export const RESULT_METHOD_CODE = { 'in-person': 0, postal: 1 } as const satisfies Record<ResultMethod, 0 | 1>;

export function channelFromCode(code: number): Channel | null {
  return CHANNELS.find((c) => CHANNEL_CODE[c] === code) ?? null;
}

export function resultMethodFromCode(code: number): ResultMethod | null {
  return RESULT_METHODS.find((m) => RESULT_METHOD_CODE[m] === code) ?? null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant as the portal's `yyyyMMddHHmmss`, wall-clock time in Vietnam (UTC+7, through the
 * shared time module). Milliseconds are dropped, as the format has none.
 */
export function formatPortalDateTime(instant: Date | number): string {
  const { date, hour, minute, second } = toVietnamLocal(typeof instant === 'number' ? new Date(instant) : instant);
  return `${date.replaceAll('-', '')}${pad(hour)}${pad(minute)}${pad(second)}`;
}

/** Reads `yyyyMMddHHmmss` as Vietnam wall-clock time; null when it names no real moment. */
export function parsePortalDateTime(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  try {
    return vietnamInstant(plainDate(year, month, day), hour, minute, second);
  } catch (e) {
    // plainDate and vietnamInstant reject impossible dates and times with a RangeError.
    if (e instanceof RangeError) return null;
    throw e;
  }
}
