/** Tables of the built-in one-stop desk. Column comments live in the SQL migrations. */
import { date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const dossierCodeSequences = pgTable(
  'dossier_code_sequences',
  {
    agencyCode: text('agency_code').notNull(),
    day: date('day').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyCode, t.day] })],
);
