/**
 * The dossier's legal lifecycle as typed data (Decree 61/2018/NĐ-CP Art. 15–20, Circular
 * 01/2018/TT-VPCP forms 01–06; Decree 118/2025/NĐ-CP adds a "processing stopped" notice).
 *
 * Every table below is `satisfies Record<DossierStatus | DossierAction, …>`: adding a status or
 * an action does not compile until each table says what it means for it. The tests walk every
 * status.
 *
 * The statuses follow the national portal's ten codes, split where the postal service needs
 * more detail (the result waiting at the desk vs. already with the post). Rules that need
 * history rather than the current status (the due date moves at most once) are in
 * `ONCE_PER_DOSSIER` and enforced by `replayActions`.
 */
import type { Role } from '../access/roles.js';

export const DOSSIER_STATUSES = [
  'awaiting-handover',
  'received',
  'supplement-requested',
  'processing',
  'financial-obligation',
  'refused',
  'withdrawn',
  'stopped',
  'processed',
  'result-with-post',
  'returned',
] as const;

export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Every dossier starts here; an in-person dossier passes through it in the same transaction. */
export const INITIAL_DOSSIER_STATUS = 'awaiting-handover' satisfies DossierStatus;

export const DOSSIER_STATUS_INFO = {
  'awaiting-handover': {
    vi: 'Mới đăng ký, chờ tiếp nhận',
    en: 'Registered, awaiting reception',
    note:
      'Taken in by the post (phiếu gửi hồ sơ signed) or submitted online, not yet received by the one-stop desk. ' +
      'No legal filing time yet: that is the moment the handover record is signed (Decision 45/2016).',
  },
  received: {
    vi: 'Đã tiếp nhận',
    en: 'Received',
    note:
      'Received by the one-stop desk: dossier code and appointment slip (form 01) issued, due date set, ' +
      'legal filing time fixed (Decree 61/2018 Art. 17(1)(c), (3)).',
  },
  'supplement-requested': {
    vi: 'Yêu cầu bổ sung hồ sơ',
    en: 'Supplement requested',
    note:
      'Incomplete: all missing items requested at once with form 02, at reception or within 3 working days ' +
      '(Art. 17(1)(a), 19(4)). The processing time restarts from zero when the dossier is complete.',
  },
  processing: {
    vi: 'Đang giải quyết',
    en: 'Processing',
    note: 'Forwarded to the competent unit (Art. 18) and being appraised (Art. 19).',
  },
  'financial-obligation': {
    vi: 'Chờ thực hiện nghĩa vụ tài chính',
    en: 'Awaiting financial obligation',
    note: 'The citizen has been asked to pay taxes, fees or charges before the result can be issued.',
  },
  refused: {
    vi: 'Từ chối tiếp nhận',
    en: 'Not accepted',
    note:
      'Refused at reception with form 03 (Art. 17(1)(b)). A refusal after appraisal (Art. 19(8)) is a result, ' +
      'recorded with record-result, and is returned like any result.',
  },
  withdrawn: {
    vi: 'Công dân rút hồ sơ',
    en: 'Withdrawn by the citizen',
    note: 'The citizen took the dossier back.',
  },
  stopped: {
    vi: 'Dừng xử lý',
    en: 'Processing stopped',
    note: 'Processing stopped by the competent agency with a notice (Decree 118/2025; Circular 03/2025 form, unconfirmed).',
  },
  processed: {
    vi: 'Đã có kết quả, chờ trả',
    en: 'Processed, result ready',
    note: 'The result (or the written refusal) is at the one-stop desk, waiting to be returned or handed to the post.',
  },
  'result-with-post': {
    vi: 'Kết quả đã giao bưu điện để chuyển trả',
    en: 'Result handed to the post for delivery',
    note: 'Result handover record co-signed; the postman is taking it to the citizen.',
  },
  returned: {
    vi: 'Đã trả kết quả',
    en: 'Result returned',
    note: 'Delivered by the post or collected in person.',
  },
} as const satisfies Record<DossierStatus, { vi: string; en: string; note: string }>;

export const DOSSIER_ACTIONS = [
  'register',
  'cancel-before-filing',
  'request-supplement',
  'receive-supplement',
  'refuse',
  'forward',
  'request-financial-obligation',
  'fulfil-financial-obligation',
  'notify-delay',
  'record-result',
  'hand-result-to-post',
  'deliver-result',
  'return-to-agency',
  'withdraw',
  'stop',
] as const;

