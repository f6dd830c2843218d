/**
 * Tables of the reports module: the reporting projection of dossiers and postal items, and the
 * records the indicators need that no other module keeps (complaints, lost or damaged items,
 * training, the plan's tasks, difficulties, report submissions and reminders).
 * Column comments live in the SQL migration.
 */
import { bigint, bigserial, boolean, customType, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../admin/admin.schema.js';
import { organisations } from '../catalog/catalog.schema.js';
import { sql } from 'drizzle-orm';
import type { DifficultyStatus, TaskStatus } from '../domain/reports/follow-up.js';
import type { ComplaintCategory, ComplaintChannel, ComplaintStatus, IncidentKind, IncidentLeg } from '../domain/reports/record-kinds.js';
export type { ComplaintCategory, ComplaintChannel, ComplaintStatus, IncidentKind, IncidentLeg } from '../domain/reports/record-kinds.js';

/** The dossier's channel as the reports know it; `unknown` when a partner system did not say. */
export type CaseChannel = 'in-person' | 'online' | 'postal' | 'unknown';
/** What closed the processing of a dossier. */
export type CaseDecision = 'result' | 'refused' | 'stopped' | 'withdrawn';

/**
 * One row per dossier (keyed by its dossier code) and per postal item not yet registered as a
 * dossier (keyed by its item number): the projection the indicators read. It is derived data,
 * rebuilt from the event log and the owners' tables at any time (`npm run reports:rebuild`),
 * so it has no foreign keys: a rebuild writes a million rows in one statement.
 */
export const reportDossiers = pgTable(
  'report_dossiers',
  {
    caseKey: text('case_key').primaryKey(),
    dossierCode: text('dossier_code').unique(),
    itemNumber: text('item_number').unique(),
    procedureCode: text('procedure_code').notNull(),
    field: text('field'),
    agencyId: uuid('agency_id'),
    postOfficeId: uuid('post_office_id'),
    // The unit the address belongs to today is not stored: units merge again (2025, 2026…) and a
    // stored copy would go stale. It is derived when reading, from this code and the succession
    // of units (units.ts); a filter on today's unit becomes a filter on the codes that lead to it.
    unitCodeAtFiling: text('unit_code_at_filing'),
    channel: text('channel').$type<CaseChannel>().notNull(),
    sentByPost: boolean('sent_by_post').notNull(),
    resultByPost: boolean('result_by_post').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }),
    filedOn: date('filed_on'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decision: text('decision').$type<CaseDecision>(),
    resultHandedToPostAt: timestamp('result_handed_to_post_at', { withTimezone: true }),
    deliveredByPostAt: timestamp('delivered_by_post_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    deliveryFailures: integer('delivery_failures').notNull(),
    returnedToAgency: boolean('returned_to_agency').notNull(),
    takenInAt: timestamp('taken_in_at', { withTimezone: true }),
    takenInOn: date('taken_in_on'),
    transitDueOn: date('transit_due_on'),
    arrivedOn: date('arrived_on'),
    feesCollected: integer('fees_collected').notNull(),
    feesRemitted: integer('fees_remitted').notNull(),
    postage: integer('postage').notNull(),
    lostOrDamaged: boolean('lost_or_damaged').notNull(),
    status: text('status'),
    lastEventSeq: bigint('last_event_seq', { mode: 'number' }),
    projectedAt: timestamp('projected_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // Whole-province periods scan one of the two date indexes; scoped and filtered reports lead
    // with their dimension (bench/reports.ts measures the choice on a million rows).
    index('report_dossiers_filed_idx').on(t.filedOn),
    index('report_dossiers_taken_in_idx').on(t.takenInOn),
    index('report_dossiers_handed_idx').on(t.resultHandedToPostAt),
    index('report_dossiers_agency_idx').on(t.agencyId, t.filedOn),
    index('report_dossiers_office_idx').on(t.postOfficeId, t.takenInOn),
    index('report_dossiers_procedure_idx').on(t.procedureCode, t.filedOn),
    index('report_dossiers_unit_idx').on(t.unitCodeAtFiling, t.filedOn),
    // What the monthly rollup cannot hold, read from here: dossiers still undecided, items still
    // on their way (their lateness depends on the moment of reading).
    index('report_dossiers_undecided_idx').on(t.filedOn).where(sql`decided_at is null`),
    index('report_dossiers_in_transit_idx').on(t.takenInOn).where(sql`arrived_on is null and transit_due_on is not null`),
  ],
);


/** Which date of a case a rollup row counts it by. */
export type RollupBasis = 'filed' | 'taken-in' | 'handed';

/**
 * The projection summed by month (of one of a case's dates) and by what reports group and filter
 * on: procedure, field, agency, post office, address unit at filing. Over a million dossiers the
 * year's figures read tens of thousands of these rows instead of half a million cases. Only what
 * does not depend on the moment of reading is summed here: a dossier still undecided (late or
 * not yet due), an item still on its way, and the month in which a procedure was put on the post
 * are read from the projection itself (see rollup.ts). Kept in step with every change of the
 * projection, in the same transaction, by adding the new rows' counts and taking away the old.
 */
export const reportMonthly = pgTable(
  'report_monthly',
  {
    month: date('month').notNull(),
    basis: text('basis').$type<RollupBasis>().notNull(),
    procedureCode: text('procedure_code').notNull(),
    field: text('field'),
    agencyId: uuid('agency_id'),
    postOfficeId: uuid('post_office_id'),
    unitCodeAtFiling: text('unit_code_at_filing'),
    total: integer('total').notNull(),
    inPerson: integer('in_person').notNull(),
    online: integer('online').notNull(),
    postal: integer('postal').notNull(),
    unknownChannel: integer('unknown_channel').notNull(),
    sentByPost: integer('sent_by_post').notNull(),
    resultByPost: integer('result_by_post').notNull(),
    deliveredByPost: integer('delivered_by_post').notNull(),
    decidedOnTime: integer('decided_on_time').notNull(),
    decidedLate: integer('decided_late').notNull(),
    deliveryFailures: integer('delivery_failures').notNull(),
    withFailure: integer('with_failure').notNull(),
    returnedToAgency: integer('returned_to_agency').notNull(),
    transitOnTime: integer('transit_on_time').notNull(),
    transitLateArrived: integer('transit_late_arrived').notNull(),
    lostOrDamaged: integer('lost_or_damaged').notNull(),
    feesCollected: bigint('fees_collected', { mode: 'number' }).notNull(),
    feesRemitted: bigint('fees_remitted', { mode: 'number' }).notNull(),
    postage: bigint('postage', { mode: 'number' }).notNull(),
  },
  (t) => [
    // One row per combination; a missing agency, office or unit is a value of its own.
    unique('report_monthly_key').on(t.month, t.basis, t.procedureCode, t.field, t.agencyId, t.postOfficeId, t.unitCodeAtFiling).nullsNotDistinct(),
    index('report_monthly_agency_idx').on(t.agencyId, t.month),
    index('report_monthly_office_idx').on(t.postOfficeId, t.month),
  ],
);

/**
 * Complaints about the postal service (Decision 45/2016: within 6 months, answered within 5
 * working days). No personal data: the dossier or item it is about identifies the case.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receivedOn: date('received_on').notNull(),
    channel: text('channel').$type<ComplaintChannel>().notNull(),
    category: text('category').$type<ComplaintCategory>().notNull(),
    dossierCode: text('dossier_code'),
    itemNumber: text('item_number'),
    procedureCode: text('procedure_code'),
    agencyId: uuid('agency_id').references(() => organisations.id),
    unitCode: text('unit_code'),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    summary: text('summary').notNull(),
    status: text('status').$type<ComplaintStatus>().notNull(),
    resolution: text('resolution'),
    resolvedOn: date('resolved_on'),
    compensation: integer('compensation').notNull().default(0),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('complaints_received_idx').on(t.receivedOn), index('complaints_organisation_idx').on(t.organisationId, t.receivedOn), index('complaints_agency_idx').on(t.agencyId, t.receivedOn)],
);


/**
 * A postal item lost or damaged, as the post found it. Damage noted by the desk on a handover
 * record is read from the record itself; a loss cannot be derived (an item missing from a
 * record may still turn up), so the post records it here.
 */
export const itemIncidents = pgTable(
  'item_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemNumber: text('item_number').notNull(),
    kind: text('kind').$type<IncidentKind>().notNull(),
    leg: text('leg').$type<IncidentLeg>().notNull(),
    occurredOn: date('occurred_on').notNull(),
    note: text('note'),
    compensation: integer('compensation').notNull().default(0),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('item_incidents_item_idx').on(t.itemNumber, t.kind, t.leg), index('item_incidents_occurred_idx').on(t.occurredOn)],
);

/** Training of staff per procedure (R6: plan II.2, II.4; appendix II.2, III.1, IV.2). */
export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => accounts.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    procedureCodes: text('procedure_codes').array().notNull(),
    course: text('course').notNull(),
    trainedOn: date('trained_on').notNull(),
    trainerOrganisationId: uuid('trainer_organisation_id').references(() => organisations.id),
    certificateRef: text('certificate_ref'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('training_records_trained_idx').on(t.trainedOn), index('training_records_organisation_idx').on(t.organisationId, t.trainedOn), index('training_records_staff_idx').on(t.staffId)],
);

