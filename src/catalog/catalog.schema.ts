/**
 * Catalogue tables: reference data with validity dates (DESIGN.md invariant 5).
 * Column comments live in the SQL migrations, where auditors read them.
 */
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const administrativeUnits = pgTable(
  'administrative_units',
  {
    code: text('code').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    nameEn: text('name_en').notNull(),
    type: text('type').notNull(),
    level: integer('level').notNull(),
    parentCode: text('parent_code'),
    provinceCode: text('province_code').notNull(),
    mergedFromText: text('merged_from_text'),
    dataset: text('dataset').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.validFrom] }),
    index('administrative_units_parent_idx').on(t.parentCode),
    index('administrative_units_validity_idx').on(t.validFrom, t.validTo),
  ],
);

import type { OrganisationKind } from './organisation-kinds.js';
export { ORGANISATION_KINDS, type OrganisationKind } from './organisation-kinds.js';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    unitCode: text('unit_code').notNull(),
    agencyCode: text('agency_code'),
    address: text('address'),
    phone: text('phone'),
    isDemo: boolean('is_demo').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_parent_idx').on(t.parentId), index('organisations_unit_idx').on(t.unitCode)],
);

export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    field: text('field').notNull(),
    agencyLevels: text('agency_levels').array().notNull(),
    postalServiceOffered: boolean('postal_service_offered').notNull(),
    publishingDecision: text('publishing_decision'),
    // R4: the province decides which procedures go by post; dossiers count toward the 30 % target
    // (R11) only from the day that decision takes effect.
    postalDecision: text('postal_decision'),
    postalSince: date('postal_since'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    isSample: boolean('is_sample').notNull().default(true),
    source: text('source').notNull(),
  },
  (t) => [index('procedures_field_idx').on(t.field)],
);

export const tariffs = pgTable('tariffs', {
  id: text('id').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  isSample: boolean('is_sample').notNull(),
  table: jsonb('table').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const calendarSchedules = pgTable('calendar_schedules', {
  year: integer('year').primaryKey(),
  schedule: jsonb('schedule').$type<Record<string, unknown>>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Bytea is not among Drizzle's column builders; files are small (sample sets, forms), so they
// live in the database with everything else and are backed up with it.
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Files published with a procedure (R5): the sample dossier set (hồ sơ mẫu) and blank forms.
 * A new upload of the same kind and title replaces the old one, which is kept with `replaced_at`.
 */
export const procedureDocuments = pgTable(
  'procedure_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code),
    kind: text('kind').$type<'sample-set' | 'form'>().notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [index('procedure_documents_procedure_idx').on(t.procedureCode)],
);
