/**
 * Who holds a postal item, as typed data (design invariant 3: at every moment exactly one
 * custodian). One item follows a dossier's papers both ways: the dossier leg (citizen → post →
 * desk → processing unit) and the result leg (desk → post → citizen). Sources: Decision
 * 45/2016/QĐ-TTg and Circular 17/2017/TT-BTTTT (intake, handover record, result handover,
 * delivery with ID, at least two attempts then return to the agency).
 *
 * States are per leg where the next step differs (an item in transit towards the desk cannot
 * be "out for delivery"), so the transition table alone keeps each leg on its road.
 *
 * Not modelled here: transfers between two desks (Decree 61/2018 Art. 18(3)) and losses while
 * the agency holds the papers (Art. 21); both are the agency's side.
 */

/** The kind of party holding the item. The actual party (which postman, which desk) is on the event. */
export type CustodianKind = 'citizen' | 'postman' | 'post-office' | 'transit' | 'desk' | 'processing-unit';

export const CUSTODIAN_KINDS = [
  'citizen',
  'postman',
  'post-office',
  'transit',
  'desk',
  'processing-unit',
] as const satisfies readonly CustodianKind[];

export const CUSTODY_STATES = [
  'with-citizen',
  'collected',
  'at-post-office',
  'in-transit',
  'out-for-handover',
  'at-desk',
  'at-processing-unit',
  'result-at-desk',
  'result-collected',
  'result-at-post-office',
  'result-in-transit',
  'out-for-delivery',
  'delivered',
  'returned-to-agency',
  'returned-to-citizen',
  'cancelled',
  'lost',
  'result-lost',
] as const;

export type CustodyState = (typeof CUSTODY_STATES)[number];

/** Which way the papers are going. */
export type Leg = 'dossier' | 'result';

/**
 * The item number is printed on the slip while the citizen still holds the envelope; every item
 * starts here. An item that carries only a result (service form 2) starts at 'result-at-desk'.
 */
export const INITIAL_CUSTODY_STATE = 'with-citizen' satisfies CustodyState;
export const CUSTODY_ENTRY_STATES = ['with-citizen', 'result-at-desk'] as const satisfies readonly CustodyState[];

export const CUSTODY_STATE_INFO = {
  'with-citizen': {
    custodian: 'citizen',
    leg: 'dossier',
    vi: 'Công dân đang giữ hồ sơ (đã có số hiệu bưu gửi)',
    en: 'With the citizen (item number assigned)',
  },
  collected: {
    custodian: 'postman',
    leg: 'dossier',
    vi: 'Bưu tá đã nhận hồ sơ tại địa chỉ',
    en: 'Collected by the postman at the address',
  },
  'at-post-office': {
    custodian: 'post-office',
    leg: 'dossier',
    vi: 'Hồ sơ đang ở bưu cục',
    en: 'Dossier at a post office',
  },
  'in-transit': {
    custodian: 'transit',
    leg: 'dossier',
    vi: 'Hồ sơ đang vận chuyển',
    en: 'Dossier in transit',
  },
  'out-for-handover': {
    custodian: 'postman',
    leg: 'dossier',
    vi: 'Bưu tá đang mang hồ sơ đến Bộ phận Một cửa',
    en: 'Postman taking the dossier to the one-stop desk',
  },
  'at-desk': {
    custodian: 'desk',
    leg: 'dossier',
    vi: 'Bộ phận Một cửa đã nhận hồ sơ (biên bản giao nhận đã ký)',
    en: 'Received by the one-stop desk (handover record signed)',
  },
  'at-processing-unit': {
    custodian: 'processing-unit',
    leg: 'dossier',
    vi: 'Hồ sơ đang ở cơ quan giải quyết',
    en: 'At the processing unit',
  },
  'result-at-desk': {
    custodian: 'desk',
    leg: 'result',
    vi: 'Kết quả đang ở Bộ phận Một cửa',
    en: 'Result at the one-stop desk',
  },
  'result-collected': {
    custodian: 'postman',
    leg: 'result',
    vi: 'Bưu tá đã nhận kết quả từ Bộ phận Một cửa',
    en: 'Result collected by the postman from the desk',
  },
  'result-at-post-office': {
    custodian: 'post-office',
    leg: 'result',
    vi: 'Kết quả đang ở bưu cục',
    en: 'Result at a post office',
  },
  'result-in-transit': {
    custodian: 'transit',
    leg: 'result',
    vi: 'Kết quả đang vận chuyển',
    en: 'Result in transit',
  },
  'out-for-delivery': {
    custodian: 'postman',
    leg: 'result',
    vi: 'Bưu tá đang phát kết quả',
    en: 'Out for delivery',
  },
  delivered: {
    custodian: 'citizen',
    leg: 'result',
    vi: 'Đã phát kết quả cho người nhận',
    en: 'Result delivered',
  },
  'returned-to-agency': {
    custodian: 'desk',
    leg: 'result',
    vi: 'Không phát được, đã hoàn trả kết quả về cơ quan',
    en: 'Undeliverable, returned to the agency',
  },
  'returned-to-citizen': {
    custodian: 'citizen',
    leg: 'dossier',
    vi: 'Hồ sơ đã trả lại công dân (hủy gửi hoặc không bàn giao được)',
    en: 'Dossier given back to the citizen (cancelled or not accepted at handover)',
  },
  cancelled: {
    custodian: 'citizen',
    leg: 'dossier',
    vi: 'Hủy trước khi bưu điện nhận',
    en: 'Cancelled before the post took it',
  },
  lost: {
    // Nobody holds a lost item; the operator answers for it (compensation, Decision 45/2016),
    // so the post office stays the custodian of record.
    custodian: 'post-office',
    leg: 'dossier',
    vi: 'Hồ sơ đã xác định thất lạc trong mạng bưu chính',
    en: 'Dossier declared lost in the postal network',
  },
  'result-lost': {
    custodian: 'post-office',
    leg: 'result',
    vi: 'Kết quả đã xác định thất lạc trong mạng bưu chính',
    en: 'Result declared lost in the postal network',
  },
} as const satisfies Record<CustodyState, { custodian: CustodianKind; leg: Leg; vi: string; en: string }>;

