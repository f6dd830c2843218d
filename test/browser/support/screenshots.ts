/**
 * Screenshots of pages at phone size, for a human to look at after a run. They go to
 * SCREENSHOT_DIR when set (CI sets it and keeps the folder), else to test-results/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DEFAULT_DIR = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

export function screenshotDir(): string {
  const fromEnv = process.env['SCREENSHOT_DIR'];
  const dir = fromEnv === undefined || fromEnv === '' ? DEFAULT_DIR : fromEnv;
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves the whole page as `<name>.png`; returns the file's path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
