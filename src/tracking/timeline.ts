/**
 * The public timeline: the exchange's append-only event log, told to the citizen. Every event
 * type goes through one exhaustive switch, so a new type does not compile until this file says
 * what a citizen sees of it (or that they see nothing, like the fees paid over to the agency).
 *
 * What is left out on purpose: who did it (staff and postman ids), free text typed by staff
 * (reasons, notes: they may name people), other citizens' items on the same handover record,
 * the applicant's contact (it travels in `manifest.sent` for the desk only) and money.
 *
 * Pure: organisation names that the events do not carry are filled in by the caller (`name:
 * null`), from the cached directory.
 */
import { CUSTODY_STATE_INFO, CUSTODY_STATES, type CustodyState } from '../domain/postal-item/custody.js';
import { FAILED_DELIVERY_REASON_INFO } from '../domain/postal-item/delivery.js';
import { DOSSIER_STATUSES, DOSSIER_STATUS_INFO, type DossierStatus } from '../domain/dossier/lifecycle.js';
import { toVietnamLocal } from '../domain/time/plain-date.js';
import { EVENT_TYPES, type EventData, type EventType } from '../exchange/event-catalogue.js';
import { CUSTODY_STAGE, DOSSIER_STATUS_STAGE, type TrackingStage } from './stages.js';

export const TIMELINE_LEGS = ['pickup', 'send', 'desk', 'result', 'delivery'] as const;
export type TimelineLeg = (typeof TIMELINE_LEGS)[number];

/** An organisation as far as the event knows it; a null name is looked up by the caller. */
export interface OrgMention {
  code: string;
  name: string | null;
}

/** An event as read from `exchange_events` (the data was checked against the catalogue when written). */
export interface StoredEvent {
  seq: number;
  type: string;
  occurredAt: string;
  itemNumber: string | null;
  data: Record<string, unknown>;
}

export interface TimelineContext {
  /** This dossier's items: a handover record lists other citizens' items too. */
  itemNumbers: ReadonlySet<string>;
  /**
   * The states each item moved into, in order (`custody_transfers.to_state`). The custody event
   * names the parties, not the state; written in the same transaction, the n-th custody event
   * of an item is its n-th transfer, so the pair names the move exactly.
   */
  custodyStates: ReadonlyMap<string, readonly string[]>;
  /** The competent agency and the item's post office, for events that do not name them. */
  agency: OrgMention | null;
  postOffice: OrgMention | null;
}

export interface TimelineEntry {
  at: string;
  type: EventType;
  leg: TimelineLeg;
  vi: string;
  en: string;
  place: OrgMention | null;
  unit: OrgMention | null;
  /** The stage the dossier reached with this event; null when it says nothing new about where it is. */
  stage: TrackingStage | null;
}

type Mapped = Omit<TimelineEntry, 'at' | 'type'>;

// Data of a handover record as the lookup reads it: its list of dossiers (with the applicants'
// contacts) and of items (other citizens' numbers) are removed in the query, never read here.
type ManifestSentData = Pick<EventData<'manifest.sent'>, 'manifestId' | 'number' | 'from' | 'to'>;

export const isEventType = (type: string): type is EventType => (EVENT_TYPES as readonly string[]).includes(type);
const isCustodyState = (state: string): state is CustodyState => (CUSTODY_STATES as readonly string[]).includes(state);
const isDossierStatus = (status: string): status is DossierStatus => (DOSSIER_STATUSES as readonly string[]).includes(status);

const two = (n: number): string => String(n).padStart(2, '0');

