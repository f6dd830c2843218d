/**
 * Printable publicity for a desk or a post office (R1), generated from current data: the
 * procedures that go by post there, the tariff in force, and at a desk the postal staff working
 * in it (R8). The service reads and chooses; `documents` only draws.
 */
import { eq } from 'drizzle-orm';
import { organisations } from './catalog.schema.js';
import type { IndexedProcedure } from './procedure-search.js';
import type { TariffService } from './tariff-service.js';
import { type PublicityFormat, type PublicityView, renderPublicity } from '../documents/poster.js';
import type { AgencyLevel } from '../domain/procedure/agency-level.js';
import { quote } from '../domain/tariff/quote.js';
import { DIRECTION_INFO, type Direction, type TariffTable, type Zone } from '../domain/tariff/types.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { referenceCache } from '../platform/reference-cache.js';

/** How many procedures each sheet lists before "và N thủ tục khác". */
export const PROCEDURES_SHOWN: Record<PublicityFormat, number> = { poster: 12, leaflet: 14 };

/** Organisations that receive citizens and so put up the poster. */
const OFFICE_KINDS = new Set(['public_service_centre', 'post_office', 'postal_operator']);

/** GSO codes: a province has 2 digits, a commune or ward 5 (DOMAIN.md). */
const COMMUNE_CODE = /^\d{5}$/;

export interface MaterialsDeps {
  db: Db;
  now: () => Date;
  publicBaseUrl: string;
  tariffs: TariffService;
  procedures: () => Promise<IndexedProcedure[]>;
  /** The public list of postal staff at a desk (desk/assistance.ts), passed in by the composition root. */
  postalStaffAt: (deskCode: string) => Promise<{ staff: ReadonlyArray<{ name: string; procedureCodes: readonly string[] }> }>;
}

/**
 * The procedures to print, most relevant first: those the desk's postal staff receive (R8),
 * then one per field in turn (the fields with most procedures first, the shortest name of each
 * first: the general case before its variants), so that a short list shows the range.
 */
/** A name without the catalogue's leading "Thủ tục", which says nothing about its scope. */
const plainName = (p: IndexedProcedure): string => p.summary.name.replace(/^thủ tục\s+/iu, '');

export function chooseProcedures(all: readonly IndexedProcedure[], level: AgencyLevel, first: ReadonlySet<string>, cap: number): { shown: IndexedProcedure[]; more: number } {
  const eligible = all.filter((p) => p.postal.offered && p.levelIds.includes(level));
  const byField = new Map<string, IndexedProcedure[]>();
  for (const p of eligible) {
    if (first.has(p.summary.code)) continue;
    const list = byField.get(p.summary.field) ?? [];
    list.push(p);
    byField.set(p.summary.field, list);
  }
  const queues = [...byField.values()]
    .map((list) => list.sort((a, b) => plainName(a).length - plainName(b).length || a.summary.code.localeCompare(b.summary.code)))
    .sort((a, b) => b.length - a.length || (a[0]?.summary.field ?? '').localeCompare(b[0]?.summary.field ?? '', 'vi'));
  const ordered = eligible.filter((p) => first.has(p.summary.code));
  for (let round = 0; ordered.length < eligible.length; round += 1) {
    for (const queue of queues) {
      const next = queue[round];
      if (next !== undefined) ordered.push(next);
    }
  }
  const shown = ordered.slice(0, cap);
  return { shown, more: eligible.length - shown.length };
}

/**
 * The zones a citizen of the province meets. The tables' "nội quận/huyện" is read as the same
 * commune or ward since the district level went (domain/tariff/types.ts), and said so in words
 * a reader of 2025 knows.
 */
const TARIFF_LINES: ReadonlyArray<{ direction: Direction; zone: Zone; label: string }> = [
  { direction: 'pickup', zone: 'intra-district', label: `${DIRECTION_INFO.pickup.vi}, đến 100 g, trong cùng xã, phường` },
  { direction: 'pickup', zone: 'intra-province', label: `${DIRECTION_INFO.pickup.vi}, đến 100 g, giữa các xã, phường trong tỉnh` },
  { direction: 'delivery', zone: 'intra-district', label: `${DIRECTION_INFO.delivery.vi}, đến 100 g, trong cùng xã, phường` },
  { direction: 'delivery', zone: 'intra-province', label: `${DIRECTION_INFO.delivery.vi}, đến 100 g, giữa các xã, phường trong tỉnh` },
];

/** A few lines of the table in force: the first weight tier within the province, and the fee-collection surcharge. */
export function tariffLines(table: TariffTable): Array<{ label: string; amount: number }> {
  const lines: Array<{ label: string; amount: number }> = TARIFF_LINES.map(({ direction, zone, label }) => ({ label, amount: quote(table, { direction, zone, weightGrams: 100, collectFees: false }).total }));
  if (table.feeCollectionSurcharge > 0) lines.push({ label: 'Thu hộ và chuyển nộp phí, lệ phí, mỗi hồ sơ', amount: table.feeCollectionSurcharge });
  return lines;
}

export function createMaterialsService(deps: MaterialsDeps) {
  const { db } = deps;
  // A poster changes when the catalogue, the tariff or the desk's staff do: a minute's copy
  // spares the renderer when a sheet is opened many times.
  const rendered = referenceCache<Buffer>(60_000, 500);

  async function office(code: string) {
    const [row] = await db.select().from(organisations).where(eq(organisations.code, code));
    if (row === undefined || !row.active || !OFFICE_KINDS.has(row.kind)) {
      throw new AppError('NOT_FOUND', { detail: { vi: `Không có Bộ phận Một cửa hoặc bưu cục mã ${code}`, en: `No one-stop desk or post office has code ${code}` } });
    }
    return row;
  }

  async function tariffView(): Promise<PublicityView['tariff']> {
    let table: TariffTable;
    try {
      table = await deps.tariffs.inForce(vietnamDateOf(deps.now()));
    } catch (error) {
      // No table in force: the sheet is printed without prices rather than not at all.
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
    return { name: table.nameVi, isSample: table.isSample, lines: tariffLines(table) };
  }

  async function view(code: string, format: PublicityFormat): Promise<PublicityView> {
    const org = await office(code);
    const isDesk = org.kind === 'public_service_centre';
    const [all, tariff, staff] = await Promise.all([deps.procedures(), tariffView(), isDesk ? deps.postalStaffAt(org.code) : Promise.resolve(null)]);
    // A commune's desk or post office serves the commune's procedures; the province's, the province's.
    const level: AgencyLevel = COMMUNE_CODE.test(org.unitCode) ? 'commune' : 'province';
    const first = new Set(staff?.staff.flatMap((s) => s.procedureCodes) ?? []);
    const { shown, more } = chooseProcedures(all, level, first, PROCEDURES_SHOWN[format]);
    return {
      generatedAt: deps.now(),
      office: { name: org.nameVi, address: org.address, phone: org.phone },
      siteUrl: `${deps.publicBaseUrl.replace(/\/+$/, '')}/thu-tuc`,
      procedures: shown.map((p) => ({ code: p.summary.code, name: p.summary.name })),
      moreProcedures: more,
      tariff,
      postalStaff: staff === null ? null : staff.staff.map((s) => s.name),
    };
  }

  function render(code: string, format: PublicityFormat): Promise<Buffer> {
    return rendered(`${format}:${code}`, async () => renderPublicity(await view(code, format), format));
  }

  return {
    view,
    poster: (code: string) => render(code, 'poster'),
    leaflet: (code: string) => render(code, 'leaflet'),
  };
}

export type MaterialsService = ReturnType<typeof createMaterialsService>;
