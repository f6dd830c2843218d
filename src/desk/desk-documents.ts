/**
 * The desk's statutory forms, filled from the records: form 01 (receipt and appointment), 02
 * (supplement request), 03 (refusal), 04 (apology and new date), 05 (processing control slip)
 * and 06 (the tracking book, as PDF or CSV). The template set is the one in force on the day of
 * the act (Circular 01/2018, then the 2025 set), so a new circular is new data, not new code.
 */
import { eq } from 'drizzle-orm';
import type { DeskActor, DeskDeps } from './deps.js';
import { type DossierRow, notFound, stepsOf } from './dossier-store.js';
import { dossiers } from './desk.schema.js';
import type { createDeskQueries } from './queries.js';
import { accounts } from '../admin/admin.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { organisationById, procedureByCode } from '../catalog/lookups.js';
import {
  type AgencyLine,
  renderControlSlipForm,
  renderDelayApologyForm,
  renderReceiptForm,
  renderRefusalForm,
  renderSupplementRequestForm,
  renderTrackingBookForm,
  templateSetOn,
} from '../documents/index.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export const DESK_FORMS = ['receipt', 'supplement-request', 'refusal', 'delay-apology', 'control-slip'] as const;
export type DeskForm = (typeof DESK_FORMS)[number];

/** The place line of the forms ("Đồng Nai, ngày … tháng … năm …"). */
const PLACE = 'Đồng Nai';

async function nameOf(db: Db, accountId: string | null): Promise<string> {
  if (accountId === null) return '';
  const [row] = await db.select({ name: accounts.displayName }).from(accounts).where(eq(accounts.id, accountId));
  return row?.name ?? '';
}

async function agencyLine(db: Db, agencyId: string): Promise<AgencyLine> {
  const desk = await organisationById(db, agencyId);
  const parent = desk.parentId === null ? null : await organisationById(db, desk.parentId);
  return { parentName: (parent?.nameVi ?? '').toLocaleUpperCase('vi'), name: desk.nameVi.toLocaleUpperCase('vi') };
}

