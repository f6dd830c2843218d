/**
 * The one line a citizen reads first: where the dossier is now. Custody states, dossier
 * statuses and event types are many and internal; a stage is what they mean to the person
 * waiting. Pure, with every table typed against its source list so a new state or status does
 * not compile until it is given a stage here.
 */
import type { CustodyState } from '../domain/postal-item/custody.js';
import { DOSSIER_STATUSES, type DossierStatus } from '../domain/dossier/lifecycle.js';

export const TRACKING_STAGES = [
  'pickup-requested',
  'pickup-cancelled',
  'intake-refused',
  'picked-up',
  'in-transit',
  'at-desk',
  'registered',
  'supplement-requested',
  'processing',
  'financial-obligation',
  'refused',
  'withdrawn',
  'stopped',
  'result-ready',
  'completed',
  'result-in-transit',
  'out-for-delivery',
  'delivery-attempted',
  'delivered',
  'returned',
  'returned-to-citizen',
  'cancelled',
  'lost',
] as const;

export type TrackingStage = (typeof TRACKING_STAGES)[number];

/**
 * `post`: the post holds the papers (before the desk signs for them, or once it has the result)
 * and its events say where they are. `desk`: the agency's side, where the desk's own record, when
 * the desk is ours, knows more than the events it reported (forwarding is not reported).
 */
export type StagePhase = 'post' | 'desk';

export const STAGE_INFO = {
  'pickup-requested': { phase: 'post', vi: 'Đã đăng ký để bưu tá đến nhận hồ sơ', en: 'Pickup requested' },
  'pickup-cancelled': { phase: 'post', vi: 'Đã hủy yêu cầu thu gom', en: 'Pickup cancelled' },
  'intake-refused': { phase: 'post', vi: 'Chưa nhận gửi: hồ sơ còn thiếu giấy tờ', en: 'Not taken in: documents missing' },
  'picked-up': { phase: 'post', vi: 'Bưu điện đã nhận hồ sơ', en: 'Dossier taken in by the post' },
  'in-transit': { phase: 'post', vi: 'Hồ sơ đang được chuyển đến Bộ phận Một cửa', en: 'On its way to the one-stop desk' },
  'at-desk': { phase: 'desk', vi: 'Bộ phận Một cửa đã nhận hồ sơ', en: 'Received by the one-stop desk' },
  registered: { phase: 'desk', vi: 'Đã tiếp nhận, đang chờ giải quyết', en: 'Registered, awaiting processing' },
  'supplement-requested': { phase: 'desk', vi: 'Cần bổ sung hồ sơ', en: 'Supplement requested' },
  processing: { phase: 'desk', vi: 'Đang giải quyết', en: 'Being processed' },
  'financial-obligation': { phase: 'desk', vi: 'Chờ thực hiện nghĩa vụ tài chính', en: 'Awaiting payment of taxes or fees' },
  refused: { phase: 'desk', vi: 'Hồ sơ không được tiếp nhận', en: 'Not accepted' },
  withdrawn: { phase: 'desk', vi: 'Công dân đã rút hồ sơ', en: 'Withdrawn by the citizen' },
  stopped: { phase: 'desk', vi: 'Dừng xử lý hồ sơ', en: 'Processing stopped' },
  'result-ready': { phase: 'desk', vi: 'Đã có kết quả', en: 'Result ready' },
  completed: { phase: 'desk', vi: 'Đã trả kết quả', en: 'Result handed over' },
  'result-in-transit': { phase: 'post', vi: 'Bưu điện đang chuyển kết quả', en: 'Result on its way with the post' },
  'out-for-delivery': { phase: 'post', vi: 'Bưu tá đang phát kết quả', en: 'Out for delivery' },
  'delivery-attempted': { phase: 'post', vi: 'Phát chưa thành công, sẽ mời nhận lại', en: 'Delivery attempt failed; it will be tried again' },
  delivered: { phase: 'post', vi: 'Đã phát kết quả', en: 'Result delivered' },
  returned: { phase: 'post', vi: 'Kết quả đã chuyển hoàn về cơ quan', en: 'Result returned to the agency' },
  'returned-to-citizen': { phase: 'post', vi: 'Hồ sơ đã trả lại công dân', en: 'Dossier given back to the citizen' },
  cancelled: { phase: 'post', vi: 'Đã hủy gửi hồ sơ', en: 'Sending cancelled' },
  lost: { phase: 'post', vi: 'Bưu gửi thất lạc, bưu điện đang giải quyết', en: 'Item lost; the post is dealing with it' },
} as const satisfies Record<TrackingStage, { phase: StagePhase; vi: string; en: string }>;

/** The stage an item reaches when it moves into a custody state; null: no news for the citizen. */
export const CUSTODY_STAGE = {
  'with-citizen': null,
  collected: 'picked-up',
  'at-post-office': 'in-transit',
  'in-transit': 'in-transit',
  'out-for-handover': 'in-transit',
  'at-desk': 'at-desk',
  'at-processing-unit': 'processing',
  'result-at-desk': 'result-ready',
  'result-collected': 'result-in-transit',
  'result-at-post-office': 'result-in-transit',
  'result-in-transit': 'result-in-transit',
  'out-for-delivery': 'out-for-delivery',
  delivered: 'delivered',
  'returned-to-agency': 'returned',
  'returned-to-citizen': 'returned-to-citizen',
  cancelled: 'cancelled',
  lost: 'lost',
  'result-lost': 'lost',
} as const satisfies Record<CustodyState, TrackingStage | null>;

/**
 * The stage a dossier status stands for. `awaiting-handover` says nothing the post's events do
 * not; `returned` is the result handed over (in person, or after the post delivered it).
 */
export const DOSSIER_STATUS_STAGE = {
  'awaiting-handover': null,
  received: 'registered',
  'supplement-requested': 'supplement-requested',
  processing: 'processing',
  'financial-obligation': 'financial-obligation',
  refused: 'refused',
  withdrawn: 'withdrawn',
  stopped: 'stopped',
  processed: 'result-ready',
  'result-with-post': 'result-in-transit',
  returned: 'completed',
} as const satisfies Record<DossierStatus, TrackingStage | null>;

/** The stage of a status read from the database (a status this code does not know says nothing). */
export function dossierStatusStage(status: string): TrackingStage | null {
  return (DOSSIER_STATUSES as readonly string[]).includes(status) ? DOSSIER_STATUS_STAGE[status as DossierStatus] : null;
}

/**
 * The current stage from the events' last word and, when the desk is ours, its record. While the
 * events put the papers on the desk's side, the desk's record wins: it knows of steps it did not
 * report. Once the post has them again, the post's events are the fresher truth (the desk learns
 * of a delivery only later, and its "returned" would hide the delivery's detail).
 */
export function currentStage(fromEvents: TrackingStage | null, fromDesk: TrackingStage | null): TrackingStage | null {
  if (fromDesk === null) return fromEvents;
  if (fromEvents === null || STAGE_INFO[fromEvents].phase === 'desk') return fromDesk;
  return fromEvents;
}
