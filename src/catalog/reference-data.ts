/**
 * Loads the reference data shipped in `data/reference/` (see data/reference/SOURCES.md):
 * administrative units of every era with validity dates, the directory of agencies and post
 * offices derived from the current units, and the sample procedures. Idempotent: rows already
 * present are left as they are, so an administrator's edits survive a restart.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { administrativeUnits, calendarSchedules, type OrganisationKind, organisations, procedures, tariffs } from './catalog.schema.js';
import { OFFICIAL_SCHEDULE_2026 } from '../domain/calendar/holidays.js';
import { loadNationalPortalMappings } from '../exchange/status-mappings.js';
import { SAMPLE_TARIFF_DA_NANG_2021 } from '../domain/tariff/sample-da-nang-2021.js';
import type { Db } from '../platform/db/client.js';
import { loadPlanData } from '../reports/plan-data.js';

export const REFERENCE_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url));

/** A unit as published in the reference files. */
export interface UnitRecord {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  type: string;
  level: number;
  parentCode: string | null;
  mergedFromText?: string;
}

/** Each file and the dates its structure was in force (SOURCES.md). */
export const UNIT_DATASETS = [
  // The plan's era; the file's structure is known to hold from at least 2019 (the plan's year).
  { dataset: 'dongnai-2019', validFrom: '2019-01-01', validTo: '2024-10-31' },
  { dataset: 'dongnai-2024-11', validFrom: '2024-11-01', validTo: '2025-06-30' },
  { dataset: 'binhphuoc-2024-11', validFrom: '2024-11-01', validTo: '2025-06-30' },
  { dataset: 'dongnai-2025-07', validFrom: '2025-07-01', validTo: '2026-04-29' },
  { dataset: 'dongnai-2026-04', validFrom: '2026-04-30', validTo: null },
] as const;

/** The dataset whose units the organisation directory is built from. */
export const CURRENT_UNIT_DATASET = 'dongnai-2026-04';

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(`${REFERENCE_DIR}${relative}`, 'utf8')) as T;
}

export function readUnits(dataset: string): UnitRecord[] {
  return readJson<UnitRecord[]>(`units/${dataset}.json`);
}

async function loadUnits(db: Db): Promise<number> {
  let count = 0;
  for (const { dataset, validFrom, validTo } of UNIT_DATASETS) {
    const units = readUnits(dataset);
    const province = units.find((u) => u.parentCode === null);
    if (province === undefined) throw new Error(`${dataset}: no province row`);
    const rows = units.map((u) => ({
      code: u.code,
      validFrom,
      validTo,
      name: u.name,
      fullName: u.fullName,
      nameEn: u.nameEn,
      type: u.type,
      level: u.level,
      parentCode: u.parentCode,
      provinceCode: province.code,
      mergedFromText: u.mergedFromText ?? null,
      dataset,
    }));
    await db.insert(administrativeUnits).values(rows).onConflictDoNothing();
    count += rows.length;
  }
  return count;
}

export interface DirectoryEntry {
  code: string;
  kind: OrganisationKind;
  nameVi: string;
  nameEn: string;
  parentCode: string | null;
  unitCode: string;
  agencyCode: string | null;
}

