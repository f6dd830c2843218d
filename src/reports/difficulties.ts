/**
 * Difficulties met during the work, reported upward to be resolved (R14: "trong quá trình thực
 * hiện có khó khăn, vướng mắc kịp thời báo cáo UBND tỉnh (thông qua Sở Thông tin và Truyền
 * thông)"). A staff member reports one with a category and its context; the routing table
 * (data: data/plans/difficulty-routing.json, then the `difficulty_routes` table) sends it to
 * the department that handles that category; the department answers; it is closed; the
 * reports count them.
 */
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { accounts } from '../admin/admin.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { RequestContext } from '../admin/principal.js';
import { organisations, procedures } from '../catalog/catalog.schema.js';
import { type DifficultyStatus, mayChangeDifficultyStatus } from '../domain/reports/follow-up.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { type Reader, notFound } from './reader.js';
import { difficulties, difficultyRoutes } from './reports.schema.js';
import { type OrgRef, type Page, type PageRequest, offsetOf, orgRefs } from './views.js';

export interface DifficultyInput {
  category: string;
  title: string;
  description: string;
  procedureCode?: string | undefined;
  unitCode?: string | undefined;
  dossierCode?: string | undefined;
}

export interface DifficultyView {
  id: string;
  category: string;
  title: string;
  description: string;
  procedureCode: string | null;
  unitCode: string | null;
  dossierCode: string | null;
  reportedBy: { id: string; name: string };
  organisation: OrgRef | null;
  routedTo: OrgRef | null;
  status: DifficultyStatus;
  reportedAt: string;
  answer: string | null;
  answeredBy: { id: string; name: string } | null;
  answeredAt: string | null;
  closedAt: string | null;
}

export interface DifficultyRouteView {
  category: string;
  label: { vi: string; en: string };
  handledBy: OrgRef | null;
}

type DifficultyRow = typeof difficulties.$inferSelect;

