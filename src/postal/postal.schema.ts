/** Postal tables. Column comments live in the SQL migrations. */
import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

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
