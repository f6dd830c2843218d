/**
 * The module dependency rules of docs/ARCHITECTURE.md, checked over the import graph:
 * - `domain` imports nothing of the app (it is shared with the web app and must stay pure);
 * - `postal` and `desk` never import each other: they meet only through `exchange`;
 * - `notify` imports neither: it hears of them through `exchange` and is handed their contacts;
 * - routes stay thin: they never touch the database layer or table definitions directly;
 * - the web app imports from `domain` only;
 * - `documents` (printable PDFs) turns plain views into bytes: it imports `domain` and packages,
 *   never the database, a service or the HTTP edge, so any caller can print without a request.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface Violation {
  file: string;
  imported: string;
  rule: string;
}

const IMPORT_PATTERN = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function moduleOf(srcRelative: string): string {
  return srcRelative.split('/')[0] ?? '';
}

export function checkDependencies(root: string): Violation[] {
  const src = resolve(root, 'src');
  const violations: Violation[] = [];
  for (const file of listFiles(src)) {
    const from = relative(src, file);
    const fromModule = moduleOf(from);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT_PATTERN)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier === undefined) continue;
      const isRelative = specifier.startsWith('.');
      const target = isRelative ? relative(src, resolve(dirname(file), specifier)) : null;
      const toModule = target === null ? null : moduleOf(target);
      const report = (rule: string) => violations.push({ file: relative(root, file), imported: specifier, rule });

      if (fromModule === 'domain') {
        if (target !== null && (target.startsWith('..') || toModule !== 'domain')) report('domain imports nothing of the app');
        if (!isRelative && !specifier.startsWith('node:') && specifier !== 'typebox') {
          // Pure rules need no framework: only the standard library's types are allowed.
          report('domain uses no packages');
        }
      }
      if (fromModule === 'postal' && toModule === 'desk') report('postal never imports desk');
      if (fromModule === 'desk' && toModule === 'postal') report('desk never imports postal');
      if (fromModule === 'notify' && (toModule === 'postal' || toModule === 'desk')) report('notify never imports postal or desk');
      if (from.startsWith('http/routes/') && target !== null && (target.startsWith('platform/db') || target.endsWith('.schema.js') || target.endsWith('.schema.ts'))) {
        report('routes stay thin: no direct database access');
      }
      if (from.startsWith('http/routes/') && !isRelative && specifier.startsWith('drizzle-orm')) report('routes stay thin: no direct database access');
      if (fromModule === 'web' && target !== null && toModule !== 'web' && toModule !== 'domain') report('the web app imports from domain only');
      if (fromModule === 'documents' && target !== null && toModule !== 'documents' && toModule !== 'domain') {
        report('documents import only domain and packages');
      }
    }
  }
  return violations;
}
