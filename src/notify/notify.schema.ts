/**
 * Notices to citizens and phone verifications. Column comments live in the SQL migration.
 *
 * Neither table holds a phone number, an email address or a message body: a notice keeps the
 * masked recipient only (the contact is looked up again from the post's or the desk's records
 * on every attempt), and a verification keeps hashes of the phone, the code and the token.
 */
import { bigserial, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../catalog/catalog.schema.js';
import type { NoticeChannel, NoticeKind, NoticeStatus } from './notice-kinds.js';

export const phoneVerifications = pgTable(
  'phone_verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose').$type<'pickup'>().notNull(),
    phoneHash: text('phone_hash').notNull(),
    ipHash: text('ip_hash'),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    sendFailed: boolean('send_failed').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    index('phone_verifications_phone_idx').on(t.phoneHash, t.createdAt),
    index('phone_verifications_ip_idx').on(t.ipHash, t.createdAt),
    uniqueIndex('phone_verifications_token_idx').on(t.tokenHash),
  ],
);

export const notices = pgTable(
  'notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id'),
    verificationId: uuid('verification_id').references(() => phoneVerifications.id),
    kind: text('kind').$type<NoticeKind>().notNull(),
    channel: text('channel').$type<NoticeChannel>().notNull(),
    language: text('language').$type<'vi' | 'en'>().notNull(),
    reference: text('reference'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    recipientMasked: text('recipient_masked'),
    status: text('status').$type<NoticeStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    providerMessageId: text('provider_message_id'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    // One notice per event and channel: a redelivered event finds its rows and sends nothing twice.
    uniqueIndex('notices_event_channel_idx').on(t.eventId, t.channel),
    index('notices_organisation_idx').on(t.organisationId, t.id),
    index('notices_status_idx').on(t.status, t.id),
  ],
);
