/**
 * The kinds of file a procedure may publish (R5: sample dossier sets and blank forms) and how
 * their content is recognised. The declared media type and the file name come from the
 * uploader and prove nothing; the first bytes do. Citizens download these files from a public
 * page, so anything that is not one of the six known formats is refused.
 */

export const PROCEDURE_FILE_TYPES = {
  'application/pdf': { extensions: ['pdf'], label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], label: 'Word (docx)' },
  'application/msword': { extensions: ['doc'], label: 'Word 97–2003 (doc)' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], label: 'Excel (xlsx)' },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  'image/png': { extensions: ['png'], label: 'PNG' },
} as const satisfies Record<string, { extensions: readonly string[]; label: string }>;

export type ProcedureFileType = keyof typeof PROCEDURE_FILE_TYPES;
export const PROCEDURE_FILE_MEDIA_TYPES = Object.keys(PROCEDURE_FILE_TYPES) as ProcedureFileType[];

export function isProcedureFileType(value: string): value is ProcedureFileType {
  return Object.prototype.hasOwnProperty.call(PROCEDURE_FILE_TYPES, value);
}

/** Opened in the browser rather than saved: formats a phone shows by itself. */
export function showsInline(type: ProcedureFileType): boolean {
  return type === 'application/pdf' || type === 'image/jpeg' || type === 'image/png';
}

const startsWith = (bytes: Buffer, signature: readonly number[]): boolean => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": docx and xlsx are zip packages
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file: .doc (and .xls)

/**
 * The names of the entries of a zip file, from its central directory (found through the
 * end-of-central-directory record at the end of the file). Empty when the structure is broken.
 */
export function zipEntryNames(bytes: Buffer): string[] {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end record is 22 bytes plus a comment of up to 65 535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= earliest; i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return [];
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > bytes.length) return [];
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * What the content is, by its signature; an Office Open XML package by its main part
 * (`word/document.xml`, `xl/workbook.xml`). Null for anything else, including other zips.
 */
export function sniffProcedureFileType(bytes: Buffer): ProcedureFileType | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, OLE2)) return 'application/msword';
  if (startsWith(bytes, ZIP)) {
    const names = new Set(zipEntryNames(bytes));
    if (!names.has('[Content_Types].xml')) return null;
    if (names.has('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (names.has('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}
