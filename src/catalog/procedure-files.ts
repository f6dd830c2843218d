/**
 * Files published with a procedure (R5): each department's sample dossier set (bộ hồ sơ mẫu)
 * and blank forms, so postal staff and citizens prepare the dossier the way the desk expects.
 * An administrator uploads them; a new upload of the same kind and title takes the place of the
 * current one, which is kept with `replaced_at`. Only current files are listed and served.
 */
import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { procedureDocuments, procedures } from './catalog.schema.js';
import { PROCEDURE_FILE_TYPES, type ProcedureFileType, isProcedureFileType, showsInline, sniffProcedureFileType } from './procedure-file-types.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { stripDiacritics } from '../domain/text/fold.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export const PROCEDURE_FILE_KINDS = ['sample-set', 'form'] as const;
export type ProcedureFileKind = (typeof PROCEDURE_FILE_KINDS)[number];

/** Largest file accepted: a scanned sample set of a few pages fits; the route's body limit follows from it. */
export const MAX_PROCEDURE_FILE_BYTES = 5 * 1024 * 1024;

export interface ProcedureFileView {
  id: string;
  kind: ProcedureFileKind;
  title: string;
  titleEn: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  uploadedAt: string;
  url: string;
}

export interface UploadInput {
  kind: ProcedureFileKind;
  titleVi: string;
  titleEn: string;
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export interface DownloadedFile {
  bytes: Buffer;
  mediaType: string;
  sha256: string;
  contentDisposition: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const procedureNotFound = (code: string): AppError =>
  new AppError('PROCEDURE_NOT_FOUND', { detail: { vi: `Không có thủ tục mã ${code}`, en: `No procedure has code ${code}` } });

/**
 * Content-Disposition per RFC 6266: `filename` in ASCII for old clients (marks stripped, other
 * characters replaced), `filename*` with the exact UTF-8 name for the others.
 */
export function contentDisposition(fileName: string, inline: boolean): string {
  const name = fileName.normalize('NFC');
  const ascii = stripDiacritics(name).replace(/[^A-Za-z0-9._ -]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function fileUrl(code: string, id: string): string {
  return `/api/v1/procedures/${code}/files/${id}`;
}

type FileRow = Omit<typeof procedureDocuments.$inferSelect, 'content' | 'uploadedBy' | 'replacedAt'>;

function toView(row: FileRow): ProcedureFileView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.titleVi,
    titleEn: row.titleEn,
    fileName: row.fileName,
    mediaType: row.mediaType,
    byteSize: row.byteSize,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
    url: fileUrl(row.procedureCode, row.id),
  };
}

const META = {
  id: procedureDocuments.id,
  procedureCode: procedureDocuments.procedureCode,
  kind: procedureDocuments.kind,
  titleVi: procedureDocuments.titleVi,
  titleEn: procedureDocuments.titleEn,
  fileName: procedureDocuments.fileName,
  mediaType: procedureDocuments.mediaType,
  byteSize: procedureDocuments.byteSize,
  sha256: procedureDocuments.sha256,
  uploadedAt: procedureDocuments.uploadedAt,
};

function badField(name: string, vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name, vi, en }] });
}

/** Decodes and checks an upload: size, and a signature that matches the declared type and name. */
function checkContent(input: UploadInput): { bytes: Buffer; type: ProcedureFileType } {
  if (!isProcedureFileType(input.mediaType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      detail: { vi: `Chỉ nhận tệp ${Object.values(PROCEDURE_FILE_TYPES).map((t) => t.label).join(', ')}`, en: `Only ${Object.values(PROCEDURE_FILE_TYPES).map((t) => t.label).join(', ')} files are accepted` },
    });
  }
  const type = input.mediaType;
  const encoded = input.contentBase64.replace(/\s+/g, '');
  if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) throw badField('contentBase64', 'không phải chuỗi base64 hợp lệ', 'is not valid base64');
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length === 0) throw badField('contentBase64', 'tệp rỗng', 'the file is empty');
  if (bytes.length > MAX_PROCEDURE_FILE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', { detail: { vi: `Tệp lớn hơn ${MAX_PROCEDURE_FILE_BYTES / 1024 / 1024} MB`, en: `The file is larger than ${MAX_PROCEDURE_FILE_BYTES / 1024 / 1024} MB` } });
  }
  const found = sniffProcedureFileType(bytes);
  if (found !== type) {
    const what = found === null ? { vi: 'không thuộc định dạng nào được nhận', en: 'is not in any accepted format' } : { vi: `là ${PROCEDURE_FILE_TYPES[found].label}`, en: `is ${PROCEDURE_FILE_TYPES[found].label}` };
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      detail: { vi: `Nội dung tệp ${what.vi}, không phải ${PROCEDURE_FILE_TYPES[type].label} như đã khai`, en: `The content ${what.en}, not ${PROCEDURE_FILE_TYPES[type].label} as declared` },
      extra: { declared: type, detected: found },
    });
  }
  const extension = /\.([A-Za-z0-9]+)$/.exec(input.fileName)?.[1]?.toLowerCase();
  if (extension === undefined || !(PROCEDURE_FILE_TYPES[type].extensions as readonly string[]).includes(extension)) {
    throw badField('fileName', `phải có đuôi ${PROCEDURE_FILE_TYPES[type].extensions.map((e) => `.${e}`).join(' hoặc ')}`, `must end in ${PROCEDURE_FILE_TYPES[type].extensions.map((e) => `.${e}`).join(' or ')}`);
  }
  return { bytes, type };
}

