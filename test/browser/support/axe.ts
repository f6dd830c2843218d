/**
 * Accessibility checks with axe-core, run inside the page under test. The script is read from
 * node_modules and injected, so nothing is fetched; only serious and critical findings fail a
 * test, each reported with the rule, its help text and the elements concerned.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Serious and critical violations on the page as it is now, as readable lines (empty when none). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const present = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline
  // scripts) does not govern; a <script> tag would be refused, rightly.
  if (!present) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
