/**
 * The reports' reference data in `data/plans/`: the plan's own tasks (the appendix of Plan
 * 1106/KH-UBND, R13), the routing table of difficulties (R14) and the deadlines of the periodic
 * reports (R12 and the post's). Loaded with the rest of the reference data; idempotent: a plan
 * or route already present is left as it is, so what staff recorded since survives a restart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { organisations } from '../catalog/catalog.schema.js';
import { parseTaskDeadline } from '../domain/reports/follow-up.js';
import { DEADLINE_PERIODS, type DeadlineRule } from '../domain/reports/report-deadlines.js';
import type { Db } from '../platform/db/client.js';
import { difficultyRoutes, planTaskStatusChanges, planTasks, plans } from './reports.schema.js';

export const PLANS_DIR = fileURLToPath(new URL('../../data/plans/', import.meta.url));

/** The plans shipped as data; a new plan is entered through the API, or added here as a file. */
export const PLAN_FILES = ['1106-KH-UBND-2019.json'] as const;

export interface PlanTaskData {
  section: string;
  sectionTitle: string;
  number: number;
  content: string;
  product: string;
  leadAgencies: string;
  coordinatingAgencies: string;
  deadline: string;
}

export interface PlanData {
  code: string;
  title: string;
  issuedOn: string;
  issuer: string;
  organisationCode: string;
  source: string;
  note?: string;
  tasks: PlanTaskData[];
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(`${PLANS_DIR}${name}`, 'utf8')) as T;
}

export function readPlan(file: string): PlanData {
  return readJson<PlanData>(file);
}

export function readDifficultyRoutes(): Array<{ category: string; organisationCode: string; labelVi: string; labelEn: string }> {
  return readJson<{ routes: Array<{ category: string; organisationCode: string; labelVi: string; labelEn: string }> }>('difficulty-routing.json').routes;
}

/** The deadline rules, checked: a bad file stops the process at boot rather than misplacing a deadline. */
export function readDeadlineRules(): DeadlineRule[] {
  const { rules } = readJson<{ rules: DeadlineRule[] }>('report-deadlines.json');
  for (const rule of rules) {
    if (!(DEADLINE_PERIODS as readonly string[]).includes(rule.periods)) throw new Error(`report-deadlines.json: ${rule.kind}: periods must be one of ${DEADLINE_PERIODS.join(', ')}`);
    if (!Number.isInteger(rule.dueMonthsAfter) || rule.dueMonthsAfter < 0 || rule.dueMonthsAfter > 12) throw new Error(`report-deadlines.json: ${rule.kind}: dueMonthsAfter must be 0–12`);
    if (!Number.isInteger(rule.dueDay) || rule.dueDay < 1 || rule.dueDay > 28) throw new Error(`report-deadlines.json: ${rule.kind}: dueDay must be 1–28 (a day every month has)`);
    if (rule.side !== 'postal' && rule.side !== 'government') throw new Error(`report-deadlines.json: ${rule.kind}: side must be postal or government`);
  }
  if (new Set(rules.map((r) => r.kind)).size !== rules.length) throw new Error('report-deadlines.json: kinds must be unique');
  return rules;
}

/** The columns of a task's deadline, from the text the plan writes. */
export function deadlineColumns(text: string): { deadlineText: string; deadlineKind: 'date' | 'ongoing' | 'event'; dueOn: string | null } {
  const parsed = parseTaskDeadline(text);
  return { deadlineText: text.trim(), deadlineKind: parsed.kind, dueOn: parsed.kind === 'date' ? parsed.dueOn : null };
}

/** Writes a plan and its tasks, each task with its first status in the history. */
export async function insertPlan(tx: Db, plan: Omit<PlanData, 'organisationCode'> & { organisationId: string; createdBy: string | null }, at: Date): Promise<string> {
  const [row] = await tx
    .insert(plans)
    .values({ code: plan.code, title: plan.title, issuedOn: plan.issuedOn, issuer: plan.issuer, organisationId: plan.organisationId, source: plan.source, note: plan.note ?? null, createdBy: plan.createdBy, createdAt: at })
    .returning({ id: plans.id });
  if (row === undefined) throw new Error('plan insert returned no row');
  let position = 0;
  for (const task of plan.tasks) {
    position += 1;
    const [created] = await tx
      .insert(planTasks)
      .values({
        planId: row.id,
        section: task.section,
        sectionTitle: task.sectionTitle,
        number: task.number,
        position,
        content: task.content,
        product: task.product,
        leadAgencies: task.leadAgencies,
        coordinatingAgencies: task.coordinatingAgencies,
        ...deadlineColumns(task.deadline),
        status: 'not-started',
        statusChangedAt: at,
      })
      .returning({ id: planTasks.id });
    if (created === undefined) throw new Error('task insert returned no row');
    await tx.insert(planTaskStatusChanges).values({ taskId: created.id, seq: 1, fromStatus: null, toStatus: 'not-started', at, byAccount: plan.createdBy, note: plan.createdBy === null ? 'Nạp từ văn bản kế hoạch' : null });
  }
  return row.id;
}

export async function loadPlanData(tx: Db, now: Date = new Date()): Promise<number> {
  let loaded = 0;
  for (const file of PLAN_FILES) {
    const plan = readPlan(file);
    const [existing] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.code, plan.code));
    if (existing !== undefined) continue;
    const [owner] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, plan.organisationCode));
    // Another province's directory has no such organisation: its plans are its own data.
    if (owner === undefined) continue;
    const { organisationCode: _code, ...rest } = plan;
    await insertPlan(tx, { ...rest, organisationId: owner.id, createdBy: null }, now);
    loaded += 1;
  }
  const routes = readDifficultyRoutes();
  await tx
    .insert(difficultyRoutes)
    .values(routes.map((r) => ({ ...r, source: 'data/plans/difficulty-routing.json' })))
    .onConflictDoNothing();
  return loaded;
}
