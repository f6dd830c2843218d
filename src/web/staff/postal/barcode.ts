/**
 * Reading a barcode with the device's camera, where the browser can (the Barcode Detection
 * API: Chrome on Android, Safari on iOS 17+; not desktop Linux). TypeScript's DOM library does
 * not describe the API yet, so the little we use is described here and checked at run time.
 */

interface DetectedBarcode {
  rawValue: string;
}

export interface BarcodeReader {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

interface BarcodeReaderConstructor {
  new (options: { formats: string[] }): BarcodeReader;
  getSupportedFormats(): Promise<string[]>;
}

function isReaderConstructor(value: unknown): value is BarcodeReaderConstructor {
  return typeof value === 'function' && 'getSupportedFormats' in value && typeof value.getSupportedFormats === 'function';
}

/** S10 labels carry Code 128 (sometimes Code 39); a QR code on our own slip carries the tracking link. */
const WANTED = ['code_128', 'code_39', 'qr_code'];

/** A reader for the formats this device supports, or null when the camera cannot read barcodes here. */
export async function barcodeReader(): Promise<BarcodeReader | null> {
  const constructor: unknown = Reflect.get(globalThis, 'BarcodeDetector');
  if (!isReaderConstructor(constructor) || typeof navigator.mediaDevices?.getUserMedia !== 'function') return null;
  try {
    const formats = (await constructor.getSupportedFormats()).filter((f) => WANTED.includes(f));
    return formats.length === 0 ? null : new constructor({ formats });
  } catch {
    return null;
  }
}

/** The item number in what was read: the value itself, or the last segment of a tracking link. */
export function itemNumberIn(raw: string): string {
  const value = raw.trim();
  const match = /\/tra-cuu\/([A-Za-z0-9]+)\/?$/.exec(value);
  return match?.[1] ?? value;
}