/** A plan of the province with its own tasks (R13): Plan 1106/KH-UBND of 2019, and the ones after it. */
export const plans = pgTable('plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  issuedOn: date('issued_on').notNull(),
  issuer: text('issuer').notNull(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  source: text('source').notNull(),
  note: text('note'),
  createdBy: uuid('created_by').references(() => accounts.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const planTasks = pgTable(
  'plan_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    section: text('section').notNull(),
    sectionTitle: text('section_title').notNull(),
    number: integer('number').notNull(),
    position: integer('position').notNull(),
    content: text('content').notNull(),
    product: text('product').notNull(),
    leadAgencies: text('lead_agencies').notNull(),
    coordinatingAgencies: text('coordinating_agencies').notNull(),
    deadlineText: text('deadline_text').notNull(),
    deadlineKind: text('deadline_kind').$type<'date' | 'ongoing' | 'event'>().notNull(),
    dueOn: date('due_on'),
    status: text('status').$type<TaskStatus>().notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('plan_tasks_number_idx').on(t.planId, t.section, t.number), index('plan_tasks_due_idx').on(t.dueOn, t.status)],
);

/** Every status change of a task, with who and why; append-only. */
export const planTaskStatusChanges = pgTable(
  'plan_task_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => planTasks.id),
    seq: integer('seq').notNull(),
    fromStatus: text('from_status').$type<TaskStatus>(),
    toStatus: text('to_status').$type<TaskStatus>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    byAccount: uuid('by_account').references(() => accounts.id),
    note: text('note'),
  },
  (t) => [uniqueIndex('plan_task_status_changes_seq_idx').on(t.taskId, t.seq)],
);

// Bytea is not among Drizzle's column builders (the same column type as procedure_documents).
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** What shows a task was done: a link, or a file kept in the database like the procedures' files. */
export const planTaskEvidence = pgTable(
  'plan_task_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => planTasks.id),
    kind: text('kind').$type<'link' | 'file'>().notNull(),
    title: text('title').notNull(),
    url: text('url'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    byteSize: integer('byte_size'),
    sha256: text('sha256'),
    content: bytea('content'),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => accounts.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('plan_task_evidence_task_idx').on(t.taskId)],
);

/** Which department handles each category of difficulty (R14): data, edited by administrators. */
export const difficultyRoutes = pgTable('difficulty_routes', {
  category: text('category').primaryKey(),
  organisationCode: text('organisation_code').notNull(),
  labelVi: text('label_vi').notNull(),
  labelEn: text('label_en').notNull(),
  source: text('source').notNull(),
});

/** Difficulties met by staff, reported upward (R14: plan V, last paragraph), routed, answered, counted. */
export const difficulties = pgTable(
  'difficulties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    procedureCode: text('procedure_code'),
    unitCode: text('unit_code'),
    dossierCode: text('dossier_code'),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => accounts.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    routedToOrganisationId: uuid('routed_to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').$type<DifficultyStatus>().notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => accounts.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('difficulties_reported_idx').on(t.reportedAt), index('difficulties_organisation_idx').on(t.organisationId, t.status), index('difficulties_routed_idx').on(t.routedToOrganisationId, t.status)],
);

/** Periodic reports marked as sent, so their deadline stops being flagged. */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    submittedOn: date('submitted_on').notNull(),
    reference: text('reference'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.period] })],
);

/** Reminders the worker raised before and after each deadline, once per stage. */
export const reportReminders = pgTable(
  'report_reminders',
  {
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    stage: text('stage').$type<'due-soon' | 'overdue'>().notNull(),
    dueOn: date('due_on').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.period, t.stage] })],
);
