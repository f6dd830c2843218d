/**
 * Training records (R6): who was trained, on which procedures, in which course, when, by
 * which organisation, with which certificate. Counted per procedure in the indicators (staff
 * trained); recorded by the province's administrators for staff of their scope.
 */
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { accounts } from '../admin/admin.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { RequestContext } from '../admin/principal.js';
import { organisations, procedures } from '../catalog/catalog.schema.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { type Reader, notFound } from './reader.js';
import { trainingRecords } from './reports.schema.js';
import { type OrgRef, type Page, type PageRequest, offsetOf, orgRefs } from './views.js';

export interface TrainingInput {
  staffId: string;
  procedureCodes: string[];
  course: string;
  trainedOn: string;
  trainerOrganisationCode?: string | undefined;
  certificateRef?: string | undefined;
}

export interface TrainingView {
  id: string;
  staff: { id: string; name: string };
  organisation: OrgRef | null;
  procedureCodes: string[];
  course: string;
  trainedOn: string;
  trainer: OrgRef | null;
  certificateRef: string | null;
  recordedAt: string;
}

type TrainingRow = typeof trainingRecords.$inferSelect;

export function createTraining(deps: { db: Db; now: () => Date }) {
  const { db } = deps;

  async function views(rows: TrainingRow[]): Promise<TrainingView[]> {
    const orgs = await orgRefs(db, rows.flatMap((r) => [r.organisationId, r.trainerOrganisationId]));
    const staffIds = [...new Set(rows.map((r) => r.staffId))];
    const names = staffIds.length === 0 ? [] : await db.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, staffIds));
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return rows.map((r) => ({
      id: r.id,
      staff: { id: r.staffId, name: nameOf.get(r.staffId) ?? '' },
      organisation: orgs.get(r.organisationId) ?? null,
      procedureCodes: r.procedureCodes,
      course: r.course,
      trainedOn: r.trainedOn,
      trainer: r.trainerOrganisationId === null ? null : (orgs.get(r.trainerOrganisationId) ?? null),
      certificateRef: r.certificateRef,
      recordedAt: r.recordedAt.toISOString(),
    }));
  }

  async function record(actor: Reader, input: TrainingInput, context: RequestContext): Promise<TrainingView> {
    const now = deps.now();
    const field = (name: string, vi: string, en: string) => new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name, vi, en }] });
    if (input.trainedOn > vietnamDateOf(now)) throw field('trainedOn', 'không được sau hôm nay', 'must not be after today');
    const [staff] = await db.select({ id: accounts.id, organisationId: accounts.organisationId }).from(accounts).where(eq(accounts.id, input.staffId));
    if (staff === undefined || !actor.visibleOrganisationIds.has(staff.organisationId)) throw notFound({ vi: 'nhân viên', en: 'staff member' });
    const codes = [...new Set(input.procedureCodes)];
    if (codes.length > 0) {
      const known = await db.select({ code: procedures.code }).from(procedures).where(inArray(procedures.code, codes));
      const missing = codes.filter((c) => !known.some((k) => k.code === c));
      if (missing.length > 0) throw field('procedureCodes', `không có thủ tục mã ${missing.join(', ')}`, `no procedure has code ${missing.join(', ')}`);
    }
    let trainerId: string | null = null;
    if (input.trainerOrganisationCode !== undefined) {
      const [trainer] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, input.trainerOrganisationCode));
      if (trainer === undefined) throw field('trainerOrganisationCode', `không có cơ quan mã ${input.trainerOrganisationCode}`, `no organisation has code ${input.trainerOrganisationCode}`);
      trainerId = trainer.id;
    }
    // On the embedded database the transaction holds the only connection: the view is read after it.
    const row = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(trainingRecords)
        .values({
          staffId: staff.id,
          organisationId: staff.organisationId,
          procedureCodes: codes,
          course: input.course.normalize('NFC').trim(),
          trainedOn: input.trainedOn,
          trainerOrganisationId: trainerId,
          certificateRef: input.certificateRef?.trim() ?? null,
          recordedBy: actor.accountId,
          recordedAt: now,
        })
        .returning();
      if (row === undefined) throw new Error('insert returned no row');
      await recordAudit(tx, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, {
        action: 'training.record',
        outcome: 'success',
        subjectType: 'training_record',
        subjectId: row.id,
        details: { staffId: staff.id, procedureCodes: codes, trainedOn: input.trainedOn },
      });
      return row;
    });
    const [view] = await views([row]);
    if (view === undefined) throw new Error('view vanished');
    return view;
  }

  async function list(reader: Reader, filter: { procedureCode?: string | undefined; staffId?: string | undefined; from?: string | undefined; to?: string | undefined }, page: PageRequest): Promise<Page<TrainingView>> {
    const where = and(
      inArray(trainingRecords.organisationId, [...reader.visibleOrganisationIds]),
      filter.procedureCode === undefined ? undefined : sql`${filter.procedureCode} = any(${trainingRecords.procedureCodes})`,
      filter.staffId === undefined ? undefined : eq(trainingRecords.staffId, filter.staffId),
      filter.from === undefined ? undefined : gte(trainingRecords.trainedOn, filter.from),
      filter.to === undefined ? undefined : lte(trainingRecords.trainedOn, filter.to),
    );
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(trainingRecords).where(where);
    const rows = await db.select().from(trainingRecords).where(where).orderBy(desc(trainingRecords.trainedOn), desc(trainingRecords.recordedAt)).limit(page.pageSize).offset(offsetOf(page));
    return { total: Number(count?.n ?? 0), ...page, items: await views(rows) };
  }

  return { record, list, views };
}

export type Training = ReturnType<typeof createTraining>;
