/**
 * Reconciliation: what one side says it handed over against what the other side says it
 * received, computed from the exchange's own event log for one day (Vietnam time). Every
 * difference is listed for a supervisor: items sent on a handover record but not received,
 * received but not sent, records never acknowledged, results handed to the post and neither
 * delivered nor returned, and fees collected on behalf against fees remitted, per agency.
 */
import { eq, sql } from 'drizzle-orm';
import { reconciliationReports } from './exchange.schema.js';
import { type Db, queryRows } from '../platform/db/client.js';

export type DifferenceKind =
  | 'manifest-unacknowledged'
  | 'item-missing-at-desk'
  | 'item-not-on-manifest'
  | 'item-damaged'
  | 'result-not-delivered'
  | 'fees-not-remitted'
  | 'fees-over-remitted';

export interface Difference {
  kind: DifferenceKind;
  /** The manifest id, item number or agency code the difference is about. */
  reference: string;
  agencyCode: string | null;
  detail: Record<string, unknown>;
}

export interface ReconciliationReport {
  day: string;
  manifestsSent: number;
  manifestsAcknowledged: number;
  resultsHandedToPost: number;
  resultsDelivered: number;
  resultsReturned: number;
  feesCollected: number;
  feesRemitted: number;
  differences: Difference[];
}

interface EventRow extends Record<string, unknown> {
  type: string;
  item_number: string | null;
  dossier_code: string | null;
  data: Record<string, unknown>;
  local_day: string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const orgCode = (value: unknown): string | null => (typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' ? (value as { code: string }).code : null);

/** `day` is YYYY-MM-DD in Vietnam time; results are followed up to the end of that day. */
export async function reconcile(db: Db, day: string): Promise<ReconciliationReport> {
  const rows = await queryRows<EventRow>(
    db,
    sql`select type, item_number, dossier_code, data, to_char(occurred_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as local_day
        from exchange_events
        where type in ('manifest.sent', 'manifest.acknowledged', 'result.handed-to-post', 'delivery.delivered', 'result.returned-to-agency', 'dossier.taken-in', 'fees.remitted')
          and occurred_at < (${day}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
        order by seq`,
  );
  const onDay = rows.filter((r) => r.local_day === day);
  const differences: Difference[] = [];

  // Handover records sent that day, against their acknowledgements (whenever signed).
  const acknowledgements = new Map(rows.filter((r) => r.type === 'manifest.acknowledged').map((r) => [String(r.data['manifestId']), r.data]));
  const sent = onDay.filter((r) => r.type === 'manifest.sent');
  for (const manifest of sent) {
    const id = String(manifest.data['manifestId']);
    const agencyCode = orgCode(manifest.data['to']);
    const items = strings(manifest.data['items']);
    const ack = acknowledgements.get(id);
    if (ack === undefined) {
      differences.push({ kind: 'manifest-unacknowledged', reference: id, agencyCode, detail: { items: items.length } });
      continue;
    }
    const received = new Set(strings(ack['received']));
    for (const item of items) if (!received.has(item)) differences.push({ kind: 'item-missing-at-desk', reference: item, agencyCode, detail: { manifestId: id } });
    for (const item of received) if (!items.includes(item)) differences.push({ kind: 'item-not-on-manifest', reference: item, agencyCode, detail: { manifestId: id } });
    for (const item of strings(ack['damaged'])) differences.push({ kind: 'item-damaged', reference: item, agencyCode, detail: { manifestId: id } });
  }

  // Results handed to the post up to that day and neither delivered nor returned by its end.
  const closed = new Set(rows.filter((r) => r.type === 'delivery.delivered' || r.type === 'result.returned-to-agency').map((r) => r.item_number ?? ''));
  const handed = rows.filter((r) => r.type === 'result.handed-to-post');
  for (const result of handed) {
    const item = String(result.data['resultItemNumber']);
    if (!closed.has(item)) differences.push({ kind: 'result-not-delivered', reference: item, agencyCode: null, detail: { dossierCode: result.dossier_code, handedOn: result.local_day } });
  }

  // Fees collected on behalf that day against fees remitted that day, per agency.
  const collected = new Map<string, number>();
  for (const r of onDay.filter((e) => e.type === 'dossier.taken-in')) {
    const agency = orgCode(r.data['agency']) ?? '?';
    collected.set(agency, (collected.get(agency) ?? 0) + Number(r.data['feesCollected'] ?? 0));
  }
  const remitted = new Map<string, number>();
  for (const r of onDay.filter((e) => e.type === 'fees.remitted')) {
    const agency = orgCode(r.data['agency']) ?? '?';
    remitted.set(agency, (remitted.get(agency) ?? 0) + Number(r.data['amount'] ?? 0));
  }
  for (const agency of new Set([...collected.keys(), ...remitted.keys()])) {
    const c = collected.get(agency) ?? 0;
    const m = remitted.get(agency) ?? 0;
    if (c > m) differences.push({ kind: 'fees-not-remitted', reference: agency, agencyCode: agency, detail: { collected: c, remitted: m, difference: c - m } });
    if (m > c) differences.push({ kind: 'fees-over-remitted', reference: agency, agencyCode: agency, detail: { collected: c, remitted: m, difference: m - c } });
  }

  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  return {
    day,
    manifestsSent: sent.length,
    manifestsAcknowledged: onDay.filter((r) => r.type === 'manifest.acknowledged').length,
    resultsHandedToPost: onDay.filter((r) => r.type === 'result.handed-to-post').length,
    resultsDelivered: onDay.filter((r) => r.type === 'delivery.delivered').length,
    resultsReturned: onDay.filter((r) => r.type === 'result.returned-to-agency').length,
    feesCollected: sum(collected),
    feesRemitted: sum(remitted),
    differences,
  };
}

/** Computes and keeps the report of `day`; a report already kept is returned as it was. */
export async function storeReconciliation(db: Db, day: string): Promise<{ report: ReconciliationReport; created: boolean }> {
  const report = await reconcile(db, day);
  const inserted = await db
    .insert(reconciliationReports)
    .values({ day, report: report as unknown as Record<string, unknown>, differences: report.differences.length })
    .onConflictDoNothing()
    .returning({ day: reconciliationReports.day });
  if (inserted.length === 1) return { report, created: true };
  const [kept] = await db.select().from(reconciliationReports).where(eq(reconciliationReports.day, day));
  return { report: (kept?.report as unknown as ReconciliationReport | undefined) ?? report, created: false };
}

/**
 * The daily job: from 01:00 Vietnam time, yesterday's report is made once. Several workers may
 * run it; the day's primary key lets exactly one insert win.
 */
export function createDailyReconciliation(deps: { db: Db; now: () => Date; checkEveryMs?: number; onReport?: (report: ReconciliationReport) => void }) {
  async function tick(): Promise<ReconciliationReport | null> {
    const local = new Date(deps.now().getTime() + 7 * 3_600_000);
    if (local.getUTCHours() < 1) return null;
    const yesterday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - 1)).toISOString().slice(0, 10);
    const [done] = await deps.db.select({ day: reconciliationReports.day }).from(reconciliationReports).where(eq(reconciliationReports.day, yesterday));
    if (done !== undefined) return null;
    const { report, created } = await storeReconciliation(deps.db, yesterday);
    if (created) deps.onReport?.(report);
    return created ? report : null;
  }

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await tick();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deps.checkEveryMs ?? 600_000);
        signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
      });
    }
  }

  return { tick, run };
}
