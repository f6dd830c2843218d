/**
 * A photo taken at the door, made small on the device before it is queued or sent: a phone's
 * photo is several megabytes, the API takes about 500 kB, and the outbox lives in the phone's
 * storage. The image is decoded with createImageBitmap (no object URL, which the page's
 * Content-Security-Policy would refuse for images) and redrawn as JPEG.
 */

/** The API's limit on the data URL (Photo schema: 700,000 characters); keep a margin. */
const MAX_DATA_URL = 650_000;

/** The size to draw at so the longer side is at most `longest`. */
export function fitWithin(width: number, height: number, longest: number): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function downscalePhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    for (const [longest, quality] of [
      [1280, 0.75],
      [1024, 0.65],
      [800, 0.6],
      [640, 0.5],
    ] as const) {
      const size = fitWithin(bitmap.width, bitmap.height, longest);
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d canvas');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size.width, size.height);
      context.drawImage(bitmap, 0, 0, size.width, size.height);
      const url = canvas.toDataURL('image/jpeg', quality);
      if (url.length <= MAX_DATA_URL && url.startsWith('data:image/jpeg;base64,')) return url;
    }
    throw new Error('photo too large even when small');
  } finally {
    bitmap.close();
  }
}