/** Departments of the provincial government after the 2025 reorganisation (sample list). */
const DEPARTMENTS = [
  ['STP', 'Sở Tư pháp', 'Department of Justice'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment'],
  ['SXD', 'Sở Xây dựng', 'Department of Construction'],
  ['STC', 'Sở Tài chính', 'Department of Finance'],
  ['SCT', 'Sở Công Thương', 'Department of Industry and Trade'],
  ['SYT', 'Sở Y tế', 'Department of Health'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology'],
  ['SNV', 'Sở Nội vụ', 'Department of Home Affairs'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', 'Department of Ethnic Minorities and Religion'],
] as const;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The directory of organisations derived from the current units: the province, its people's
 * committee with the provincial public administration centre and departments, each commune's
 * people's committee with its public administration centre, and the provincial post with one
 * post office per commune. Agency codes follow QCVN 102:2016's shape with the sample province
 * code H19 (unconfirmed for the merged province): administrators correct them as data.
 */
export function buildDirectory(units: readonly UnitRecord[]): DirectoryEntry[] {
  const province = units.find((u) => u.parentCode === null);
  if (province === undefined) throw new Error('no province row');
  const p = province.code;
  const entries: DirectoryEntry[] = [
    { code: `P${p}`, kind: 'province', nameVi: province.fullName, nameEn: `${province.nameEn} (province)`, parentCode: null, unitCode: p, agencyCode: null },
    { code: `P${p}-UBND`, kind: 'people_committee', nameVi: `Ủy ban nhân dân ${province.fullName}`, nameEn: `${province.nameEn} People's Committee`, parentCode: `P${p}`, unitCode: p, agencyCode: '000.00.00.H19' },
    { code: `P${p}-TTPVHCC`, kind: 'public_service_centre', nameVi: `Trung tâm Phục vụ hành chính công ${province.fullName}`, nameEn: `${province.nameEn} Public Administration Service Centre`, parentCode: `P${p}-UBND`, unitCode: p, agencyCode: '000.00.01.H19' },
    ...DEPARTMENTS.map(([code, vi, en], i): DirectoryEntry => ({ code: `P${p}-${code}`, kind: 'department', nameVi: vi, nameEn: en, parentCode: `P${p}-UBND`, unitCode: p, agencyCode: `000.00.${pad2(10 + i)}.H19` })),
    { code: `P${p}-BD`, kind: 'postal_operator', nameVi: `Bưu điện ${province.fullName}`, nameEn: `${province.nameEn} Post`, parentCode: `P${p}`, unitCode: p, agencyCode: null },
  ];
  const communes = units.filter((u) => u.parentCode === p).sort((a, b) => a.code.localeCompare(b.code));
  communes.forEach((u, i) => {
    entries.push(
      { code: `X${u.code}-UBND`, kind: 'people_committee', nameVi: `Ủy ban nhân dân ${u.fullName}`, nameEn: `${u.nameEn} People's Committee`, parentCode: `P${p}`, unitCode: u.code, agencyCode: `000.${pad2((i % 99) + 1)}.20.H19` },
      { code: `X${u.code}-TTPVHCC`, kind: 'public_service_centre', nameVi: `Trung tâm Phục vụ hành chính công ${u.fullName}`, nameEn: `${u.nameEn} Public Administration Service Centre`, parentCode: `X${u.code}-UBND`, unitCode: u.code, agencyCode: `000.${pad2((i % 99) + 1)}.21.H19` },
      { code: `X${u.code}-BD`, kind: 'post_office', nameVi: `Bưu điện ${u.fullName}`, nameEn: `${u.nameEn} Post Office`, parentCode: `P${p}-BD`, unitCode: u.code, agencyCode: null },
    );
  });
  return entries;
}

async function loadDirectory(db: Db): Promise<number> {
  const entries = buildDirectory(readUnits(CURRENT_UNIT_DATASET));
  const idByCode = new Map<string, string>();
  const existing = await db.select({ id: organisations.id, code: organisations.code }).from(organisations);
  for (const row of existing) idByCode.set(row.code, row.id);
  // Parents come before children in the list, so each parent's id is known when needed.
  for (const entry of entries) {
    if (idByCode.has(entry.code)) continue;
    const parentId = entry.parentCode === null ? null : (idByCode.get(entry.parentCode) ?? null);
    const [row] = await db
      .insert(organisations)
      .values({ code: entry.code, kind: entry.kind, nameVi: entry.nameVi, nameEn: entry.nameEn, parentId, unitCode: entry.unitCode, agencyCode: entry.agencyCode })
      .returning({ id: organisations.id });
    if (row !== undefined) idByCode.set(entry.code, row.id);
  }
  return entries.length;
}

interface NationalProcedure {
  code: string;
  name: string;
  field: string;
  agencyLevel: string;
  publishingDecision: string | null;
  postalServiceOffered: boolean;
  sourceUrl: string;
  [key: string]: unknown;
}

async function loadProcedures(db: Db): Promise<number> {
  const { procedures: list } = readJson<{ procedures: NationalProcedure[] }>('procedures/national-sample.json');
  const rows = list.map((p) => {
    const { code, name, field, agencyLevel, publishingDecision, postalServiceOffered, ...details } = p;
    return {
      code,
      name,
      field,
      agencyLevels: agencyLevel.split(',').map((s) => s.trim()).filter((s) => s !== ''),
      postalServiceOffered,
      publishingDecision,
      details,
      isSample: true,
      source: 'national-sample',
    };
  });
  for (let i = 0; i < rows.length; i += 50) {
    await db.insert(procedures).values(rows.slice(i, i + 50)).onConflictDoNothing();
  }
  return rows.length;
}

interface CuratedLandProcedure {
  code: string;
  title: string;
  processingTimeText: string;
  submissionPlaces: string[];
  postalServiceListed: boolean;
  dossierSummary: string[];
  feeDetailsText: string;
  statedSource?: string;
}

/**
 * Đồng Nai's own summaries of 31 land procedures (decisions 2228/QĐ-UBND and 1547/QĐ-UBND, as
 * summarised on a public help site: to be verified). They are kept beside the national text
 * under `details.dongNai`; the 13 not in the national sample become procedures of their own.
 */
async function loadDongNaiLandProcedures(db: Db): Promise<number> {
  const { procedures: list } = readJson<{ procedures: CuratedLandProcedure[] }>('procedures/dongnai-land-curated.json');
  for (const p of list) {
    const dongNai = {
      processingTimeText: p.processingTimeText,
      submissionPlaces: p.submissionPlaces,
      postalServiceListed: p.postalServiceListed,
      dossierSummary: p.dossierSummary,
      feeDetailsText: p.feeDetailsText,
      statedSource: p.statedSource ?? null,
      source: 'dongnai-land-curated',
    };
    const [existing] = await db.select({ details: procedures.details }).from(procedures).where(eq(procedures.code, p.code));
    if (existing === undefined) {
      await db.insert(procedures).values({
        code: p.code,
        name: p.title,
        field: 'Đất đai',
        agencyLevels: ['Cấp tỉnh'],
        postalServiceOffered: p.postalServiceListed,
        publishingDecision: null,
        details: { dongNai },
        isSample: true,
        source: 'dongnai-land-curated',
      });
    } else if (existing.details['dongNai'] === undefined) {
      await db.update(procedures).set({ details: { ...existing.details, dongNai } }).where(eq(procedures.code, p.code));
    }
  }
  return list.length;
}

/** The official schedules known when this version shipped; later years are entered by an administrator. */
async function loadCalendar(db: Db): Promise<number> {
  const schedules = [OFFICIAL_SCHEDULE_2026];
  for (const schedule of schedules) {
    await db
      .insert(calendarSchedules)
      .values({ year: schedule.year, schedule: schedule as unknown as Record<string, unknown> })
      .onConflictDoNothing();
  }
  return schedules.length;
}

/** Sample tariff tables (other provinces' published figures, flagged as samples). */
async function loadTariffs(db: Db): Promise<number> {
  const tables = [SAMPLE_TARIFF_DA_NANG_2021];
  for (const table of tables) {
    await db
      .insert(tariffs)
      .values({ id: table.id, nameVi: table.nameVi, nameEn: table.nameEn, validFrom: table.validFrom, validTo: table.validTo, isSample: table.isSample, table: table as unknown as Record<string, unknown> })
      .onConflictDoNothing();
  }
  return tables.length;
}

export async function loadReferenceData(db: Db): Promise<{ units: number; organisations: number; procedures: number; calendarYears: number; tariffs: number; statusMappings: number; plans: number }> {
  return db.transaction(async (tx) => ({
    units: await loadUnits(tx),
    organisations: await loadDirectory(tx),
    procedures: (await loadProcedures(tx)) + (await loadDongNaiLandProcedures(tx)),
    calendarYears: await loadCalendar(tx),
    tariffs: await loadTariffs(tx),
    statusMappings: (await loadNationalPortalMappings(tx), 1),
    // The plan's own tasks (R13) and the routing of difficulties (R14), after the directory they name.
    plans: await loadPlanData(tx),
  }));
}
