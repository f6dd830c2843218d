/**
 * The plan's own tasks, followed to completion (R13): each task with its product, lead and
 * coordinating agencies, deadline as written and as a day, status with its append-only
 * history, and evidence (links, or files kept in the database like the procedures' files).
 * Overdue tasks are flagged. A new plan is entered the same way as the one loaded from data.
 *
 * Who sees a plan: a plan concerns the whole territory of its issuer, so readers in the
 * issuer's subtree see it (a commune's leader sees the province's plan) and so do readers above
 * the issuer. Only managers whose scope includes the issuer change it.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { accounts } from '../admin/admin.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { RequestContext } from '../admin/principal.js';
import { contentDisposition } from '../catalog/procedure-files.js';
import { PROCEDURE_FILE_TYPES, isProcedureFileType, showsInline, sniffProcedureFileType } from '../catalog/procedure-file-types.js';
import { TASK_STATUS_INFO, type TaskStatus, isTaskOverdue, mayChangeTaskStatus, parseTaskDeadline } from '../domain/reports/follow-up.js';
import { daysBetween, parsePlainDate, vietnamDateOf } from '../domain/time/plain-date.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { type PlanTaskData, deadlineColumns, insertPlan } from './plan-data.js';
import { type Reader, notFound } from './reader.js';
import { planTaskEvidence, planTaskStatusChanges, planTasks, plans } from './reports.schema.js';
import { type OrgRef, orgRefs } from './views.js';

/** Largest evidence file: the same limit as a procedure's published files. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

export interface PlanInput {
  code: string;
  title: string;
  issuedOn: string;
  issuer: string;
  source?: string | undefined;
  note?: string | undefined;
  tasks: PlanTaskData[];
}

export interface PlanSummary {
  id: string;
  code: string;
  title: string;
  issuedOn: string;
  issuer: string;
  organisation: OrgRef | null;
  source: string;
  note: string | null;
  tasks: { total: number; done: number; overdue: number };
}

export interface TaskView {
  id: string;
  planId: string;
  planCode: string;
  section: string;
  sectionTitle: string;
  number: number;
  content: string;
  product: string;
  leadAgencies: string;
  coordinatingAgencies: string;
  deadline: { text: string; kind: 'date' | 'ongoing' | 'event'; dueOn: string | null };
  status: TaskStatus;
  statusLabel: { vi: string; en: string };
  statusChangedAt: string;
  overdue: boolean;
  daysOverdue: number | null;
  evidenceCount: number;
}

export interface EvidenceView {
  id: string;
  kind: 'link' | 'file';
  title: string;
  url: string;
  fileName: string | null;
  mediaType: string | null;
  byteSize: number | null;
  sha256: string | null;
  addedBy: { id: string; name: string };
  addedAt: string;
}

export interface TaskDetail extends TaskView {
  history: Array<{ seq: number; from: TaskStatus | null; to: TaskStatus; at: string; by: { id: string; name: string } | null; note: string | null }>;
  evidence: EvidenceView[];
}

export type EvidenceInput = { kind: 'link'; title: string; url: string } | { kind: 'file'; title: string; fileName: string; mediaType: string; contentBase64: string };

type PlanRow = typeof plans.$inferSelect;
type TaskRow = typeof planTasks.$inferSelect;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function badField(name: string, vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name, vi, en }] });
}

export function createPlans(deps: { db: Db; now: () => Date }) {
  const { db } = deps;
  const today = () => vietnamDateOf(deps.now());

  /** The reader's organisation and those above it: a plan issued there concerns the reader. */
  async function ancestorsOf(organisationId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`with recursive up(id, parent_id) as (
            select id, parent_id from organisations where id = ${organisationId}
            union all
            select o.id, o.parent_id from organisations o join up on o.id = up.parent_id
          ) select id from up`,
    );
    return rows.map((r) => r.id);
  }

  async function visibleOwners(reader: Reader): Promise<string[]> {
    return [...new Set([...reader.visibleOrganisationIds, ...(await ancestorsOf(reader.organisationId))])];
  }

  function taskView(row: TaskRow, planCode: string, evidenceCount: number): TaskView {
    const deadline = parseTaskDeadline(row.deadlineText);
    const overdue = isTaskOverdue(deadline, row.status, today());
    return {
      id: row.id,
      planId: row.planId,
      planCode,
      section: row.section,
      sectionTitle: row.sectionTitle,
      number: row.number,
      content: row.content,
      product: row.product,
      leadAgencies: row.leadAgencies,
      coordinatingAgencies: row.coordinatingAgencies,
      deadline: { text: row.deadlineText, kind: row.deadlineKind, dueOn: row.dueOn },
      status: row.status,
      statusLabel: TASK_STATUS_INFO[row.status],
      statusChangedAt: row.statusChangedAt.toISOString(),
      overdue,
      daysOverdue: overdue && row.dueOn !== null ? daysBetween(parsePlainDate(row.dueOn), today()) : null,
      evidenceCount,
    };
  }

  async function evidenceCounts(taskIds: string[]): Promise<Map<string, number>> {
    if (taskIds.length === 0) return new Map();
    const rows = await db.select({ taskId: planTaskEvidence.taskId, n: sql<number>`count(*)::int` }).from(planTaskEvidence).where(inArray(planTaskEvidence.taskId, taskIds)).groupBy(planTaskEvidence.taskId);
    return new Map(rows.map((r) => [r.taskId, Number(r.n)]));
  }

  async function tasksOf(planIds: string[]): Promise<TaskView[]> {
    if (planIds.length === 0) return [];
    const rows = await db.select({ task: planTasks, planCode: plans.code }).from(planTasks).innerJoin(plans, eq(plans.id, planTasks.planId)).where(inArray(planTasks.planId, planIds)).orderBy(asc(plans.issuedOn), asc(planTasks.position));
    const counts = await evidenceCounts(rows.map((r) => r.task.id));
    return rows.map((r) => taskView(r.task, r.planCode, counts.get(r.task.id) ?? 0));
  }

  async function summaries(rows: PlanRow[]): Promise<PlanSummary[]> {
    const tasks = await tasksOf(rows.map((r) => r.id));
    const orgs = await orgRefs(db, rows.map((r) => r.organisationId));
    return rows.map((r) => {
      const own = tasks.filter((t) => t.planId === r.id);
      return {
        id: r.id,
        code: r.code,
        title: r.title,
        issuedOn: r.issuedOn,
        issuer: r.issuer,
        organisation: orgs.get(r.organisationId) ?? null,
        source: r.source,
        note: r.note,
        tasks: { total: own.length, done: own.filter((t) => t.status === 'done').length, overdue: own.filter((t) => t.overdue).length },
      };
    });
  }

  async function list(reader: Reader): Promise<PlanSummary[]> {
    const rows = await db.select().from(plans).where(inArray(plans.organisationId, await visibleOwners(reader))).orderBy(asc(plans.issuedOn));
    return summaries(rows);
  }

  async function planFor(reader: Reader, planId: string, write: boolean): Promise<PlanRow> {
    const [row] = await db.select().from(plans).where(eq(plans.id, planId));
    const allowed = row !== undefined && (write ? reader.visibleOrganisationIds.has(row.organisationId) : (await visibleOwners(reader)).includes(row.organisationId));
    if (row === undefined || !allowed) throw notFound({ vi: 'kế hoạch', en: 'plan' });
    return row;
  }

  async function get(reader: Reader, planId: string): Promise<PlanSummary & { taskList: TaskView[] }> {
    const plan = await planFor(reader, planId, false);
    const [summary] = await summaries([plan]);
    if (summary === undefined) throw new Error('summary vanished');
    return { ...summary, taskList: await tasksOf([plan.id]) };
  }

  /** Overdue tasks of every plan the reader sees, most overdue first. */
  async function overdue(reader: Reader): Promise<TaskView[]> {
    const owned = await db.select({ id: plans.id }).from(plans).where(inArray(plans.organisationId, await visibleOwners(reader)));
    const tasks = await tasksOf(owned.map((p) => p.id));
    return tasks.filter((t) => t.overdue).sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  }

  const audit = (tx: Db, actor: Reader, context: RequestContext, action: string, subjectType: string, subjectId: string, details: Record<string, unknown>) =>
    recordAudit(tx, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, { action, outcome: 'success', subjectType, subjectId, details });

  function checkTasks(tasks: readonly PlanTaskData[]): void {
    const seen = new Set<string>();
    for (const t of tasks) {
      const key = `${t.section}.${t.number}`;
      if (seen.has(key)) throw badField('tasks', `nhiệm vụ ${key} bị lặp`, `task ${key} appears twice`);
      seen.add(key);
    }
  }

  async function create(actor: Reader, input: PlanInput, context: RequestContext): Promise<PlanSummary & { taskList: TaskView[] }> {
    checkTasks(input.tasks);
    const now = deps.now();
    const id = await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.code, input.code));
      if (existing !== undefined) throw new AppError('CONFLICT', { detail: { vi: `Đã có kế hoạch số ${input.code}`, en: `Plan ${input.code} exists already` } });
      const planId = await insertPlan(tx, { code: input.code, title: input.title, issuedOn: input.issuedOn, issuer: input.issuer, source: input.source ?? 'nhập trên hệ thống', ...(input.note === undefined ? {} : { note: input.note }), tasks: input.tasks, organisationId: actor.organisationId, createdBy: actor.accountId }, now);
      await audit(tx, actor, context, 'plan.create', 'plan', planId, { code: input.code, tasks: input.tasks.length });
      return planId;
    });
    return get(actor, id);
  }

  async function addTask(actor: Reader, planId: string, task: PlanTaskData, context: RequestContext): Promise<TaskView> {
    const plan = await planFor(actor, planId, true);
    const now = deps.now();
    return db.transaction(async (tx) => {
      const [clash] = await tx.select({ id: planTasks.id }).from(planTasks).where(and(eq(planTasks.planId, plan.id), eq(planTasks.section, task.section), eq(planTasks.number, task.number)));
      if (clash !== undefined) throw new AppError('CONFLICT', { detail: { vi: `Kế hoạch đã có nhiệm vụ ${task.section}.${task.number}`, en: `The plan has a task ${task.section}.${task.number} already` } });
      const [last] = await tx.select({ position: sql<number>`coalesce(max(${planTasks.position}), 0)::int` }).from(planTasks).where(eq(planTasks.planId, plan.id));
      const [row] = await tx
        .insert(planTasks)
        .values({ planId: plan.id, section: task.section, sectionTitle: task.sectionTitle, number: task.number, position: Number(last?.position ?? 0) + 1, content: task.content, product: task.product, leadAgencies: task.leadAgencies, coordinatingAgencies: task.coordinatingAgencies, ...deadlineColumns(task.deadline), status: 'not-started', statusChangedAt: now })
        .returning();
      if (row === undefined) throw new Error('insert returned no row');
      await tx.insert(planTaskStatusChanges).values({ taskId: row.id, seq: 1, fromStatus: null, toStatus: 'not-started', at: now, byAccount: actor.accountId, note: null });
      await audit(tx, actor, context, 'plan.task.add', 'plan_task', row.id, { planId: plan.id, section: task.section, number: task.number });
      return taskView(row, plan.code, 0);
    });
  }

  async function taskRow(reader: Reader, taskId: string, write: boolean): Promise<{ task: TaskRow; plan: PlanRow }> {
    const [row] = await db.select({ task: planTasks, plan: plans }).from(planTasks).innerJoin(plans, eq(plans.id, planTasks.planId)).where(eq(planTasks.id, taskId));
    const allowed = row !== undefined && (write ? reader.visibleOrganisationIds.has(row.plan.organisationId) : (await visibleOwners(reader)).includes(row.plan.organisationId));
    if (row === undefined || !allowed) throw notFound({ vi: 'nhiệm vụ', en: 'task' });
    return row;
  }

  async function task(reader: Reader, taskId: string): Promise<TaskDetail> {
    const { task: row, plan } = await taskRow(reader, taskId, false);
    const history = await db.select().from(planTaskStatusChanges).where(eq(planTaskStatusChanges.taskId, row.id)).orderBy(asc(planTaskStatusChanges.seq));
    const evidence = await db
      .select({ id: planTaskEvidence.id, kind: planTaskEvidence.kind, title: planTaskEvidence.title, url: planTaskEvidence.url, fileName: planTaskEvidence.fileName, mediaType: planTaskEvidence.mediaType, byteSize: planTaskEvidence.byteSize, sha256: planTaskEvidence.sha256, addedBy: planTaskEvidence.addedBy, addedAt: planTaskEvidence.addedAt })
      .from(planTaskEvidence)
      .where(eq(planTaskEvidence.taskId, row.id))
      .orderBy(asc(planTaskEvidence.addedAt));
    const people = [...new Set([...history.map((h) => h.byAccount), ...evidence.map((e) => e.addedBy)].filter((p): p is string => p !== null))];
    const names = people.length === 0 ? [] : await db.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, people));
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return {
      ...taskView(row, plan.code, evidence.length),
      history: history.map((h) => ({ seq: h.seq, from: h.fromStatus, to: h.toStatus, at: h.at.toISOString(), by: h.byAccount === null ? null : { id: h.byAccount, name: nameOf.get(h.byAccount) ?? '' }, note: h.note })),
      evidence: evidence.map((e) => ({
        id: e.id,
        kind: e.kind,
        title: e.title,
        url: e.kind === 'link' ? (e.url ?? '') : `/api/v1/plans/tasks/${row.id}/evidence/${e.id}`,
        fileName: e.fileName,
        mediaType: e.mediaType,
        byteSize: e.byteSize,
        sha256: e.sha256,
        addedBy: { id: e.addedBy, name: nameOf.get(e.addedBy) ?? '' },
        addedAt: e.addedAt.toISOString(),
      })),
    };
  }

  async function changeStatus(actor: Reader, taskId: string, input: { status: TaskStatus; note?: string | undefined }, context: RequestContext): Promise<TaskDetail> {
    await taskRow(actor, taskId, true);
    const now = deps.now();
    await db.transaction(async (tx) => {
      const [row] = await tx.select().from(planTasks).where(eq(planTasks.id, taskId)).for('update');
      if (row === undefined) throw notFound({ vi: 'nhiệm vụ', en: 'task' });
      if (!mayChangeTaskStatus(row.status, input.status)) {
        throw new AppError('CONFLICT', {
          detail: { vi: `Không thể chuyển nhiệm vụ từ "${TASK_STATUS_INFO[row.status].vi}" sang "${TASK_STATUS_INFO[input.status].vi}"`, en: `A task cannot go from "${TASK_STATUS_INFO[row.status].en}" to "${TASK_STATUS_INFO[input.status].en}"` },
          extra: { status: row.status },
        });
      }
      await tx.update(planTasks).set({ status: input.status, statusChangedAt: now, version: sql`${planTasks.version} + 1` }).where(eq(planTasks.id, taskId));
      const [last] = await tx.select({ seq: sql<number>`coalesce(max(${planTaskStatusChanges.seq}), 0)::int` }).from(planTaskStatusChanges).where(eq(planTaskStatusChanges.taskId, taskId));
      await tx.insert(planTaskStatusChanges).values({ taskId, seq: Number(last?.seq ?? 0) + 1, fromStatus: row.status, toStatus: input.status, at: now, byAccount: actor.accountId, note: input.note?.normalize('NFC').trim() ?? null });
      await audit(tx, actor, context, 'plan.task.status', 'plan_task', taskId, { from: row.status, to: input.status });
    });
    return task(actor, taskId);
  }

  function checkFile(input: Extract<EvidenceInput, { kind: 'file' }>): { bytes: Buffer; mediaType: string } {
    if (!isProcedureFileType(input.mediaType)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: { vi: `Chỉ nhận tệp ${Object.values(PROCEDURE_FILE_TYPES).map((t) => t.label).join(', ')}`, en: `Only ${Object.values(PROCEDURE_FILE_TYPES).map((t) => t.label).join(', ')} files are accepted` } });
    }
    const encoded = input.contentBase64.replace(/\s+/g, '');
    if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) throw badField('contentBase64', 'không phải chuỗi base64 hợp lệ', 'is not valid base64');
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length === 0) throw badField('contentBase64', 'tệp rỗng', 'the file is empty');
    if (bytes.length > MAX_EVIDENCE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { detail: { vi: 'Tệp lớn hơn 5 MB', en: 'The file is larger than 5 MB' } });
    if (sniffProcedureFileType(bytes) !== input.mediaType) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: { vi: `Nội dung tệp không phải ${PROCEDURE_FILE_TYPES[input.mediaType].label} như đã khai`, en: `The content is not ${PROCEDURE_FILE_TYPES[input.mediaType].label} as declared` } });
    }
    return { bytes, mediaType: input.mediaType };
  }

  async function addEvidence(actor: Reader, taskId: string, input: EvidenceInput, context: RequestContext): Promise<TaskDetail> {
    await taskRow(actor, taskId, true);
    const now = deps.now();
    const values =
      input.kind === 'link'
        ? { kind: 'link' as const, url: input.url }
        : (() => {
            const { bytes, mediaType } = checkFile(input);
            return { kind: 'file' as const, fileName: input.fileName.normalize('NFC').trim(), mediaType, byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes };
          })();
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(planTaskEvidence)
        .values({ taskId, title: input.title.normalize('NFC').trim(), addedBy: actor.accountId, addedAt: now, ...values })
        .returning({ id: planTaskEvidence.id });
      if (row === undefined) throw new Error('insert returned no row');
      await audit(tx, actor, context, 'plan.task.evidence', 'plan_task', taskId, { evidenceId: row.id, kind: input.kind, ...(values.kind === 'file' ? { sha256: values.sha256, byteSize: values.byteSize } : {}) });
    });
    return task(actor, taskId);
  }

  async function evidenceFile(reader: Reader, taskId: string, evidenceId: string): Promise<{ bytes: Buffer; mediaType: string; contentDisposition: string; sha256: string }> {
    await taskRow(reader, taskId, false);
    const [row] = await db.select().from(planTaskEvidence).where(and(eq(planTaskEvidence.id, evidenceId), eq(planTaskEvidence.taskId, taskId)));
    if (row === undefined || row.kind !== 'file' || row.content === null || row.mediaType === null) throw notFound({ vi: 'tệp minh chứng', en: 'evidence file' });
    const inline = isProcedureFileType(row.mediaType) && showsInline(row.mediaType);
    return { bytes: row.content, mediaType: row.mediaType, contentDisposition: contentDisposition(row.fileName ?? 'minh-chung', inline), sha256: row.sha256 ?? '' };
  }

  return { list, get, overdue, create, addTask, task, changeStatus, addEvidence, evidenceFile };
}

export type Plans = ReturnType<typeof createPlans>;