/**
 * Where an item may go next. Loss can be declared only while the post holds the item, and is
 * final (a found item is handled by hand, with the compensation already under way).
 */
export const CUSTODY_TRANSITIONS = {
  'with-citizen': ['collected', 'at-post-office', 'cancelled'],
  collected: ['at-post-office', 'out-for-handover', 'returned-to-citizen', 'lost'],
  'at-post-office': ['in-transit', 'out-for-handover', 'returned-to-citizen', 'lost'],
  'in-transit': ['at-post-office', 'lost'],
  // The desk may not sign (closed, or refuses the dossier): back to the office or to the citizen.
  'out-for-handover': ['at-desk', 'at-post-office', 'returned-to-citizen', 'lost'],
  // The desk may decide itself, or refuse after reception: papers to return go to the result leg.
  'at-desk': ['at-processing-unit', 'result-at-desk'],
  'at-processing-unit': ['result-at-desk'],
  'result-at-desk': ['result-collected'],
  'result-collected': ['result-at-post-office', 'out-for-delivery', 'result-lost'],
  // After failed attempts the recipient may collect at the office; or it goes back to the agency.
  'result-at-post-office': ['result-in-transit', 'out-for-delivery', 'delivered', 'returned-to-agency', 'result-lost'],
  'result-in-transit': ['result-at-post-office', 'result-lost'],
  // A failed attempt brings the item back to the office for the next one.
  'out-for-delivery': ['delivered', 'result-at-post-office', 'returned-to-agency', 'result-lost'],
  delivered: [],
  'returned-to-agency': [],
  'returned-to-citizen': [],
  cancelled: [],
  lost: [],
  'result-lost': [],
} as const satisfies Record<CustodyState, readonly CustodyState[]>;

export const FINAL_CUSTODY_STATES: readonly CustodyState[] = CUSTODY_STATES.filter((s) => CUSTODY_TRANSITIONS[s].length === 0);

export function custodianOf(state: CustodyState): CustodianKind {
  return CUSTODY_STATE_INFO[state].custodian;
}

export type CustodyTransferResult =
  | {
      ok: true;
      next: CustodyState;
      from: CustodianKind;
      to: CustodianKind;
      /**
       * Whether a receiving party must confirm (invariant 3). Every move is a hand-over (even
       * post office to post office), except declaring a loss or a cancellation, where nobody
       * receives anything.
       */
      receiverConfirms: boolean;
    }
  | { ok: false; reason: 'transition-not-allowed' };

const NO_HANDOVER = ['lost', 'result-lost', 'cancelled'] as const satisfies readonly CustodyState[];

/** Checks a custody move and says who hands over to whom. */
export function transferCustody(from: CustodyState, to: CustodyState): CustodyTransferResult {
  const allowed: readonly CustodyState[] = CUSTODY_TRANSITIONS[from];
  if (!allowed.includes(to)) return { ok: false, reason: 'transition-not-allowed' };
  const handOver = !(NO_HANDOVER as readonly CustodyState[]).includes(to);
  return { ok: true, next: to, from: custodianOf(from), to: custodianOf(to), receiverConfirms: handOver };
}
