/**
 * What a phone downloads to show a page of the web app: the entry chunk, the page's own chunk
 * and everything they import, read from the build manifest, weighed as sent (Brotli and gzip,
 * the copies the build writes) and raw. Run after `npm run build:web`:
 *
 *   npx tsx bench/web-size.ts
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/web/', import.meta.url));

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

/** The chunk and its static imports, transitively (what the browser must load before running it). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

function size(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // Files under 1 KB get no compressed copy: they are sent as they are.
    return -1;
  }
}

function weigh(keys: Iterable<string>): { files: number; raw: number; brotli: number; gzip: number } {
  const totals = { files: 0, raw: 0, brotli: 0, gzip: 0 };
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk === undefined || !chunk.file.endsWith('.js')) continue;
    const path = join(DIST, chunk.file);
    const raw = size(path);
    const br = size(`${path}.br`);
    const gz = size(`${path}.gz`);
    totals.files += 1;
    totals.raw += raw;
    totals.brotli += br < 0 ? raw : br;
    totals.gzip += gz < 0 ? raw : gz;
  }
  return totals;
}

const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true);
if (entry === undefined) throw new Error('no entry chunk in the manifest: run npm run build:web');
const pages = Object.keys(manifest).filter((key) => key.startsWith('pages/') && key.endsWith('Page.tsx'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('page                                      files   raw        brotli     gzip');
for (const page of ['(shell and home page)', ...pages]) {
  const keys = closure(entry);
  if (page !== '(shell and home page)') for (const key of closure(page)) keys.add(key);
  const w = weigh(keys);
  console.log(`${page.padEnd(42)}${String(w.files).padStart(5)}   ${kb(w.raw).padEnd(11)}${kb(w.brotli).padEnd(11)}${kb(w.gzip)}`);
}
