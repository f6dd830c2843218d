/**
 * Complaints about the postal service and items lost or damaged, as postal staff record them.
 * Both are counted in the indicators and in the post's periodic report (complaints, losses,
 * compensation). A complaint names the dossier or item it is about; the procedure, agency and
 * address unit are copied from that case so the complaint can be grouped like the dossiers.
 * No personal data is kept: the case identifies the person for whoever may see it.
 */
import { and, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { recordAudit } from '../admin/audit.js';
import type { RequestContext } from '../admin/principal.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import type { Projector } from './projector.js';
import { uuidArray } from './sql.js';
import { type Reader, notFound } from './reader.js';
import { type ComplaintCategory, type ComplaintChannel, type ComplaintStatus, type IncidentKind, type IncidentLeg, complaints, itemIncidents } from './reports.schema.js';
import { type OrgRef, type Page, type PageRequest, offsetOf, orgRefs } from './views.js';

export interface ComplaintInput {
  receivedOn: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  dossierCode?: string | undefined;
  itemNumber?: string | undefined;
  summary: string;
}

export interface ComplaintOutcome {
  status: Exclude<ComplaintStatus, 'open'>;
  resolution: string;
  resolvedOn: string;
  compensation: number;
}

export interface ComplaintView {
  id: string;
  receivedOn: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  dossierCode: string | null;
  itemNumber: string | null;
  procedureCode: string | null;
  agency: OrgRef | null;
  unitCode: string | null;
  organisation: OrgRef | null;
  summary: string;
  status: ComplaintStatus;
  resolution: string | null;
  resolvedOn: string | null;
  compensation: number;
  recordedAt: string;
}

export interface IncidentInput {
  itemNumber: string;
  kind: IncidentKind;
  leg: IncidentLeg;
  occurredOn: string;
  note?: string | undefined;
  compensation?: number | undefined;
}

export interface IncidentView {
  id: string;
  itemNumber: string;
  kind: IncidentKind;
  leg: IncidentLeg;
  occurredOn: string;
  note: string | null;
  compensation: number;
  organisation: OrgRef | null;
  recordedAt: string;
}

type ComplaintRow = typeof complaints.$inferSelect;
type IncidentRow = typeof itemIncidents.$inferSelect;

/** What a complaint or incident is about, as the post and the reports know it. */
interface CaseFacts {
  dossierCode: string | null;
  itemNumber: string | null;
  procedureCode: string;
  agencyId: string | null;
  postOfficeId: string | null;
  unitCode: string | null;
}

function badField(name: string, vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name, vi, en }] });
}

