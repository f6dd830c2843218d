/**
 * The fonts every printed document uses. PDF's standard fonts (Helvetica…) have no Vietnamese
 * letters beyond Latin-1, so a slip printed with them loses "ệ", "ữ", "Đ", "ơ": we embed Roboto
 * instead, the full static TrueType files shipped by `@expo-google-fonts/roboto` (the fonts under
 * the SIL Open Font License 1.1), which have a precomposed glyph for every Vietnamese letter.
 * Noto Sans was tried first and dropped: its `ccmp` feature splits "ẹ ị ọ ụ" into a base letter
 * and a combining dot below, which prints well but copies and searches as "i" plus junk.
 * pdfkit embeds only the glyphs a document uses, so the size of the files does not reach the PDF.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Names under which the fonts are registered in every document. */
export const FONT = { regular: 'Roboto-Regular', bold: 'Roboto-Bold' } as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  [FONT.regular]: '@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf',
  [FONT.bold]: '@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf',
};

const require = createRequire(import.meta.url);

// Read from disk once per process: each document parses the bytes again (pdfkit builds its own
// subset per document), but the disk is touched only the first time.
const cache = new Map<FontName, Buffer>();

export function fontBytes(name: FontName): Buffer {
  let bytes = cache.get(name);
  if (bytes === undefined) {
    bytes = readFileSync(require.resolve(FILES[name]));
    cache.set(name, bytes);
  }
  return bytes;
}
