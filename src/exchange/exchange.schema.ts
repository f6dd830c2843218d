/**
 * Exchange tables: the append-only event log, the transactional outbox with one row per
 * event and subscriber, webhook subscriptions and every delivery attempt.
 * Column comments live in the SQL migrations.
 */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../catalog/catalog.schema.js';

export const exchangeEvents = pgTable(
  'exchange_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    dossierCode: text('dossier_code'),
    itemNumber: text('item_number'),
    subjectKey: text('subject_key').notNull(),
    source: text('source').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('exchange_events_subject_idx').on(t.subjectKey, t.seq), index('exchange_events_dossier_idx').on(t.dossierCode), index('exchange_events_item_idx').on(t.itemNumber)],
);

export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  url: text('url').notNull(),
  eventTypes: text('event_types').array().notNull(),
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
  allowPrivateNetwork: boolean('allow_private_network').notNull().default(false),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const OUTBOX_STATUSES = ['pending', 'delivered', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventSeq: bigint('event_seq', { mode: 'number' })
      .notNull()
      .references(() => exchangeEvents.seq),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id),
    subjectKey: text('subject_key').notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_subject_idx').on(t.subscriptionId, t.subjectKey, t.id),
  ],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    outboxId: bigint('outbox_id', { mode: 'number' })
      .notNull()
      .references(() => outbox.id),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    responseExcerpt: text('response_excerpt'),
  },
  (t) => [index('webhook_attempts_outbox_idx').on(t.outboxId)],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principal: text('principal').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    status: integer('status'),
    response: jsonb('response').$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

export const statusMappings = pgTable(
  'status_mappings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    system: text('system').notNull(),
    subject: text('subject').$type<'dossier' | 'item'>().notNull(),
    externalCode: text('external_code').notNull(),
    canonicalStatus: text('canonical_status').notNull(),
    direction: text('direction').$type<'inbound' | 'outbound' | 'both'>().notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Their code means one status of ours; one status of ours is sent as one code of theirs.
    uniqueIndex('status_mappings_inbound_idx').on(t.system, t.subject, t.externalCode).where(sql`direction in ('inbound', 'both')`),
    uniqueIndex('status_mappings_outbound_idx').on(t.system, t.subject, t.canonicalStatus).where(sql`direction in ('outbound', 'both')`),
  ],
);

export const unmappedStatusReports = pgTable(
  'unmapped_status_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    system: text('system').notNull(),
    subject: text('subject').$type<'dossier' | 'item'>().notNull(),
    externalCode: text('external_code').notNull(),
    report: jsonb('report').$type<Record<string, unknown>>().notNull(),
    reportedBy: text('reported_by').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('unmapped_status_reports_open_idx').on(t.resolvedAt, t.system)],
);

export const reconciliationReports = pgTable('reconciliation_reports', {
  day: date('day').primaryKey(),
  report: jsonb('report').$type<Record<string, unknown>>().notNull(),
  differences: integer('differences').notNull(),
  generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
});