/** "16:15 23/02/2026" in Vietnam time: how a date is read on a receipt. */
export function vietnamTimeText(iso: string): string {
  const { date, hour, minute } = toVietnamLocal(new Date(iso));
  const [y, m, d] = date.split('-');
  return `${two(hour)}:${two(minute)} ${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

const org = (ref: { code: string; name: string }): OrgMention => ({ code: ref.code, name: ref.name });
const orgCode = (code: string): OrgMention => ({ code, name: null });

function custodyLeg(state: CustodyState): TimelineLeg {
  switch (state) {
    case 'at-desk':
    case 'at-processing-unit':
    case 'result-at-desk':
      return 'desk';
    case 'out-for-delivery':
    case 'delivered':
    case 'returned-to-agency':
      return 'delivery';
    case 'with-citizen':
    case 'collected':
    case 'at-post-office':
    case 'in-transit':
    case 'out-for-handover':
    case 'returned-to-citizen':
    case 'cancelled':
    case 'lost':
      return 'send';
    case 'result-collected':
    case 'result-at-post-office':
    case 'result-in-transit':
    case 'result-lost':
      return 'result';
  }
}

function custodyEntry(state: CustodyState): Pick<Mapped, 'leg' | 'vi' | 'en' | 'stage'> {
  const info = CUSTODY_STATE_INFO[state];
  return { leg: custodyLeg(state), vi: info.vi, en: info.en, stage: CUSTODY_STAGE[state] };
}

function custodyChanged(data: EventData<'item.custody-changed'>, state: string | undefined, resultLeg: boolean): Mapped {
  const place = orgCode(data.place);
  // The receiving organisation answers for the item; a postman or a lorry answers through the office.
  const unit = data.to.kind === 'post-office' || data.to.kind === 'desk' || data.to.kind === 'processing-unit' ? orgCode(data.to.ref) : place;
  if (state !== undefined && isCustodyState(state)) return { ...custodyEntry(state), place, unit };
  return { leg: resultLeg ? 'result' : 'send', vi: 'Bưu gửi được chuyển giao', en: 'Item handed over', place, unit, stage: null };
}

function mapEvent(event: StoredEvent, type: EventType, context: TimelineContext, state: { custody: string | undefined; resultLeg: boolean; manifests: Map<string, ManifestSentData> }): Mapped | null {
  const agency = context.agency;
  // Each case reads the data of its own type: it was checked against the catalogue when written.
  switch (type) {
    case 'pickup.requested':
      return { leg: 'pickup', vi: 'Đã đăng ký để bưu tá đến nhận hồ sơ', en: 'Pickup of the dossier requested', place: null, unit: null, stage: 'pickup-requested' };
    case 'pickup.assigned': {
      const data = event.data as EventData<'pickup.assigned'>;
      return { leg: 'pickup', vi: 'Bưu cục đã phân công bưu tá đến nhận hồ sơ', en: 'A postman was assigned to collect the dossier', place: org(data.postOffice), unit: org(data.postOffice), stage: 'pickup-requested' };
    }
    case 'pickup.cancelled':
      return { leg: 'pickup', vi: 'Yêu cầu thu gom đã được hủy', en: 'The pickup was cancelled', place: null, unit: null, stage: 'pickup-cancelled' };
    case 'intake.refused-incomplete': {
      const data = event.data as EventData<'intake.refused-incomplete'>;
      const n = String(data.missing.length);
      return {
        leg: 'pickup',
        vi: `Chưa nhận gửi: hồ sơ còn thiếu ${n} giấy tờ bắt buộc; đã đưa phiếu hướng dẫn bổ sung`,
        en: `Not taken in: ${n} required document(s) missing; a guidance slip was given`,
        place: org(data.postOffice),
        unit: org(data.postOffice),
        stage: 'intake-refused',
      };
    }
    case 'dossier.taken-in': {
      const data = event.data as EventData<'dossier.taken-in'>;
      return {
        leg: 'send',
        vi: `Bưu điện đã nhận gửi hồ sơ đến ${data.agency.name}`,
        en: `The post took the dossier in, addressed to ${data.agency.name}`,
        place: org(data.postOffice),
        unit: org(data.postOffice),
        stage: 'picked-up',
      };
    }
    case 'item.custody-changed':
      return custodyChanged(event.data as EventData<'item.custody-changed'>, state.custody, state.resultLeg);
    case 'manifest.sent': {
      const data = event.data as ManifestSentData;
      state.manifests.set(data.manifestId, data);
      return {
        leg: 'send',
        vi: `Bưu điện lập biên bản giao hồ sơ số ${data.number} cho ${data.to.name}`,
        en: `Handover record ${data.number} to ${data.to.name} drawn up by the post`,
        place: org(data.from),
        unit: org(data.from),
        stage: 'in-transit',
      };
    }
    case 'manifest.acknowledged': {
      const data = event.data as EventData<'manifest.acknowledged'>;
      const manifest = state.manifests.get(data.manifestId);
      const desk = manifest === undefined ? null : org(manifest.to);
      const ours = (list: readonly string[]) => list.some((n) => context.itemNumbers.has(n));
      const number = manifest === undefined ? '' : ` số ${manifest.number}`;
      const numberEn = manifest === undefined ? '' : ` ${manifest.number}`;
      if (ours(data.missing)) {
        return { leg: 'desk', vi: `Bộ phận Một cửa ký biên bản giao nhận${number} nhưng ghi là thiếu hồ sơ này`, en: `The desk signed handover record${numberEn} but found this dossier missing`, place: desk, unit: desk, stage: null };
      }
      const damaged = ours(data.damaged);
      return {
        leg: 'desk',
        vi: `Bộ phận Một cửa đã ký nhận biên bản giao nhận${number}${damaged ? ' (ghi nhận bì hồ sơ bị hư hỏng)' : ''}: thời điểm tiếp nhận hồ sơ`,
        en: `The desk signed handover record${numberEn}${damaged ? ' (envelope noted as damaged)' : ''}: the legal filing time`,
        place: desk,
        unit: desk,
        stage: 'at-desk',
      };
    }
    case 'dossier.registered': {
      const data = event.data as EventData<'dossier.registered'>;
      return {
        leg: 'desk',
        vi: `Hồ sơ đã được tiếp nhận; hẹn trả kết quả ${vietnamTimeText(data.dueAt)}`,
        en: `Dossier registered; result due ${vietnamTimeText(data.dueAt)}`,
        place: org(data.agency),
        unit: org(data.agency),
        stage: 'registered',
      };
    }
    case 'dossier.supplement-requested': {
      const data = event.data as EventData<'dossier.supplement-requested'>;
      // The names of the papers to add are what the citizen must act on; the officer's reasons stay on form 02.
      return {
        leg: 'desk',
        vi: `Cơ quan yêu cầu bổ sung hồ sơ: ${data.items.join('; ')}. Thời hạn giải quyết tính lại khi hồ sơ đủ`,
        en: `The agency asked for more papers: ${data.items.join('; ')}. The processing time restarts once the dossier is complete`,
        place: agency,
        unit: agency,
        stage: 'supplement-requested',
      };
    }
    case 'dossier.supplement-received': {
      const data = event.data as EventData<'dossier.supplement-received'>;
      return {
        leg: 'desk',
        vi: `Hồ sơ đã đủ; hẹn trả kết quả mới ${vietnamTimeText(data.dueAt)}`,
        en: `The dossier is complete; new result date ${vietnamTimeText(data.dueAt)}`,
        place: agency,
        unit: agency,
        stage: 'registered',
      };
    }
    case 'dossier.refused':
      return { leg: 'desk', vi: 'Hồ sơ không được tiếp nhận; lý do ghi trong phiếu từ chối (mẫu 03)', en: 'The dossier was not accepted; the reason is on the refusal notice (form 03)', place: agency, unit: agency, stage: 'refused' };
    case 'dossier.delay-notified': {
      const data = event.data as EventData<'dossier.delay-notified'>;
      return {
        leg: 'desk',
        vi: `Cơ quan xin lỗi vì trễ hẹn (phiếu mẫu 04); hẹn trả kết quả mới ${vietnamTimeText(data.dueAt)}`,
        en: `The agency apologised for the delay (form 04); new result date ${vietnamTimeText(data.dueAt)}`,
        place: agency,
        unit: agency,
        stage: null,
      };
    }
    case 'result.ready': {
      const data = event.data as EventData<'result.ready'>;
      return {
        leg: 'desk',
        vi: data.resultMethod === 'post' ? 'Đã có kết quả; kết quả sẽ được chuyển qua bưu điện' : 'Đã có kết quả; mời nhận tại Bộ phận Một cửa',
        en: data.resultMethod === 'post' ? 'The result is ready and will be sent by post' : 'The result is ready to collect at the one-stop desk',
        place: agency,
        unit: agency,
        stage: 'result-ready',
      };
    }
    case 'result.handed-to-post':
      return { leg: 'result', vi: 'Bộ phận Một cửa đã giao kết quả cho bưu điện', en: 'The desk handed the result to the post', place: agency, unit: agency, stage: 'result-in-transit' };
    case 'delivery.attempted': {
      const data = event.data as EventData<'delivery.attempted'>;
      const reason = FAILED_DELIVERY_REASON_INFO[data.reason];
      const next = data.nextAttemptOn === undefined ? null : data.nextAttemptOn.split('-').reverse().join('/');
      return {
        leg: 'delivery',
        vi: `Phát lần ${String(data.attempt)} không thành công: ${reason.vi}${next === null ? '' : `; mời nhận lại từ ngày ${next}`}`,
        en: `Delivery attempt ${String(data.attempt)} failed: ${reason.en}${next === null ? '' : `; next invitation from ${next}`}`,
        place: null,
        unit: context.postOffice,
        stage: 'delivery-attempted',
      };
    }
    case 'delivery.delivered':
      // Who signed (the applicant or an authorised person) is personal: it is in `personal`, not here.
      return { leg: 'delivery', vi: 'Đã phát kết quả cho người nhận', en: 'The result was delivered', place: null, unit: context.postOffice, stage: 'delivered' };
    case 'result.returned-to-agency': {
      const data = event.data as EventData<'result.returned-to-agency'>;
      return {
        leg: 'delivery',
        vi: `Sau ${String(data.attempts)} lần mời nhận không thành công, kết quả đã chuyển hoàn về cơ quan`,
        en: `After ${String(data.attempts)} unsuccessful invitations the result went back to the agency`,
        place: agency,
        unit: agency,
        stage: 'returned',
      };
    }
    case 'dossier.status-reported': {
      const data = event.data as EventData<'dossier.status-reported'>;
      if (!isDossierStatus(data.status)) return { leg: 'desk', vi: 'Cơ quan cập nhật tình trạng hồ sơ', en: 'The agency updated the dossier status', place: agency, unit: agency, stage: null };
      const info = DOSSIER_STATUS_INFO[data.status];
      return { leg: 'desk', vi: info.vi, en: info.en, place: agency, unit: agency, stage: DOSSIER_STATUS_STAGE[data.status] };
    }
    case 'item.status-reported': {
      const data = event.data as EventData<'item.status-reported'>;
      if (!isCustodyState(data.state)) return { leg: state.resultLeg ? 'result' : 'send', vi: 'Bưu điện cập nhật tình trạng bưu gửi', en: 'The post updated the item status', place: null, unit: null, stage: null };
      return { ...custodyEntry(data.state), place: null, unit: null };
    }
    case 'fees.remitted':
      // Money between the post and the agency: not the citizen's timeline.
      return null;
  }
}

/** The order things happened in: by time, then by the log's order. */
export const byTime = (a: StoredEvent, b: StoredEvent): number => {
  const d = Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
  return d !== 0 ? d : a.seq - b.seq;
};

/**
 * The entries in the order things happened (occurredAt, then the log's order) and the stage the
 * last of them reached. Unknown event types (a newer catalogue than this code) are skipped.
 */
export function buildTimeline(events: readonly StoredEvent[], context: TimelineContext): { entries: TimelineEntry[]; stage: TrackingStage | null } {
  // Custody events pair with transfers in the log's order, whatever their timestamps say.
  const custodyStateOf = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (event.type !== 'item.custody-changed' || event.itemNumber === null) continue;
    const n = seen.get(event.itemNumber) ?? 0;
    seen.set(event.itemNumber, n + 1);
    const state = context.custodyStates.get(event.itemNumber)?.[n];
    if (state !== undefined) custodyStateOf.set(event.seq, state);
  }

  const entries: TimelineEntry[] = [];
  const state = { custody: undefined as string | undefined, resultLeg: false, manifests: new Map<string, ManifestSentData>() };
  let stage: TrackingStage | null = null;
  for (const event of [...events].sort(byTime)) {
    if (!isEventType(event.type)) continue;
    state.custody = custodyStateOf.get(event.seq);
    const mapped = mapEvent(event, event.type, context, state);
    if (mapped === null) continue;
    if (mapped.leg === 'result' || mapped.leg === 'delivery') state.resultLeg = true;
    if (mapped.stage !== null) stage = mapped.stage;
    entries.push({ at: new Date(event.occurredAt).toISOString(), type: event.type, ...mapped });
  }
  return { entries, stage };
}