export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export const DOSSIER_ACTION_INFO = {
  register: {
    vi: 'Tiếp nhận hồ sơ, cấp mã hồ sơ và giấy hẹn',
    en: 'Receive the dossier: dossier code and appointment slip',
  },
  'cancel-before-filing': {
    vi: 'Hủy gửi trước khi bàn giao (công dân lấy lại hồ sơ)',
    en: 'Cancel before handover (the citizen takes the dossier back)',
  },
  'request-supplement': { vi: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)', en: 'Request a supplement (form 02)' },
  'receive-supplement': { vi: 'Nhận hồ sơ bổ sung', en: 'Receive the supplement' },
  refuse: { vi: 'Từ chối tiếp nhận hồ sơ (mẫu 03)', en: 'Refuse the dossier at reception (form 03)' },
  forward: { vi: 'Chuyển hồ sơ đến cơ quan giải quyết', en: 'Forward to the competent unit' },
  'request-financial-obligation': { vi: 'Thông báo nghĩa vụ tài chính', en: 'Request the financial obligation' },
  'fulfil-financial-obligation': { vi: 'Xác nhận đã thực hiện nghĩa vụ tài chính', en: 'Confirm the financial obligation is met' },
  'notify-delay': {
    vi: 'Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)',
    en: 'Apologise and set a new due date (form 04)',
  },
  'record-result': { vi: 'Cập nhật kết quả giải quyết', en: 'Record the result' },
  'hand-result-to-post': { vi: 'Bàn giao kết quả cho bưu điện', en: 'Hand the result to the post' },
  'deliver-result': { vi: 'Trả kết quả cho công dân', en: 'Return the result to the citizen' },
  'return-to-agency': {
    vi: 'Bưu điện hoàn trả kết quả về cơ quan (không phát được)',
    en: 'Post returns the result to the agency (undeliverable)',
  },
  withdraw: { vi: 'Công dân rút hồ sơ', en: 'Citizen withdraws the dossier' },
  stop: { vi: 'Dừng xử lý hồ sơ', en: 'Stop processing' },
} as const satisfies Record<DossierAction, { vi: string; en: string }>;

/** What may be done in each status. An empty list marks a final status. */
export const ALLOWED_ACTIONS = {
  'awaiting-handover': ['register', 'request-supplement', 'refuse', 'cancel-before-filing'],
  received: ['forward', 'record-result', 'request-supplement', 'notify-delay', 'withdraw', 'stop'],
  'supplement-requested': ['receive-supplement', 'withdraw', 'stop'],
  processing: [
    'forward',
    'request-supplement',
    'request-financial-obligation',
    'record-result',
    'notify-delay',
    'withdraw',
    'stop',
  ],
  'financial-obligation': ['fulfil-financial-obligation', 'notify-delay', 'withdraw', 'stop'],
  refused: [],
  withdrawn: [],
  stopped: [],
  processed: ['hand-result-to-post', 'deliver-result'],
  'result-with-post': ['deliver-result', 'return-to-agency'],
  returned: [],
} as const satisfies Record<DossierStatus, readonly DossierAction[]>;

/**
 * Who may record each action. Postal roles act only where the post holds the dossier or the
 * result; `partner_system` is a connected one-stop or postal system reporting through the
 * exchange (it acts for its own staff, who are not our users).
 */
export const ACTION_ROLES = {
  register: ['desk_officer', 'partner_system'],
  'cancel-before-filing': ['postman', 'counter_clerk', 'postal_supervisor', 'partner_system'],
  'request-supplement': ['desk_officer', 'processing_officer', 'partner_system'],
  'receive-supplement': ['desk_officer', 'partner_system'],
  refuse: ['desk_officer', 'partner_system'],
  forward: ['desk_officer', 'processing_officer', 'partner_system'],
  'request-financial-obligation': ['processing_officer', 'partner_system'],
  'fulfil-financial-obligation': ['desk_officer', 'processing_officer', 'partner_system'],
  'notify-delay': ['processing_officer', 'leader', 'partner_system'],
  // A desk officer records results the desk is authorised to decide itself (Art. 17(4)-(5)).
  'record-result': ['processing_officer', 'desk_officer', 'partner_system'],
  // Co-signed by both sides; either may record it.
  'hand-result-to-post': ['desk_officer', 'postman', 'partner_system'],
  // By the postman at the address, the counter clerk when collected at a post office, or the
  // desk officer when the citizen collects at the desk.
  'deliver-result': ['postman', 'counter_clerk', 'desk_officer', 'partner_system'],
  'return-to-agency': ['postman', 'counter_clerk', 'postal_supervisor', 'desk_officer', 'partner_system'],
  // The citizen's request, recorded by the desk after filing.
  withdraw: ['desk_officer', 'partner_system'],
  stop: ['processing_officer', 'leader', 'partner_system'],
} as const satisfies Record<DossierAction, readonly Role[]>;

