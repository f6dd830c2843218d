/**
 * The public procedures catalogue: search (procedure-search.ts), one procedure in full as a
 * citizen preparing a dossier needs it, and its published files (procedure-files.ts). The
 * documents list is the postman's own checklist (domain/postal-item/checklist.ts), so the
 * citizen reads exactly what will be checked at intake; the expected result date is the desk's
 * own rule (legal-time.ts) on the working-time calendar.
 */
import { eq } from 'drizzle-orm';
import type { CalendarService } from './calendar-service.js';
import { procedures } from './catalog.schema.js';
import { procedureByCode } from './lookups.js';
import { type ProcedureFileView, type ProcedureFiles, createProcedureFiles, procedureNotFound } from './procedure-files.js';
import { type PostalStatus, type ProcessingTimeView, type PublishedMethod, type ResultDocument, postalMethodOf, postalStatus, processingTimeView, readMethods, readResults, readText } from './procedure-records.js';
import { type ProcedureSearch, createProcedureSearch } from './procedure-search.js';
import { processingTimeOf } from '../domain/dossier/legal-time.js';
import { type CatalogueComponentGroup, buildChecklist } from '../domain/postal-item/checklist.js';
import { SERVICE_FORMS, type ServiceForm } from '../domain/postal-item/pickup.js';
import { formatVietnamInstant } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import { referenceCache } from '../platform/reference-cache.js';

export interface DocumentGroupView {
  group: string | null;
  /** Shown to the postman or the desk (giấy tờ phải xuất trình), not handed in. */
  toShow: boolean;
  /** Notes ("Lưu ý") rather than documents: nothing in it is asked for. */
  note: boolean;
  items: Array<{ document: string; quantity: string | null; conditional: boolean }>;
}

export interface ExpectedResult {
  filedAt: string;
  dueAt: string | null;
  basis: string;
}

/** A procedure's own summary by the province (land procedures), kept beside the national text; to be verified. */
export interface LocalSummary {
  processingTimeText: string | null;
  submissionPlaces: string[];
  dossierSummary: string[];
  feeDetailsText: string | null;
  statedSource: string | null;
}

export interface ProcedureDetail {
  code: string;
  name: string;
  field: string;
  levels: string[];
  type: string | null;
  applicants: string | null;
  agency: { competent: string | null; implementing: string | null };
  publishingDecision: string | null;
  postal: PostalStatus & { serviceForms: ServiceForm[] };
  submissionMethods: Array<{ method: string; processingTime: ProcessingTimeView | null; fee: string | null; description: string | null }>;
  documents: DocumentGroupView[];
  results: ResultDocument[];
  expectedResult: ExpectedResult | null;
  localSummary: LocalSummary | null;
  files: ProcedureFileView[];
  source: string | null;
}

type ProcedureRow = typeof procedures.$inferSelect;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function localSummaryOf(details: Record<string, unknown>): LocalSummary | null {
  const raw = details['dongNai'];
  if (typeof raw !== 'object' || raw === null) return null;
  const d = raw as Record<string, unknown>;
  return {
    processingTimeText: readText(d, 'processingTimeText'),
    submissionPlaces: strings(d['submissionPlaces']),
    dossierSummary: strings(d['dossierSummary']),
    feeDetailsText: readText(d, 'feeDetailsText'),
    statedSource: readText(d, 'statedSource'),
  };
}

/**
 * The dossier components as the postman's checklist reads them. A group of documents to show
 * is never handed in, so the checklist marks none of it required; whether one of its items
 * applies only in some case is read from the item's own text, by the same rule.
 */
export function documentGroups(groups: readonly CatalogueComponentGroup[]): DocumentGroupView[] {
  const checklist = buildChecklist(groups);
  // As in the checklist: an unlabelled group after the notes continues them (the portal's
  // tables lose its label).
  let afterNotes = false;
  return groups.map((g, gi) => {
    const label = g.group === null ? null : g.group.normalize('NFC');
    if (label !== null) afterNotes = /lưu ý/iu.test(label);
    const toShow = label !== null && /xuất trình/iu.test(label);
    const judged = toShow ? buildChecklist([{ group: null, items: g.items }]) : checklist.filter((i) => i.id.startsWith(`${gi + 1}.`));
    return {
      group: label,
      toShow,
      note: afterNotes,
      items: g.items.map((item, ii) => ({ document: item.document.normalize('NFC').trim(), quantity: item.quantity ?? null, conditional: !(judged[ii]?.required ?? false) })),
    };
  });
}

