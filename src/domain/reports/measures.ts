/**
 * Every figure the reports give, by a stable id: a count or a sum over one kind of record,
 * placed in a period by one of its dates. The same id opens the list behind the figure
 * (drill-down), heads its column in a CSV export, and is what a report document cites.
 */
import { type ShareFigure, ratio, shareAgainstTarget } from './rules.js';

/** What a figure counts: dossiers and postal items (one row each), or another kind of record. */
export const MEASURE_SOURCES = ['cases', 'complaints', 'assisted-filings', 'training', 'difficulties'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

/** Which date puts a record in a period. */
export type MeasureBasis = 'filed' | 'taken-in' | 'handed' | 'received' | 'assisted' | 'trained' | 'reported';

export const MEASURE_IDS = [
  'dossiers.total',
  'dossiers.in-person',
  'dossiers.online',
  'dossiers.postal',
  'dossiers.unknown-channel',
  'postal-share.eligible',
  'postal-share.by-post',
  'results.by-post-requested',
  'results.delivered-by-post',
  'results.handed-to-post',
  'processing.on-time',
  'processing.late',
  'processing.open',
  'deliveries.failed-attempts',
  'deliveries.items-with-failure',
  'deliveries.returned-to-agency',
  'items.taken-in',
  'transit.on-time',
  'transit.late',
  'transit.in-transit',
  'items.lost-or-damaged',
  'fees.collected',
  'fees.remitted',
  'postage.revenue',
  'complaints.received',
  'complaints.resolved',
  'complaints.compensation',
  'assisted-filings.total',
  'assisted-filings.submitted',
  'training.records',
  'training.staff',
  'difficulties.reported',
  'difficulties.answered',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export function isMeasureId(value: string): value is MeasureId {
  return (MEASURE_IDS as readonly string[]).includes(value);
}

export interface MeasureInfo {
  source: MeasureSource;
  basis: MeasureBasis;
  /** count: records; sum: an amount (đồng or attempts); distinct: different people. */
  kind: 'count' | 'sum' | 'distinct';
  vi: string;
  en: string;
}

export const MEASURE_INFO = {
  'dossiers.total': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Tổng số hồ sơ tiếp nhận', en: 'Dossiers received' },
  'dossiers.in-person': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Hồ sơ nộp trực tiếp', en: 'Filed in person' },
  'dossiers.online': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Hồ sơ nộp trực tuyến', en: 'Filed online' },
  'dossiers.postal': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Hồ sơ nộp qua bưu chính công ích', en: 'Filed through the post' },
  'dossiers.unknown-channel': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Hồ sơ chưa rõ kênh nộp', en: 'Channel not reported' },
  'postal-share.eligible': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Hồ sơ của TTHC đã công bố qua BCCI', en: 'Dossiers of procedures published for the post' },
  'postal-share.by-post': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Trong đó tiếp nhận qua BCCI', en: 'Of which received by post' },
  'results.by-post-requested': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Hồ sơ đăng ký nhận kết quả qua BCCI', en: 'Results asked for by post' },
  'results.delivered-by-post': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Kết quả đã phát qua BCCI', en: 'Results delivered by post' },
  'results.handed-to-post': { source: 'cases', basis: 'handed', kind: 'count', vi: 'Kết quả bưu điện nhận chuyển trả', en: 'Results the post took to deliver' },
  'processing.on-time': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Giải quyết đúng hạn', en: 'Decided on time' },
  'processing.late': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Giải quyết quá hạn (kể cả đang quá hạn)', en: 'Late (decided late or still open past the due date)' },
  'processing.open': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Đang giải quyết, chưa đến hạn', en: 'Open, not yet due' },
  'deliveries.failed-attempts': { source: 'cases', basis: 'filed', kind: 'sum', vi: 'Lần phát không thành công', en: 'Failed delivery attempts' },
  'deliveries.items-with-failure': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Kết quả phát không thành công ít nhất một lần', en: 'Results with at least one failed delivery' },
  'deliveries.returned-to-agency': { source: 'cases', basis: 'filed', kind: 'count', vi: 'Kết quả chuyển hoàn về cơ quan', en: 'Results returned to the agency' },
  'items.taken-in': { source: 'cases', basis: 'taken-in', kind: 'count', vi: 'Bưu gửi hồ sơ đã nhận gửi', en: 'Postal items taken in' },
  'transit.on-time': { source: 'cases', basis: 'taken-in', kind: 'count', vi: 'Chuyển phát hồ sơ đúng thời hạn (J+n)', en: 'Dossier leg within J+n' },
  'transit.late': { source: 'cases', basis: 'taken-in', kind: 'count', vi: 'Chuyển phát hồ sơ quá thời hạn (J+n)', en: 'Dossier leg past J+n' },
  'transit.in-transit': { source: 'cases', basis: 'taken-in', kind: 'count', vi: 'Đang chuyển, chưa đến hạn', en: 'In transit, not yet due' },
  'items.lost-or-damaged': { source: 'cases', basis: 'taken-in', kind: 'count', vi: 'Bưu gửi bị mất, hư hỏng', en: 'Items lost or damaged' },
  'fees.collected': { source: 'cases', basis: 'taken-in', kind: 'sum', vi: 'Phí, lệ phí thu hộ (đồng)', en: 'Fees collected on behalf (đồng)' },
  'fees.remitted': { source: 'cases', basis: 'taken-in', kind: 'sum', vi: 'Phí, lệ phí đã nộp cho cơ quan (đồng)', en: 'Fees remitted to agencies (đồng)' },
  'postage.revenue': { source: 'cases', basis: 'taken-in', kind: 'sum', vi: 'Doanh thu cước (đồng)', en: 'Postage revenue (đồng)' },
  'complaints.received': { source: 'complaints', basis: 'received', kind: 'count', vi: 'Khiếu nại tiếp nhận', en: 'Complaints received' },
  'complaints.resolved': { source: 'complaints', basis: 'received', kind: 'count', vi: 'Khiếu nại đã giải quyết', en: 'Complaints resolved' },
  'complaints.compensation': { source: 'complaints', basis: 'received', kind: 'sum', vi: 'Tiền bồi thường (đồng)', en: 'Compensation paid (đồng)' },
  'assisted-filings.total': { source: 'assisted-filings', basis: 'assisted', kind: 'count', vi: 'Lượt hỗ trợ nộp hồ sơ trực tuyến', en: 'Online filings assisted' },
  'assisted-filings.submitted': { source: 'assisted-filings', basis: 'assisted', kind: 'count', vi: 'Trong đó đã nộp thành công', en: 'Of which submitted' },
  'training.records': { source: 'training', basis: 'trained', kind: 'count', vi: 'Lượt tập huấn', en: 'Training records' },
  'training.staff': { source: 'training', basis: 'trained', kind: 'distinct', vi: 'Nhân viên được tập huấn', en: 'Staff trained' },
  'difficulties.reported': { source: 'difficulties', basis: 'reported', kind: 'count', vi: 'Khó khăn, vướng mắc được báo cáo', en: 'Difficulties reported' },
  'difficulties.answered': { source: 'difficulties', basis: 'reported', kind: 'count', vi: 'Trong đó đã được trả lời', en: 'Of which answered' },
} as const satisfies Record<MeasureId, MeasureInfo>;

export function measuresOf(source: MeasureSource): MeasureId[] {
  return MEASURE_IDS.filter((id) => MEASURE_INFO[id].source === source);
}

export type MeasureCounts = Record<MeasureId, number>;

export function zeroCounts(): MeasureCounts {
  return Object.fromEntries(MEASURE_IDS.map((id) => [id, 0])) as MeasureCounts;
}

/** The figures of one group, shaped for reading; ratios are null where nothing was counted. */
export interface IndicatorFigures {
  dossiers: { total: number; inPerson: number; online: number; postal: number; unknownChannel: number };
  postalShare: ShareFigure;
  results: { byPostRequested: number; deliveredByPost: number; handedToPost: number };
  processing: { onTime: number; late: number; open: number; onTimeRatio: number | null };
  transit: { itemsTakenIn: number; onTime: number; late: number; inTransit: number; onTimeRatio: number | null };
  deliveries: { failedAttempts: number; itemsWithFailure: number; returnedToAgency: number };
  lostOrDamaged: number;
  fees: { collected: number; remitted: number; notYetRemitted: number };
  postageRevenue: number;
  complaints: { received: number; resolved: number; compensation: number };
  assistedFilings: { total: number; submitted: number };
  training: { records: number; staff: number };
  difficulties: { reported: number; answered: number };
}

export function indicatorFigures(c: MeasureCounts, targetPercent: number): IndicatorFigures {
  return {
    dossiers: { total: c['dossiers.total'], inPerson: c['dossiers.in-person'], online: c['dossiers.online'], postal: c['dossiers.postal'], unknownChannel: c['dossiers.unknown-channel'] },
    postalShare: shareAgainstTarget(c['postal-share.by-post'], c['postal-share.eligible'], targetPercent),
    results: { byPostRequested: c['results.by-post-requested'], deliveredByPost: c['results.delivered-by-post'], handedToPost: c['results.handed-to-post'] },
    processing: { onTime: c['processing.on-time'], late: c['processing.late'], open: c['processing.open'], onTimeRatio: ratio(c['processing.on-time'], c['processing.on-time'] + c['processing.late']) },
    transit: { itemsTakenIn: c['items.taken-in'], onTime: c['transit.on-time'], late: c['transit.late'], inTransit: c['transit.in-transit'], onTimeRatio: ratio(c['transit.on-time'], c['transit.on-time'] + c['transit.late']) },
    deliveries: { failedAttempts: c['deliveries.failed-attempts'], itemsWithFailure: c['deliveries.items-with-failure'], returnedToAgency: c['deliveries.returned-to-agency'] },
    lostOrDamaged: c['items.lost-or-damaged'],
    fees: { collected: c['fees.collected'], remitted: c['fees.remitted'], notYetRemitted: c['fees.collected'] - c['fees.remitted'] },
    postageRevenue: c['postage.revenue'],
    complaints: { received: c['complaints.received'], resolved: c['complaints.resolved'], compensation: c['complaints.compensation'] },
    assistedFilings: { total: c['assisted-filings.total'], submitted: c['assisted-filings.submitted'] },
    training: { records: c['training.records'], staff: c['training.staff'] },
    difficulties: { reported: c['difficulties.reported'], answered: c['difficulties.answered'] },
  };
}

/** What indicators may be grouped by. `unit` is the unit an address belongs to today; `unit-at-filing` the one it belonged to when filed. */
export const GROUP_BYS = ['none', 'procedure', 'field', 'agency', 'unit', 'unit-at-filing', 'month'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