export function createProcedureFiles(db: Db, now: () => Date) {
  async function list(code: string): Promise<ProcedureFileView[]> {
    const rows = await db
      .select(META)
      .from(procedureDocuments)
      .where(and(eq(procedureDocuments.procedureCode, code), isNull(procedureDocuments.replacedAt)))
      .orderBy(asc(procedureDocuments.kind), asc(procedureDocuments.titleVi));
    return rows.map(toView);
  }

  async function download(code: string, id: string): Promise<DownloadedFile> {
    const [row] = await db
      .select({ content: procedureDocuments.content, mediaType: procedureDocuments.mediaType, sha256: procedureDocuments.sha256, fileName: procedureDocuments.fileName })
      .from(procedureDocuments)
      .where(and(eq(procedureDocuments.id, id), eq(procedureDocuments.procedureCode, code), isNull(procedureDocuments.replacedAt)));
    if (row === undefined) throw new AppError('NOT_FOUND', { detail: { vi: 'Thủ tục không có tệp này (hoặc tệp đã được thay)', en: 'The procedure has no such file (or it was replaced)' } });
    const inline = isProcedureFileType(row.mediaType) && showsInline(row.mediaType);
    return { bytes: row.content, mediaType: row.mediaType, sha256: row.sha256, contentDisposition: contentDisposition(row.fileName, inline) };
  }

  async function upload(actor: AccountPrincipal, code: string, input: UploadInput, context: RequestContext): Promise<{ file: ProcedureFileView; replaced: string[] }> {
    const { bytes, type } = checkContent(input);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const titleVi = input.titleVi.normalize('NFC').trim();
    const at = now();
    const id = randomUUID();
    return db.transaction(async (tx) => {
      // The procedure row is locked so that two uploads of the same title cannot both stay current.
      const [procedure] = await tx.select({ code: procedures.code }).from(procedures).where(eq(procedures.code, code)).for('update');
      if (procedure === undefined) throw procedureNotFound(code);
      const replaced = await tx
        .update(procedureDocuments)
        .set({ replacedAt: at })
        .where(and(eq(procedureDocuments.procedureCode, code), eq(procedureDocuments.kind, input.kind), eq(procedureDocuments.titleVi, titleVi), isNull(procedureDocuments.replacedAt)))
        .returning({ id: procedureDocuments.id });
      const [row] = await tx
        .insert(procedureDocuments)
        .values({ id, procedureCode: code, kind: input.kind, titleVi, titleEn: input.titleEn.normalize('NFC').trim(), fileName: input.fileName.normalize('NFC').trim(), mediaType: type, byteSize: bytes.length, sha256, content: bytes, uploadedBy: actor.accountId, uploadedAt: at })
        .returning(META);
      if (row === undefined) throw new Error('insert returned no row');
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'procedure.file.upload',
        outcome: 'success',
        subjectType: 'procedure_document',
        subjectId: id,
        details: { procedureCode: code, kind: input.kind, mediaType: type, byteSize: bytes.length, sha256, replaced: replaced.map((r) => r.id) },
      });
      return { file: toView(row), replaced: replaced.map((r) => r.id) };
    });
  }

  return { list, download, upload };
}

export type ProcedureFiles = ReturnType<typeof createProcedureFiles>;