export function createComplaints(deps: { db: Db; now: () => Date; projector: Projector }) {
  const { db } = deps;

  /**
   * The case by dossier code or item number: from the projection, or (while the relay has not
   * delivered its first event yet) from the post's own item. Outside the reader's scope it does
   * not exist.
   */
  async function caseOf(reader: Reader, ref: { dossierCode?: string | undefined; itemNumber?: string | undefined }): Promise<CaseFacts> {
    const byDossier = ref.dossierCode !== undefined;
    const rows = await queryRows<{ dossier_code: string | null; item_number: string | null; procedure_code: string; agency_id: string | null; post_office_id: string | null; unit_code: string | null }>(
      db,
      byDossier
        ? sql`select dossier_code, item_number, procedure_code, agency_id, post_office_id, unit_code_at_filing as unit_code from report_dossiers where dossier_code = ${ref.dossierCode}
              union all
              select dossier_code, item_number, procedure_code, agency_id, post_office_id, unit_code from postal_items where dossier_code = ${ref.dossierCode}
              limit 1`
        : sql`select dossier_code, item_number, procedure_code, agency_id, post_office_id, unit_code_at_filing as unit_code from report_dossiers where item_number = ${ref.itemNumber ?? ''}
              union all
              select dossier_code, item_number, procedure_code, agency_id, post_office_id, unit_code from postal_items where item_number = ${ref.itemNumber ?? ''}
              limit 1`,
    );
    const row = rows[0];
    const visible = (id: string | null) => id !== null && reader.visibleOrganisationIds.has(id);
    if (row === undefined || !(visible(row.agency_id) || visible(row.post_office_id))) throw notFound({ vi: 'hồ sơ hoặc bưu gửi', en: 'dossier or item' });
    return { dossierCode: row.dossier_code, itemNumber: row.item_number, procedureCode: row.procedure_code, agencyId: row.agency_id, postOfficeId: row.post_office_id, unitCode: row.unit_code };
  }

  async function complaintViews(rows: ComplaintRow[]): Promise<ComplaintView[]> {
    const orgs = await orgRefs(db, rows.flatMap((r) => [r.agencyId, r.organisationId]));
    return rows.map((r) => ({
      id: r.id,
      receivedOn: r.receivedOn,
      channel: r.channel,
      category: r.category,
      dossierCode: r.dossierCode,
      itemNumber: r.itemNumber,
      procedureCode: r.procedureCode,
      agency: r.agencyId === null ? null : (orgs.get(r.agencyId) ?? null),
      unitCode: r.unitCode,
      organisation: orgs.get(r.organisationId) ?? null,
      summary: r.summary,
      status: r.status,
      resolution: r.resolution,
      resolvedOn: r.resolvedOn,
      compensation: r.compensation,
      recordedAt: r.recordedAt.toISOString(),
    }));
  }

  async function incidentViews(rows: IncidentRow[]): Promise<IncidentView[]> {
    const orgs = await orgRefs(db, rows.map((r) => r.organisationId));
    return rows.map((r) => ({ id: r.id, itemNumber: r.itemNumber, kind: r.kind, leg: r.leg, occurredOn: r.occurredOn, note: r.note, compensation: r.compensation, organisation: orgs.get(r.organisationId) ?? null, recordedAt: r.recordedAt.toISOString() }));
  }

  async function oneComplaint(row: ComplaintRow): Promise<ComplaintView> {
    const [view] = await complaintViews([row]);
    if (view === undefined) throw new Error('view vanished');
    return view;
  }

  function visibleComplaint(reader: Reader, row: ComplaintRow): boolean {
    return reader.visibleOrganisationIds.has(row.organisationId) || (row.agencyId !== null && reader.visibleOrganisationIds.has(row.agencyId));
  }

  async function record(actor: Reader, input: ComplaintInput, context: RequestContext): Promise<ComplaintView> {
    const now = deps.now();
    if (input.receivedOn > vietnamDateOf(now)) throw badField('receivedOn', 'không được sau hôm nay', 'must not be after today');
    if (input.dossierCode === undefined && input.itemNumber === undefined) throw badField('dossierCode', 'cần mã hồ sơ hoặc số hiệu bưu gửi', 'a dossier code or an item number is needed');
    const facts = await caseOf(actor, input);
    // On the embedded database the transaction holds the only connection: the view is read after it.
    const row = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(complaints)
        .values({
          receivedOn: input.receivedOn,
          channel: input.channel,
          category: input.category,
          dossierCode: facts.dossierCode,
          itemNumber: facts.itemNumber,
          procedureCode: facts.procedureCode,
          agencyId: facts.agencyId,
          unitCode: facts.unitCode,
          organisationId: actor.organisationId,
          summary: input.summary.normalize('NFC').trim(),
          status: 'open',
          recordedBy: actor.accountId,
          recordedAt: now,
          updatedAt: now,
        })
        .returning();
      if (row === undefined) throw new Error('insert returned no row');
      await recordAudit(tx, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, {
        action: 'complaint.record',
        outcome: 'success',
        subjectType: 'complaint',
        subjectId: row.id,
        details: { category: row.category, dossierCode: row.dossierCode, itemNumber: row.itemNumber },
      });
      return row;
    });
    return oneComplaint(row);
  }

  async function resolve(actor: Reader, id: string, outcome: ComplaintOutcome, context: RequestContext): Promise<ComplaintView> {
    const now = deps.now();
    if (outcome.resolvedOn > vietnamDateOf(now)) throw badField('resolvedOn', 'không được sau hôm nay', 'must not be after today');
    const updated = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(complaints).where(eq(complaints.id, id)).for('update');
      if (row === undefined || !visibleComplaint(actor, row)) throw notFound({ vi: 'khiếu nại', en: 'complaint' });
      if (row.status !== 'open') throw new AppError('CONFLICT', { detail: { vi: 'Khiếu nại đã được giải quyết', en: 'The complaint was settled already' }, extra: { status: row.status } });
      if (outcome.resolvedOn < row.receivedOn) throw badField('resolvedOn', 'không được trước ngày tiếp nhận', 'must not be before the day it was received');
      const [updated] = await tx
        .update(complaints)
        .set({ status: outcome.status, resolution: outcome.resolution.normalize('NFC').trim(), resolvedOn: outcome.resolvedOn, compensation: outcome.compensation, updatedAt: now })
        .where(eq(complaints.id, id))
        .returning();
      if (updated === undefined) throw new Error('locked complaint vanished');
      await recordAudit(tx, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, {
        action: 'complaint.resolve',
        outcome: 'success',
        subjectType: 'complaint',
        subjectId: id,
        details: { status: outcome.status, compensation: outcome.compensation },
      });
      return updated;
    });
    return oneComplaint(updated);
  }

  function scopeCondition(reader: Reader) {
    const ids = [...reader.visibleOrganisationIds];
    return or(inArray(complaints.organisationId, ids), inArray(complaints.agencyId, ids));
  }

  async function list(reader: Reader, filter: { status?: ComplaintStatus | undefined; from?: string | undefined; to?: string | undefined }, page: PageRequest): Promise<Page<ComplaintView>> {
    const where = and(
      scopeCondition(reader),
      filter.status === undefined ? undefined : eq(complaints.status, filter.status),
      filter.from === undefined ? undefined : gte(complaints.receivedOn, filter.from),
      filter.to === undefined ? undefined : lte(complaints.receivedOn, filter.to),
    );
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(complaints).where(where);
    const rows = await db.select().from(complaints).where(where).orderBy(desc(complaints.receivedOn), desc(complaints.recordedAt)).limit(page.pageSize).offset(offsetOf(page));
    return { total: Number(count?.n ?? 0), ...page, items: await complaintViews(rows) };
  }

  async function get(reader: Reader, id: string): Promise<ComplaintView> {
    const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
    if (row === undefined || !visibleComplaint(reader, row)) throw notFound({ vi: 'khiếu nại', en: 'complaint' });
    return oneComplaint(row);
  }

  /**
   * An item found lost or damaged. Its row in the projection changes in the same transaction,
   * so the indicators count it as soon as the answer is sent.
   */
  async function recordIncident(actor: Reader, input: IncidentInput, context: RequestContext): Promise<IncidentView> {
    const now = deps.now();
    if (input.occurredOn > vietnamDateOf(now)) throw badField('occurredOn', 'không được sau hôm nay', 'must not be after today');
    const facts = await caseOf(actor, { itemNumber: input.itemNumber });
    const row = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(itemIncidents)
        .values({ itemNumber: input.itemNumber, kind: input.kind, leg: input.leg, occurredOn: input.occurredOn, note: input.note?.normalize('NFC').trim() ?? null, compensation: input.compensation ?? 0, organisationId: actor.organisationId, recordedBy: actor.accountId, recordedAt: now })
        .onConflictDoNothing()
        .returning();
      if (row === undefined) throw new AppError('CONFLICT', { detail: { vi: 'Sự cố này của bưu gửi đã được ghi nhận', en: 'This incident was recorded for the item already' } });
      await recordAudit(tx, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, {
        action: 'item-incident.record',
        outcome: 'success',
        subjectType: 'postal_item',
        subjectId: input.itemNumber,
        details: { kind: input.kind, leg: input.leg, compensation: row.compensation },
      });
      await deps.projector.projectWithin(tx, { dossierCodes: facts.dossierCode === null ? [] : [facts.dossierCode], itemNumbers: [input.itemNumber] });
      return row;
    });
    const [view] = await incidentViews([row]);
    if (view === undefined) throw new Error('view vanished');
    return view;
  }

  async function listIncidents(reader: Reader, filter: { from?: string | undefined; to?: string | undefined }, page: PageRequest): Promise<Page<IncidentView>> {
    const ids = [...reader.visibleOrganisationIds];
    // Incidents of the reader's offices, and of items of the reader's offices or agencies.
    const where = and(
      or(inArray(itemIncidents.organisationId, ids), sql`exists (select 1 from postal_items i where i.item_number = ${itemIncidents.itemNumber} and (i.post_office_id = any(${uuidArray(ids)}) or i.agency_id = any(${uuidArray(ids)})))`),
      filter.from === undefined ? undefined : gte(itemIncidents.occurredOn, filter.from),
      filter.to === undefined ? undefined : lte(itemIncidents.occurredOn, filter.to),
    );
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(itemIncidents).where(where);
    const rows = await db.select().from(itemIncidents).where(where).orderBy(desc(itemIncidents.occurredOn), desc(itemIncidents.recordedAt)).limit(page.pageSize).offset(offsetOf(page));
    return { total: Number(count?.n ?? 0), ...page, items: await incidentViews(rows) };
  }

  return { record, resolve, list, get, views: complaintViews, recordIncident, listIncidents };
}

export type Complaints = ReturnType<typeof createComplaints>;
