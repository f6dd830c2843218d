/** Tables of the built-in one-stop desk. Column comments live in the SQL migrations. */
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../admin/admin.schema.js';
import { organisations } from '../catalog/catalog.schema.js';
import type { ProcessingTime } from '../domain/calendar/working-time.js';
import type { DossierAction, DossierStatus } from '../domain/dossier/lifecycle.js';
import type { Channel, ResultMethod } from '../domain/dossier/national-portal.js';

export const dossierCodeSequences = pgTable(
  'dossier_code_sequences',
  {
    agencyCode: text('agency_code').notNull(),
    day: date('day').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyCode, t.day] })],
);

// ── Dossiers of the built-in desk ─────────────────────────────────────────────────────────
// Personal data (names, phones, addresses) lives in these rows; staff reads are audited.

export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => organisations.id),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    resultMethod: text('result_method').$type<ResultMethod>().notNull(),
    itemNumber: text('item_number'),
    manifestId: text('manifest_id'),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    applicantEmail: text('applicant_email'),
    applicantIdNumber: text('applicant_id_number'),
    applicantAddress: text('applicant_address').notNull(),
    unitCode: text('unit_code'),
    documents: jsonb('documents').$type<Array<{ name: string; kind: 'original' | 'copy' | 'certified-copy'; quantity: number }>>().notNull(),
    status: text('status').$type<DossierStatus>().notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    clockStartedAt: timestamp('clock_started_at', { withTimezone: true }).notNull(),
    processingTime: jsonb('processing_time').$type<ProcessingTime>().notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    forwardBy: timestamp('forward_by', { withTimezone: true }).notNull(),
    dueMoved: boolean('due_moved').notNull().default(false),
    processingUnitId: uuid('processing_unit_id').references(() => organisations.id),
    receivedBy: uuid('received_by')
      .notNull()
      .references(() => accounts.id),
    resultReadyAt: timestamp('result_ready_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dossiers_agency_idx').on(t.agencyId, t.status), index('dossiers_item_idx').on(t.itemNumber), index('dossiers_filed_idx').on(t.agencyId, t.filedAt)],
);

export const dossierSteps = pgTable(
  'dossier_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    seq: integer('seq').notNull(),
    action: text('action').$type<DossierAction>().notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    byAccount: uuid('by_account').references(() => accounts.id),
    byRole: text('by_role').notNull(),
    toOrganisationId: uuid('to_organisation_id').references(() => organisations.id),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('dossier_steps_seq_idx').on(t.dossierId, t.seq)],
);

/** Handover records the post sent to a desk, as the desk heard of them through the exchange. */
export const incomingManifests = pgTable(
  'incoming_manifests',
  {
    manifestId: text('manifest_id').primaryKey(),
    number: text('number').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => organisations.id),
    fromCode: text('from_code').notNull(),
    fromName: text('from_name').notNull(),
    feesTotal: integer('fees_total').notNull(),
    dossiers: jsonb('dossiers').$type<unknown[]>().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    status: text('status').$type<'pending' | 'acknowledged'>().notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by').references(() => accounts.id),
  },
  (t) => [index('incoming_manifests_agency_idx').on(t.agencyId, t.status)],
);

/** Help given to a citizen filing online (R7), counted in the reports. */
export const assistedFilings = pgTable(
  'assisted_filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => accounts.id),
    procedureCode: text('procedure_code').notNull(),
    outcome: text('outcome').$type<'submitted' | 'not-completed'>().notNull(),
    onlineDossierCode: text('online_dossier_code'),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('assisted_filings_org_idx').on(t.organisationId, t.at)],
);

/** Postal staff working at a desk for procedures transferred to the post (R8); the list is public. */
export const deskPostalStaff = pgTable(
  'desk_postal_staff',
  {
    deskId: uuid('desk_id')
      .notNull()
      .references(() => organisations.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    since: date('since').notNull(),
    until: date('until'),
    procedureCodes: text('procedure_codes').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.deskId, t.accountId, t.since] })],
);
