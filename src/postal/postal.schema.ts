/** Postal tables. Column comments live in the SQL migrations. */
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../admin/admin.schema.js';
import { organisations } from '../catalog/catalog.schema.js';

export const s10Ranges = pgTable(
  's10_ranges',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    prefix: text('prefix').notNull(),
    country: text('country').notNull(),
    firstSerial: integer('first_serial').notNull(),
    lastSerial: integer('last_serial').notNull(),
    nextSerial: integer('next_serial').notNull(),
    active: boolean('active').notNull().default(true),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('s10_ranges_block_idx').on(t.prefix, t.country, t.firstSerial)],
);

export const s10Numbers = pgTable(
  's10_numbers',
  {
    number: text('number').primaryKey(),
    rangeId: integer('range_id')
      .notNull()
      .references(() => s10Ranges.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    timesIssued: bigint('times_issued', { mode: 'number' }).notNull().default(1),
  },
  (t) => [index('s10_numbers_range_idx').on(t.rangeId)],
);

// ── Pickups, items, custody, manifests, deliveries ─────────────────────────────────────────
// Personal data (names, phones, addresses, card numbers) lives only in these rows and in the
// events sent to the competent agency; logs never carry it and staff reads are audited.

import type { PickupStatus, ServiceForm } from '../domain/postal-item/pickup.js';
export type { PickupStatus, ServiceForm } from '../domain/postal-item/pickup.js';

export const pickupRequests = pgTable(
  'pickup_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    procedureCode: text('procedure_code').notNull(),
    serviceForm: text('service_form').$type<ServiceForm>().notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    applicantEmail: text('applicant_email'),
    addressLine: text('address_line').notNull(),
    unitCode: text('unit_code').notNull(),
    givenUnitCode: text('given_unit_code').notNull(),
    postOfficeId: uuid('post_office_id')
      .notNull()
      .references(() => organisations.id),
    windowFrom: timestamp('window_from', { withTimezone: true }).notNull(),
    windowTo: timestamp('window_to', { withTimezone: true }).notNull(),
    channel: text('channel').$type<'public' | 'hotline' | 'counter'>().notNull(),
    status: text('status').$type<PickupStatus>().notNull().default('requested'),
    postmanId: uuid('postman_id').references(() => accounts.id),
    accessTokenHash: text('access_token_hash'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    itemNumber: text('item_number'),
  },
  (t) => [index('pickup_requests_office_idx').on(t.postOfficeId, t.status), index('pickup_requests_postman_idx').on(t.postmanId, t.status)],
);

export const postalItems = pgTable(
  'postal_items',
  {
    itemNumber: text('item_number').primaryKey(),
    slipNumber: text('slip_number').notNull().unique(),
    pickupId: uuid('pickup_id').references(() => pickupRequests.id),
    procedureCode: text('procedure_code').notNull(),
    serviceForm: text('service_form').$type<ServiceForm>().notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => organisations.id),
    postOfficeId: uuid('post_office_id')
      .notNull()
      .references(() => organisations.id),
    place: text('place').$type<'address' | 'post-office'>().notNull(),
    state: text('state').notNull(),
    custodianKind: text('custodian_kind').notNull(),
    custodianRef: text('custodian_ref').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    applicantEmail: text('applicant_email'),
    applicantIdNumber: text('applicant_id_number'),
    addressLine: text('address_line').notNull(),
    unitCode: text('unit_code').notNull(),
    weightGrams: integer('weight_grams').notNull(),
    postage: integer('postage').notNull(),
    discountCode: text('discount_code'),
    quoteLines: jsonb('quote_lines').$type<Array<{ code: string; labelVi: string; labelEn: string; amount: number }>>().notNull(),
    feesCollected: integer('fees_collected').notNull().default(0),
    feesMethod: text('fees_method').$type<'cash' | 'transfer'>(),
    tally: jsonb('tally').$type<unknown[]>().notNull(),
    signatureCitizen: text('signature_citizen'),
    signatureStaff: text('signature_staff'),
    takenInAt: timestamp('taken_in_at', { withTimezone: true }).notNull(),
    takenInBy: uuid('taken_in_by')
      .notNull()
      .references(() => accounts.id),
    transitDueOn: date('transit_due_on').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }),
    dossierCode: text('dossier_code'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    nextAttemptOn: date('next_attempt_on'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('postal_items_custodian_idx').on(t.custodianKind, t.custodianRef, t.state),
    index('postal_items_agency_idx').on(t.agencyId, t.state),
    index('postal_items_office_idx').on(t.postOfficeId, t.state),
    index('postal_items_dossier_idx').on(t.dossierCode),
  ],
);

export const custodyTransfers = pgTable(
  'custody_transfers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemNumber: text('item_number')
      .notNull()
      .references(() => postalItems.itemNumber),
    seq: integer('seq').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    fromKind: text('from_kind').notNull(),
    fromRef: text('from_ref').notNull(),
    toKind: text('to_kind').notNull(),
    toRef: text('to_ref').notNull(),
    place: text('place').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('custody_transfers_item_seq_idx').on(t.itemNumber, t.seq)],
);

export const manifests = pgTable(
  'manifests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    direction: text('direction').$type<'dossier' | 'result'>().notNull(),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    carrierId: uuid('carrier_id').references(() => accounts.id),
    status: text('status').$type<'sent' | 'acknowledged'>().notNull(),
    feesTotal: integer('fees_total').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgement: jsonb('acknowledgement').$type<{ received: string[]; missing: string[]; extra: string[]; damaged: string[] }>(),
    signatureSender: text('signature_sender'),
    signatureReceiver: text('signature_receiver'),
  },
  (t) => [index('manifests_to_idx').on(t.toOrganisationId, t.status)],
);

export const manifestItems = pgTable(
  'manifest_items',
  {
    manifestId: uuid('manifest_id')
      .notNull()
      .references(() => manifests.id),
    itemNumber: text('item_number')
      .notNull()
      .references(() => postalItems.itemNumber),
    fees: integer('fees').notNull(),
    outcome: text('outcome').$type<'received' | 'missing' | 'damaged'>(),
  },
  (t) => [primaryKey({ columns: [t.manifestId, t.itemNumber] }), index('manifest_items_item_idx').on(t.itemNumber)],
);

export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemNumber: text('item_number')
      .notNull()
      .references(() => postalItems.itemNumber),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    outcome: text('outcome').$type<'failed' | 'delivered'>().notNull(),
    reason: text('reason'),
    note: text('note'),
    nextAttemptOn: date('next_attempt_on'),
    identityKind: text('identity_kind'),
    identityNumberMasked: text('identity_number_masked'),
    receivedBy: text('received_by'),
    signature: text('signature'),
    photo: text('photo'),
    postmanId: uuid('postman_id')
      .notNull()
      .references(() => accounts.id),
  },
  (t) => [uniqueIndex('delivery_attempts_item_attempt_idx').on(t.itemNumber, t.attempt)],
);

export const transitLimits = pgTable(
  'transit_limits',
  {
    scope: text('scope').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    days: integer('days').notNull(),
    daysWithAppointmentSlip: integer('days_with_appointment_slip').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.validFrom] })],
);