/**
 * Where each action leads. 'unchanged' keeps the status (the action is still an event).
 *
 * 'receive-supplement' leads to 'received' from both places a supplement can be asked for:
 * the complete dossier is received afresh, which is what restarts the processing time (and, at
 * first reception, fixes the filing time).
 */
export const ACTION_RESULT = {
  register: 'received',
  'cancel-before-filing': 'withdrawn',
  'request-supplement': 'supplement-requested',
  'receive-supplement': 'received',
  refuse: 'refused',
  forward: 'processing',
  'request-financial-obligation': 'financial-obligation',
  'fulfil-financial-obligation': 'processing',
  'notify-delay': 'unchanged',
  'record-result': 'processed',
  'hand-result-to-post': 'result-with-post',
  'deliver-result': 'returned',
  // Undeliverable after the required attempts: the result waits at the desk again.
  'return-to-agency': 'processed',
  withdraw: 'withdrawn',
  stop: 'stopped',
} as const satisfies Record<DossierAction, DossierStatus | 'unchanged'>;

/** Actions the law allows once per dossier: a due date may be moved only once (Art. 19(9)). */
export const ONCE_PER_DOSSIER = ['notify-delay'] as const satisfies readonly DossierAction[];

export const FINAL_DOSSIER_STATUSES: readonly DossierStatus[] = DOSSIER_STATUSES.filter((s) => ALLOWED_ACTIONS[s].length === 0);

export function isFinalStatus(status: DossierStatus): boolean {
  return ALLOWED_ACTIONS[status].length === 0;
}

export type ApplyActionResult =
  | { ok: true; next: DossierStatus }
  | { ok: false; reason: 'action-not-allowed-in-status' | 'role-not-allowed' };

/** The status after `action` by `role`, or why not. The status check comes first. */
export function applyAction(status: DossierStatus, action: DossierAction, role: Role): ApplyActionResult {
  const allowed: readonly DossierAction[] = ALLOWED_ACTIONS[status];
  if (!allowed.includes(action)) return { ok: false, reason: 'action-not-allowed-in-status' };
  const roles: readonly Role[] = ACTION_ROLES[action];
  if (!roles.includes(role)) return { ok: false, reason: 'role-not-allowed' };
  const result = ACTION_RESULT[action];
  return { ok: true, next: result === 'unchanged' ? status : result };
}

/** What `role` may do now: the buttons a screen shows. */
export function availableActions(status: DossierStatus, role: Role): DossierAction[] {
  return ALLOWED_ACTIONS[status].filter((a) => (ACTION_ROLES[a] as readonly Role[]).includes(role));
}

export interface RecordedAction {
  action: DossierAction;
  role: Role;
}

export type ReplayResult =
  | { ok: true; status: DossierStatus }
  | {
      ok: false;
      /** Index of the first action that could not be applied. */
      index: number;
      status: DossierStatus;
      reason: 'action-not-allowed-in-status' | 'role-not-allowed' | 'only-once-per-dossier';
    };

/**
 * The status derived from the append-only action log, from `INITIAL_DOSSIER_STATUS`. Stops at the
 * first action that breaks a rule, so a stored log can be checked as well as a new action.
 */
export function replayActions(log: readonly RecordedAction[]): ReplayResult {
  let status: DossierStatus = INITIAL_DOSSIER_STATUS;
  const done = new Set<DossierAction>();
  for (const [index, { action, role }] of log.entries()) {
    if ((ONCE_PER_DOSSIER as readonly DossierAction[]).includes(action) && done.has(action)) {
      return { ok: false, index, status, reason: 'only-once-per-dossier' };
    }
    const r = applyAction(status, action, role);
    if (!r.ok) return { ok: false, index, status, reason: r.reason };
    status = r.next;
    done.add(action);
  }
  return { ok: true, status };
}
