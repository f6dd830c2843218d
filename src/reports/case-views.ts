/**
 * Rows of the projection and of assisted filings as the drill-down lists show them. No personal
 * data: a dossier is shown by its code, procedure, agency and dates, never by its applicant.
 */
import { inArray, sql } from 'drizzle-orm';
import { assistedFilings } from '../desk/desk.schema.js';
import { type Db, queryRows } from '../platform/db/client.js';
import type { CaseChannel, CaseDecision } from './reports.schema.js';
import { textArray, toDay, toInstant } from './sql.js';
import type { UnitDirectory } from './units.js';
import { type OrgRef, orgRefs } from './views.js';

export interface CaseView {
  caseKey: string;
  dossierCode: string | null;
  itemNumber: string | null;
  procedureCode: string;
  field: string | null;
  agency: OrgRef | null;
  postOffice: OrgRef | null;
  unitCodeAtFiling: string | null;
  currentUnitCode: string | null;
  channel: CaseChannel;
  sentByPost: boolean;
  resultByPost: boolean;
  filedAt: string | null;
  dueAt: string | null;
  decidedAt: string | null;
  decision: CaseDecision | null;
  resultHandedToPostAt: string | null;
  deliveredByPostAt: string | null;
  deliveryFailures: number;
  returnedToAgency: boolean;
  takenInAt: string | null;
  transitDueOn: string | null;
  arrivedOn: string | null;
  feesCollected: number;
  feesRemitted: number;
  postage: number;
  lostOrDamaged: boolean;
  status: string | null;
}

interface CaseRow extends Record<string, unknown> {
  case_key: string;
  dossier_code: string | null;
  item_number: string | null;
  procedure_code: string;
  field: string | null;
  agency_id: string | null;
  post_office_id: string | null;
  unit_code_at_filing: string | null;
  channel: CaseChannel;
  sent_by_post: boolean;
  result_by_post: boolean;
  filed_at: unknown;
  due_at: unknown;
  decided_at: unknown;
  decision: CaseDecision | null;
  result_handed_to_post_at: unknown;
  delivered_by_post_at: unknown;
  delivery_failures: number;
  returned_to_agency: boolean;
  taken_in_at: unknown;
  transit_due_on: string | null;
  arrived_on: string | null;
  fees_collected: number;
  fees_remitted: number;
  postage: number;
  lost_or_damaged: boolean;
  status: string | null;
}

/** The rows of these case keys, in the order given. */
export async function caseViews(db: Db, keys: readonly string[], units: Pick<UnitDirectory, 'currentOf'>): Promise<CaseView[]> {
  if (keys.length === 0) return [];
  const rows = await queryRows<CaseRow>(
    db,
    sql`select case_key, dossier_code, item_number, procedure_code, field, agency_id, post_office_id, unit_code_at_filing,
          channel, sent_by_post, result_by_post, filed_at, due_at, decided_at, decision, result_handed_to_post_at, delivered_by_post_at,
          delivery_failures, returned_to_agency, taken_in_at, transit_due_on::text as transit_due_on, arrived_on::text as arrived_on,
          fees_collected, fees_remitted, postage, lost_or_damaged, status
        from report_dossiers where case_key = any(${textArray(keys)})`,
  );
  const orgs = await orgRefs(db, rows.flatMap((r) => [r.agency_id, r.post_office_id]));
  const byKey = new Map(rows.map((r) => [r.case_key, r]));
  return keys.flatMap((key) => {
    const r = byKey.get(key);
    if (r === undefined) return [];
    return [
      {
        caseKey: r.case_key,
        dossierCode: r.dossier_code,
        itemNumber: r.item_number,
        procedureCode: r.procedure_code,
        field: r.field,
        agency: r.agency_id === null ? null : (orgs.get(r.agency_id) ?? null),
        postOffice: r.post_office_id === null ? null : (orgs.get(r.post_office_id) ?? null),
        unitCodeAtFiling: r.unit_code_at_filing,
        currentUnitCode: r.unit_code_at_filing === null ? null : units.currentOf(r.unit_code_at_filing),
        channel: r.channel,
        sentByPost: r.sent_by_post,
        resultByPost: r.result_by_post,
        filedAt: toInstant(r.filed_at),
        dueAt: toInstant(r.due_at),
        decidedAt: toInstant(r.decided_at),
        decision: r.decision,
        resultHandedToPostAt: toInstant(r.result_handed_to_post_at),
        deliveredByPostAt: toInstant(r.delivered_by_post_at),
        deliveryFailures: Number(r.delivery_failures),
        returnedToAgency: r.returned_to_agency,
        takenInAt: toInstant(r.taken_in_at),
        transitDueOn: toDay(r.transit_due_on),
        arrivedOn: toDay(r.arrived_on),
        feesCollected: Number(r.fees_collected),
        feesRemitted: Number(r.fees_remitted),
        postage: Number(r.postage),
        lostOrDamaged: r.lost_or_damaged,
        status: r.status,
      },
    ];
  });
}

export interface AssistedFilingView {
  id: string;
  at: string;
  procedureCode: string;
  organisation: OrgRef | null;
  staffId: string;
  outcome: 'submitted' | 'not-completed';
  onlineDossierCode: string | null;
}

export async function assistedFilingViews(db: Db, ids: readonly string[]): Promise<AssistedFilingView[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(assistedFilings).where(inArray(assistedFilings.id, [...ids]));
  const orgs = await orgRefs(db, rows.map((r) => r.organisationId));
  return ids.flatMap((id) => {
    const r = rows.find((x) => x.id === id);
    return r === undefined ? [] : [{ id: r.id, at: r.at.toISOString(), procedureCode: r.procedureCode, organisation: orgs.get(r.organisationId) ?? null, staffId: r.staffId, outcome: r.outcome, onlineDossierCode: r.onlineDossierCode }];
  });
}
