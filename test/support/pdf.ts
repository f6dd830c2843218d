/**
 * Reading generated PDFs back in tests, the way a person or a scanner would: the text a viewer
 * shows (pdfjs-dist) and the bar and QR codes found in the page images (@zxing/library).
 */
import {
  BinaryBitmap,
  Code128Reader,
  DecodeHintType,
  GlobalHistogramBinarizer,
  HybridBinarizer,
  type LuminanceSource,
  QRCodeReader,
  RGBLuminanceSource,
  type Reader,
} from '@zxing/library';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * pdfjs's legacy build is the one that runs on Node. Its minified files are loaded rather than
 * the readable ones: under tsx every ES module is parsed again on load, and the readable pdfjs
 * and its worker (3.4 MB) cost about three seconds per test file that way, the minified ones
 * about one. The specifier is a variable because only the readable file ships type declarations;
 * the two files export the same API. In Node pdfjs runs its "worker" in-process, importing it
 * from `workerSrc`.
 */
const require = createRequire(import.meta.url);
const PDFJS_MIN: string = 'pdfjs-dist/legacy/build/pdf.min.mjs';
const pdfjs = (await import(PDFJS_MIN)) as typeof PdfJs;
pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')).href;
const { ImageKind, OPS } = pdfjs;

async function open(buffer: Buffer): Promise<PDFDocumentProxy> {
  // pdfjs takes ownership of (detaches) the array it is given: hand it a copy.
  return pdfjs.getDocument({
    data: new Uint8Array(buffer),
    // In Node there is no canvas to decode images into bitmaps; ask for raw pixels instead.
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
}

async function eachPage<T>(buffer: Buffer, read: (page: PDFPageProxy) => Promise<T>): Promise<T[]> {
  const pdf = await open(buffer);
  try {
    const results: T[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      results.push(await read(page));
      page.cleanup();
    }
    return results;
  } finally {
    await pdf.destroy();
  }
}

export async function pdfPageCount(buffer: Buffer): Promise<number> {
  const pdf = await open(buffer);
  try {
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}

/** Each page's size in points, as a viewer lays it out (rotation applied): A5 is 420 × 595. */
export async function pdfPageSizes(buffer: Buffer): Promise<{ width: number; height: number }[]> {
  return eachPage(buffer, async (page) => {
    const { width, height } = page.getViewport({ scale: 1 });
    return { width: Math.round(width), height: Math.round(height) };
  });
}

export interface PdfInfo {
  title: string | null;
  author: string | null;
  creationDate: string | null;
}

/** The document information dictionary (dates as PDF writes them: `D:20260213091500Z`). */
export async function pdfInfo(buffer: Buffer): Promise<PdfInfo> {
  const pdf = await open(buffer);
  try {
    const { info } = await pdf.getMetadata();
    const read = (key: string): string | null => {
      const value: unknown = (info as Record<string, unknown>)[key];
      return typeof value === 'string' ? value.normalize('NFC') : null;
    };
    return { title: read('Title'), author: read('Author'), creationDate: read('CreationDate') };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The text of every page, pages separated by a form feed, lines by "\n". pdfkit writes a line in
 * several pieces (a label and its bold value, table cells), so pieces on one baseline are joined:
 * directly when they touch, with one space when there is a gap, as a reader would see them.
 */
export async function extractPdfText(buffer: Buffer): Promise<string> {
  const pages = await eachPage(buffer, async (page) => {
    const content = await page.getTextContent();
    let text = '';
    let previous: { end: number; y: number; size: number } | null = null;
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
      const size = Math.hypot(c, d) || item.height;
      if (previous !== null) {
        if (Math.abs(y - previous.y) > previous.size * 0.5) text += '\n';
        else if (x - previous.end > previous.size * 0.15 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
      }
      text += item.str;
      previous = { end: x + item.width, y, size };
    }
    return text;
  });
  return pages
    .join('\n\f\n')
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ');
}

export interface DecodedCode {
  format: 'CODE_128' | 'QR_CODE';
  text: string;
}

/** The raw pixels pdfjs hands out for an image XObject (its SMask already applied as alpha). */
interface PdfImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

function isPdfImage(value: unknown): value is PdfImage {
  if (typeof value !== 'object' || value === null) return false;
  const image = value as Partial<PdfImage>;
  return typeof image.width === 'number' && typeof image.height === 'number' && typeof image.kind === 'number' && (image.data instanceof Uint8Array || image.data instanceof Uint8ClampedArray);
}

/**
 * Grey levels of an image as the eye (and a scanner) sees it on white paper: transparent pixels
 * count as white, whatever colour value they carry.
 */
function luminance(image: PdfImage): Uint8ClampedArray {
  const { width, height, kind, data } = image;
  const out = new Uint8ClampedArray(width * height);
  if (kind === ImageKind.GRAYSCALE_1BPP) {
    // One bit per pixel, rows padded to whole bytes; 1 is white in pdfjs's convention.
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const bit = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        out[y * width + x] = bit === 1 ? 255 : 0;
      }
    }
    return out;
  }
  const channels = kind === ImageKind.RGBA_32BPP ? 4 : 3;
  for (let i = 0; i < width * height; i += 1) {
    const r = data[i * channels] ?? 255;
    const g = data[i * channels + 1] ?? 255;
    const b = data[i * channels + 2] ?? 255;
    const alpha = channels === 4 ? (data[i * channels + 3] ?? 255) / 255 : 1;
    const grey = (r * 299 + g * 587 + b * 114) / 1000;
    out[i] = Math.round(grey * alpha + 255 * (1 - alpha));
  }
  return out;
}

const READERS: { format: DecodedCode['format']; reader: () => Reader }[] = [
  { format: 'QR_CODE', reader: () => new QRCodeReader() },
  { format: 'CODE_128', reader: () => new Code128Reader() },
];

function decodeImage(source: LuminanceSource): DecodedCode | null {
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  for (const binarizer of [HybridBinarizer, GlobalHistogramBinarizer]) {
    for (const { format, reader } of READERS) {
      try {
        const result = reader().decode(new BinaryBitmap(new binarizer(source)), hints);
        return { format, text: result.getText() };
      } catch {
        // NotFound / Checksum / Format: not this kind of code; try the next reader.
      }
    }
  }
  return null;
}

/** Every image drawn on the pages, in order, as the pixels pdfjs decoded from the file. */
async function drawnImages(buffer: Buffer): Promise<PdfImage[]> {
  const pages = await eachPage(buffer, async (page) => {
    const operators = await page.getOperatorList();
    const images: PdfImage[] = [];
    for (let i = 0; i < operators.fnArray.length; i += 1) {
      if (operators.fnArray[i] !== OPS.paintImageXObject) continue;
      const name: unknown = (operators.argsArray[i] as unknown[])[0];
      if (typeof name !== 'string') continue;
      // Images used on several pages live in the document-wide store, the others in the page's.
      const store = name.startsWith('g_') ? page.commonObjs : page.objs;
      const image = await new Promise<unknown>((resolve) => store.get(name, resolve));
      if (isPdfImage(image)) images.push(image);
    }
    return images;
  });
  return pages.flat();
}

/** Size of each image drawn, in page order: enough to tell that a signature was embedded. */
export async function pdfImageSizes(buffer: Buffer): Promise<{ width: number; height: number }[]> {
  return (await drawnImages(buffer)).map(({ width, height }) => ({ width, height }));
}

/**
 * Every bar code and QR code drawn as an image in the PDF, in page order. Images that hold no
 * code (a signature) are skipped; an image drawn twice is reported once per drawing.
 */
export async function decodePdfCodes(buffer: Buffer): Promise<DecodedCode[]> {
  const found: DecodedCode[] = [];
  for (const image of await drawnImages(buffer)) {
    const decoded = decodeImage(new RGBLuminanceSource(luminance(image), image.width, image.height));
    if (decoded !== null) found.push(decoded);
  }
  return found;
}
