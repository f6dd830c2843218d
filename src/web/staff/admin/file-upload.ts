/**
 * Reading a chosen file for the upload API (JSON with base64 content). The server decides the
 * type from the bytes; the type sent is the browser's, or the one the extension names when the
 * browser gives none (some systems give no type for .docx). The table repeats the server's list
 * (catalog/procedure-file-types.ts), which the web app may not import; the server checks anyway.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** For the file input's `accept`: the extensions, so every system's picker shows them. */
export const ACCEPTED_EXTENSIONS = Object.keys(TYPE_BY_EXTENSION)
  .map((e) => `.${e}`)
  .join(',');

/** The media type to declare, or null when the file is of no accepted kind. */
export function mediaTypeOf(file: { name: string; type: string }): string | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : TYPE_BY_EXTENSION[extension];
  if (byExtension === undefined) return null;
  return Object.values(TYPE_BY_EXTENSION).includes(file.type) ? file.type : byExtension;
}

/** The file's bytes as base64, read by the browser (FileReader gives a data URL). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      const comma = typeof result === 'string' ? result.indexOf(',') : -1;
      if (typeof result !== 'string' || comma < 0) reject(new Error('unreadable'));
      else resolve(result.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}