export function createDeskDocuments(deps: DeskDeps, queries: ReturnType<typeof createDeskQueries>) {
  const { db } = deps;

  async function dossierFor(actor: DeskActor, id: string): Promise<DossierRow> {
    const [row] = await db.select().from(dossiers).where(/^[0-9a-f-]{36}$/iu.test(id) ? eq(dossiers.id, id) : eq(dossiers.code, id));
    if (row === undefined || !actor.visibleOrganisationIds.has(row.agencyId)) throw notFound();
    return row;
  }

  async function form(actor: DeskActor & AccountPrincipal, id: string, kind: DeskForm, context: RequestContext): Promise<{ pdf: Buffer; code: string }> {
    const dossier = await dossierFor(actor, id);
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: `dossier.form-${kind}`, outcome: 'success', subjectType: 'dossier', subjectId: dossier.code, personalData: true });
    const [steps, agency, procedure] = await Promise.all([stepsOf(db, dossier.id), agencyLine(db, dossier.agencyId), procedureByCode(db, dossier.procedureCode)]);
    const last = (action: string) => [...steps].reverse().find((s) => s.action === action);
    const missing = (what: string) => new AppError('CONFLICT', { detail: { vi: `Hồ sơ chưa có bước ${what}`, en: `The dossier has no ${what} step` } });
    const base = { agency, dossierCode: dossier.code, applicantName: dossier.applicantName, procedureName: procedure.name, placeName: PLACE };
    switch (kind) {
      case 'receipt':
        return {
          code: dossier.code,
          pdf: await renderReceiptForm(templateSetOn(dossier.filedAt), {
            ...base,
            receivedAt: dossier.filedAt,
            officerName: await nameOf(db, dossier.receivedBy),
            applicant: { name: dossier.applicantName, address: dossier.applicantAddress, phone: dossier.applicantPhone, email: dossier.applicantEmail },
            documents: dossier.documents,
            sets: 1,
            dueAt: dossier.dueAt,
            resultMethod: dossier.resultMethod === 'postal' ? 'post' : 'in-person',
            channel: dossier.channel,
            trackingUrl: `${deps.publicBaseUrl.replace(/\/$/u, '')}/tra-cuu/${dossier.code}`,
          }),
        };
      case 'supplement-request': {
        const step = last('request-supplement');
        if (step === undefined) throw missing('yêu cầu bổ sung');
        const items = (step.data['items'] as Array<{ name: string; reason: string }> | undefined) ?? [];
        return { code: dossier.code, pdf: await renderSupplementRequestForm(templateSetOn(step.at), { ...base, issuedAt: step.at, receivedAt: dossier.filedAt, officerName: await nameOf(db, step.byAccount), items, contact: (await organisationById(db, dossier.agencyId)).phone ?? '' }) };
      }
      case 'refusal': {
        const step = last('refuse');
        if (step === undefined) throw missing('từ chối');
        return { code: dossier.code, pdf: await renderRefusalForm(templateSetOn(step.at), { ...base, issuedAt: step.at, officerName: await nameOf(db, step.byAccount), reasons: [step.note ?? ''] }) };
      }
      case 'delay-apology': {
        const step = last('notify-delay');
        if (step === undefined) throw missing('xin lỗi, hẹn lại');
        return {
          code: dossier.code,
          pdf: await renderDelayApologyForm(templateSetOn(step.at), {
            ...base,
            issuedAt: step.at,
            receivedAt: dossier.filedAt,
            previousDueAt: new Date(String(step.data['previousDueAt'])),
            newDueAt: new Date(String(step.data['dueAt'])),
            reason: step.note ?? '',
            signerTitle: 'Lãnh đạo',
            signerName: await nameOf(db, step.byAccount),
          }),
        };
      }
      case 'control-slip': {
        const names = new Map<string, string>();
        const orgName = async (orgId: string | null) => {
          if (orgId === null) return '';
          if (!names.has(orgId)) names.set(orgId, (await organisationById(db, orgId)).nameVi);
          return names.get(orgId) ?? '';
        };
        const deskName = await orgName(dossier.agencyId);
        const handOvers = steps.filter((s) => ['forward', 'record-result', 'hand-result-to-post', 'deliver-result'].includes(s.action));
        const rows = [];
        for (const s of handOvers) {
          const to = s.action === 'forward' ? await orgName(s.toOrganisationId) : s.action === 'hand-result-to-post' ? 'Bưu điện' : s.action === 'deliver-result' ? dossier.applicantName : deskName;
          const result = s.action === 'record-result' ? (s.at <= dossier.dueAt ? (s.at.getTime() < dossier.dueAt.getTime() - 3_600_000 ? 'early' : 'on-time') : 'late') : null;
          rows.push({ from: s.action === 'record-result' ? await orgName(dossier.processingUnitId) : deskName, to, handedAt: s.at, result: result as 'early' | 'on-time' | 'late' | null, note: s.note });
        }
        return { code: dossier.code, pdf: await renderControlSlipForm(templateSetOn(dossier.filedAt), { agency: base.agency, dossierCode: dossier.code, receivedAt: dossier.filedAt, dueAt: dossier.dueAt, applicantName: dossier.applicantName, procedureName: procedure.name, steps: rows }) };
      }
    }
  }

  async function bookRows(actor: DeskActor, from: Date, to: Date) {
    const rows = await queries.book(actor, from, to);
    const names = new Map<string, string>();
    const out = [];
    for (const d of rows) {
      const steps = await stepsOf(db, d.id);
      const at = (action: string) => steps.find((s) => s.action === action)?.at ?? null;
      if (!names.has(d.procedureCode)) names.set(d.procedureCode, (await procedureByCode(db, d.procedureCode)).name);
      out.push({
        dossierCode: d.code,
        procedureName: names.get(d.procedureCode) ?? d.procedureCode,
        sets: 1,
        applicantName: d.applicantName,
        applicantContact: `${d.applicantAddress}; ${d.applicantPhone}`,
        processingUnit: d.processingUnitId === null ? '' : (await organisationById(db, d.processingUnitId)).nameVi,
        receivedAt: d.filedAt,
        dueAt: d.dueAt,
        forwardedAt: at('forward'),
        resultAt: d.resultReadyAt,
        returnedAt: d.returnedAt,
        note: d.dueMoved ? 'Đã gia hạn' : null,
      });
    }
    return out;
  }

  /** Form 06 for the desk the actor works at, over [from, to). */
  async function trackingBook(actor: DeskActor & AccountPrincipal, from: Date, to: Date, context: RequestContext): Promise<Buffer> {
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'dossier.tracking-book', outcome: 'success', personalData: true });
    const rows = await bookRows(actor, from, to);
    return renderTrackingBookForm(templateSetOn(from), { agency: await agencyLine(db, actor.organisationId), period: { from, to }, rows });
  }

  /** The same register as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese). */
  async function trackingBookCsv(actor: DeskActor & AccountPrincipal, from: Date, to: Date, context: RequestContext): Promise<string> {
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'dossier.tracking-book-export', outcome: 'success', personalData: true });
    const rows = await bookRows(actor, from, to);
    const quote = (v: string) => (/[",;\n]/u.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    const iso = (d: Date | null) => (d === null ? '' : d.toISOString());
    const header = ['ma_ho_so', 'thu_tuc', 'so_bo', 'nguoi_nop', 'dia_chi_dien_thoai', 'co_quan_giai_quyet', 'ngay_nhan', 'hen_tra', 'ngay_chuyen', 'ngay_co_ket_qua', 'ngay_tra', 'ghi_chu'];
    const lines = rows.map((r) => [r.dossierCode, r.procedureName, String(r.sets), r.applicantName, r.applicantContact, r.processingUnit, iso(r.receivedAt), iso(r.dueAt), iso(r.forwardedAt), iso(r.resultAt), iso(r.returnedAt), r.note ?? ''].map(quote).join(','));
    return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
  }

  return { form, trackingBook, trackingBookCsv };
}