export function createDifficulties(deps: { db: Db; now: () => Date }) {
  const { db } = deps;

  async function views(rows: DifficultyRow[]): Promise<DifficultyView[]> {
    const orgs = await orgRefs(db, rows.flatMap((r) => [r.organisationId, r.routedToOrganisationId]));
    const people = [...new Set(rows.flatMap((r) => [r.reportedBy, ...(r.answeredBy === null ? [] : [r.answeredBy])]))];
    const names = people.length === 0 ? [] : await db.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, people));
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return rows.map((r) => ({
      id: r.id,
      category: r.category,
      title: r.title,
      description: r.description,
      procedureCode: r.procedureCode,
      unitCode: r.unitCode,
      dossierCode: r.dossierCode,
      reportedBy: { id: r.reportedBy, name: nameOf.get(r.reportedBy) ?? '' },
      organisation: orgs.get(r.organisationId) ?? null,
      routedTo: orgs.get(r.routedToOrganisationId) ?? null,
      status: r.status,
      reportedAt: r.reportedAt.toISOString(),
      answer: r.answer,
      answeredBy: r.answeredBy === null ? null : { id: r.answeredBy, name: nameOf.get(r.answeredBy) ?? '' },
      answeredAt: r.answeredAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
    }));
  }

  async function one(row: DifficultyRow): Promise<DifficultyView> {
    const [view] = await views([row]);
    if (view === undefined) throw new Error('view vanished');
    return view;
  }

  async function routes(): Promise<DifficultyRouteView[]> {
    const rows = await db
      .select({ category: difficultyRoutes.category, labelVi: difficultyRoutes.labelVi, labelEn: difficultyRoutes.labelEn, orgId: organisations.id, orgCode: organisations.code, orgName: organisations.nameVi })
      .from(difficultyRoutes)
      .leftJoin(organisations, eq(organisations.code, difficultyRoutes.organisationCode))
      .orderBy(difficultyRoutes.category);
    return rows.map((r) => ({ category: r.category, label: { vi: r.labelVi, en: r.labelEn }, handledBy: r.orgId === null || r.orgCode === null || r.orgName === null ? null : { id: r.orgId, code: r.orgCode, name: r.orgName } }));
  }

  const audit = (tx: Db, actor: Reader, context: RequestContext, action: string, id: string, details: Record<string, unknown>) =>
    recordAudit(tx, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, { action, outcome: 'success', subjectType: 'difficulty', subjectId: id, details });

  async function report(actor: Reader, input: DifficultyInput, context: RequestContext): Promise<DifficultyView> {
    const [route] = await db.select().from(difficultyRoutes).where(eq(difficultyRoutes.category, input.category));
    if (route === undefined) {
      const known = (await routes()).map((r) => r.category);
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'category', vi: `phải là một trong: ${known.join(', ')}`, en: `must be one of: ${known.join(', ')}` }] });
    }
    const [handler] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, route.organisationCode));
    if (handler === undefined) {
      throw new AppError('CONFLICT', { detail: { vi: `Bảng phân công xử lý chỉ đến đơn vị ${route.organisationCode} không có trong danh bạ`, en: `The routing table names ${route.organisationCode}, which is not in the directory` } });
    }
    if (input.procedureCode !== undefined) {
      const [known] = await db.select({ code: procedures.code }).from(procedures).where(eq(procedures.code, input.procedureCode));
      if (known === undefined) throw new AppError('PROCEDURE_NOT_FOUND', { detail: { vi: `Không có thủ tục mã ${input.procedureCode}`, en: `No procedure has code ${input.procedureCode}` } });
    }
    const now = deps.now();
    // On the embedded database the transaction holds the only connection: views are read after it.
    const created = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(difficulties)
        .values({
          category: route.category,
          title: input.title.normalize('NFC').trim(),
          description: input.description.normalize('NFC').trim(),
          procedureCode: input.procedureCode ?? null,
          unitCode: input.unitCode ?? null,
          dossierCode: input.dossierCode ?? null,
          reportedBy: actor.accountId,
          organisationId: actor.organisationId,
          routedToOrganisationId: handler.id,
          status: 'open',
          reportedAt: now,
        })
        .returning();
      if (row === undefined) throw new Error('insert returned no row');
      await audit(tx, actor, context, 'difficulty.report', row.id, { category: row.category, routedTo: route.organisationCode });
      return row;
    });
    return one(created);
  }

  /** Whom a difficulty is visible to: its reporter's scope and the handling department's. */
  function visible(reader: Reader, row: DifficultyRow): boolean {
    return reader.visibleOrganisationIds.has(row.organisationId) || reader.visibleOrganisationIds.has(row.routedToOrganisationId) || row.reportedBy === reader.accountId;
  }

  async function list(reader: Reader, filter: { status?: DifficultyStatus | undefined; role?: 'reported' | 'to-handle' | undefined }, page: PageRequest): Promise<Page<DifficultyView>> {
    const ids = [...reader.visibleOrganisationIds];
    const scope =
      filter.role === 'reported'
        ? or(eq(difficulties.reportedBy, reader.accountId), inArray(difficulties.organisationId, ids))
        : filter.role === 'to-handle'
          ? inArray(difficulties.routedToOrganisationId, ids)
          : or(eq(difficulties.reportedBy, reader.accountId), inArray(difficulties.organisationId, ids), inArray(difficulties.routedToOrganisationId, ids));
    const where = and(scope, filter.status === undefined ? undefined : eq(difficulties.status, filter.status));
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(difficulties).where(where);
    const rows = await db.select().from(difficulties).where(where).orderBy(desc(difficulties.reportedAt)).limit(page.pageSize).offset(offsetOf(page));
    return { total: Number(count?.n ?? 0), ...page, items: await views(rows) };
  }

  async function get(reader: Reader, id: string): Promise<DifficultyView> {
    const [row] = await db.select().from(difficulties).where(eq(difficulties.id, id));
    if (row === undefined || !visible(reader, row)) throw notFound({ vi: 'khó khăn, vướng mắc', en: 'difficulty' });
    return one(row);
  }

  async function change(actor: Reader, id: string, to: DifficultyStatus, context: RequestContext, answer: string | null): Promise<DifficultyView> {
    const now = deps.now();
    const changed = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(difficulties).where(eq(difficulties.id, id)).for('update');
      if (row === undefined || !visible(actor, row)) throw notFound({ vi: 'khó khăn, vướng mắc', en: 'difficulty' });
      const handles = actor.visibleOrganisationIds.has(row.routedToOrganisationId);
      // Only the department it was routed to answers; its reporter (or they) may close it.
      if (to === 'answered' && !handles) throw new AppError('FORBIDDEN', { detail: { vi: 'Vướng mắc này được chuyển cho đơn vị khác xử lý', en: 'This difficulty was routed to another department' } });
      if (to === 'closed' && !handles && row.reportedBy !== actor.accountId) throw new AppError('FORBIDDEN', { detail: { vi: 'Chỉ người báo cáo hoặc đơn vị xử lý được đóng', en: 'Only the reporter or the handling department may close it' } });
      if (!mayChangeDifficultyStatus(row.status, to)) {
        throw new AppError('CONFLICT', { detail: row.status === 'closed' ? { vi: 'Vướng mắc đã được đóng', en: 'The difficulty is closed' } : { vi: 'Vướng mắc đã được trả lời', en: 'The difficulty was answered already' }, extra: { status: row.status } });
      }
      const [updated] = await tx
        .update(difficulties)
        .set(to === 'answered' ? { status: to, answer, answeredBy: actor.accountId, answeredAt: now, version: sql`${difficulties.version} + 1` } : { status: to, closedAt: now, version: sql`${difficulties.version} + 1` })
        .where(eq(difficulties.id, id))
        .returning();
      if (updated === undefined) throw new Error('locked difficulty vanished');
      await audit(tx, actor, context, to === 'answered' ? 'difficulty.answer' : 'difficulty.close', id, { status: to });
      return updated;
    });
    return one(changed);
  }

  return {
    routes,
    report,
    list,
    get,
    answer: (actor: Reader, id: string, answer: string, context: RequestContext) => change(actor, id, 'answered', context, answer.normalize('NFC').trim()),
    close: (actor: Reader, id: string, context: RequestContext) => change(actor, id, 'closed', context, null),
    views,
  };
}

export type Difficulties = ReturnType<typeof createDifficulties>;