const UNIT_NOTE = (method: PublishedMethod): string => {
  const unit = (method.processingTimeUnit ?? '').normalize('NFC').toLowerCase();
  if (unit === '') return ' (danh mục chỉ ghi số, không ghi đơn vị: tính là ngày làm việc, như Bộ phận Một cửa tính khi tiếp nhận)';
  if (unit === 'ngày') return ' (danh mục ghi "Ngày": tính là ngày làm việc, như Bộ phận Một cửa tính khi tiếp nhận)';
  return '';
};

export function createProcedureService(deps: { db: Db; now: () => Date; calendar: CalendarService }) {
  const { db } = deps;
  const search: ProcedureSearch = createProcedureSearch(db);
  const files: ProcedureFiles = createProcedureFiles(db, deps.now);
  const rows = referenceCache<ProcedureRow | undefined>(30_000);

  function row(code: string): Promise<ProcedureRow | undefined> {
    return rows(code, async () => (await db.select().from(procedures).where(eq(procedures.code, code)))[0]);
  }

  /**
   * When the result would be due if the dossier were filed now by post: the postal row's
   * processing time (or the in-person one), on the working-time calendar. The legal clock
   * starts when the desk signs for the dossier (DOMAIN.md), so the basis says that the real
   * date is later by the time in transit.
   */
  async function expectedResult(methods: readonly PublishedMethod[], procedureCode: string): Promise<ExpectedResult> {
    const filedAt = deps.now();
    const facts = await procedureByCode(db, procedureCode);
    const time = processingTimeOf(facts.submissionMethods, 'postal');
    const method = postalMethodOf(methods);
    if (time === null || method === undefined) {
      return {
        filedAt: formatVietnamInstant(filedAt),
        dueAt: null,
        basis: 'Danh mục không ghi thời hạn giải quyết bằng số cho hình thức nộp qua dịch vụ bưu chính hay nộp trực tiếp: Bộ phận Một cửa ghi ngày hẹn trả kết quả khi tiếp nhận hồ sơ.',
      };
    }
    const dueAt = await deps.calendar.dueDate(filedAt, time);
    const amount = 'workingDays' in time ? `${time.workingDays} ngày làm việc` : `${time.workingHours} giờ làm việc`;
    return {
      filedAt: formatVietnamInstant(filedAt),
      dueAt: formatVietnamInstant(dueAt),
      basis:
        `Thời hạn giải quyết ${amount} của hình thức "${method.method}"${UNIT_NOTE(method)}, tính theo giờ hành chính, trừ ngày nghỉ, lễ, Tết, từ thời điểm nộp. ` +
        'Hồ sơ gửi qua bưu điện được tính từ khi Bộ phận Một cửa ký nhận hồ sơ từ bưu điện, nên ngày hẹn thực tế muộn hơn thêm thời gian chuyển phát.',
    };
  }

  async function detail(code: string): Promise<ProcedureDetail> {
    const found = await row(code);
    if (found === undefined) throw procedureNotFound(code);
    const details = found.details;
    const methods = readMethods(details['submissionMethods']);
    const postal = postalStatus(found);
    const [facts, published] = await Promise.all([procedureByCode(db, code), files.list(code)]);
    return {
      code: found.code,
      name: found.name,
      field: found.field,
      levels: found.agencyLevels,
      type: readText(details, 'procedureType'),
      applicants: readText(details, 'applicants'),
      agency: { competent: readText(details, 'competentAuthority'), implementing: readText(details, 'implementingAgency') },
      publishingDecision: found.publishingDecision,
      postal: { ...postal, serviceForms: postal.offered ? [...SERVICE_FORMS] : [] },
      submissionMethods: methods.map((m) => ({ method: m.method, processingTime: processingTimeView(m), fee: m.feeText, description: m.description })),
      documents: documentGroups(facts.components),
      results: readResults(details['results']),
      expectedResult: postal.offered ? await expectedResult(methods, code) : null,
      localSummary: localSummaryOf(details),
      files: published,
      source: readText(details, 'sourceUrl'),
    };
  }

  /** Whether a procedure exists, for the file routes (404 before anything else). */
  async function exists(code: string): Promise<boolean> {
    return (await row(code)) !== undefined;
  }

  return {
    search: search.search,
    summaries: search.all,
    detail,
    files: {
      list: files.list,
      async download(code: string, id: string) {
        if (!(await exists(code))) throw procedureNotFound(code);
        return files.download(code, id);
      },
      upload: files.upload,
    },
  };
}

export type ProcedureService = ReturnType<typeof createProcedureService>;
