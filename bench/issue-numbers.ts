/**
 * Issuing dossier codes and postal item numbers under concurrency: each issue is its own
 * transaction, as in a registration or an intake. Needs BENCH_DATABASE_URL (an empty
 * PostgreSQL database); without it, the in-memory PGlite (one connection, so no contention).
 * Usage: BENCH_DATABASE_URL=postgres://… npx tsx bench/issue-numbers.ts
 */
import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './support.js';
import { issueDossierCode } from '../src/desk/dossier-codes.js';
import { addS10Range, issueS10Number } from '../src/postal/item-numbers.js';

const ISSUES = 2000;
const CONCURRENCY = 20;
const database = await openBenchDatabase(CONCURRENCY + 2, { referenceData: false });
await addS10Range(database.db, { prefix: 'RX', country: 'VN', firstSerial: 1, lastSerial: 9_999_999 });

async function run(name: string, issue: () => Promise<string>): Promise<void> {
  let next = 0;
  const seen = new Set<string>();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ISSUES) {
        next += 1;
        seen.add(await issue());
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  console.log(`${name.padEnd(40)} ${(ISSUES / seconds).toFixed(0).padStart(6)} issues/s  distinct: ${seen.size}/${ISSUES}`);
}

console.log(`${database.driver}, ${ISSUES} issues, ${CONCURRENCY} at a time`);
const day = new Date('2026-03-02T03:00:00Z');
// One agency and day is the worst case: every issue waits for the same row.
await run('dossier codes, one agency, one day', () => database.db.transaction((tx) => issueDossierCode(tx, '000.00.17.H19', day)).then(String));
await run('S10 numbers, one range', () => database.db.transaction((tx) => issueS10Number(tx, 'RX', day)).then(String));
await database.close();
