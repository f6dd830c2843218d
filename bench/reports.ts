/**
 * Times the reports on the data of bench/reports-data.ts (PostgreSQL, DATABASE_URL): the annual
 * indicators of the whole province (all figures; grouped by unit and by procedure), the
 * dashboard's queries (12-month trend of the postal share, ranking of units), and, for scale,
 * a scoped reader (one ward's leader), a drill-down page and the post's annual report. Each
 * through the service the API calls, median of N runs after one warm-up.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bcci_bench_reports npx tsx bench/reports.ts [runs]
 *   BENCH_ROLLUP=off …   (every figure from the projection's rows: what the rollup saves)
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { accounts } from '../src/admin/admin.schema.js';
import { organisationSubtree } from '../src/admin/scope.js';
import { organisations } from '../src/catalog/catalog.schema.js';
import { openPostgres } from '../src/platform/db/client.js';
import type { Reader } from '../src/reports/reader.js';
import { createReportsService } from '../src/reports/reports-service.js';

const url = process.env['DATABASE_URL'];
if (url === undefined || url === '') {
  console.error('DATABASE_URL must name the database bench/reports-data.ts filled');
  process.exit(2);
}
const RUNS = Number(process.argv[2] ?? 7);
const YEAR = process.env['BENCH_YEAR'] ?? '2025';

async function readerAt(db: Awaited<ReturnType<typeof openPostgres>>['db'], organisationCode: string): Promise<Reader> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, organisationCode));
  const [someone] = await db.select({ id: accounts.id }).from(accounts).limit(1);
  if (org === undefined || someone === undefined) throw new Error(`no ${organisationCode} or no account`);
  return { accountId: someone.id, role: 'leader', organisationId: org.id, visibleOrganisationIds: await organisationSubtree(db, org.id) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const database = await openPostgres(url ?? '', 4);
  const db = database.db;
  // BENCH_ROLLUP=off: every figure from the projection's rows, as without the monthly rollup.
  const rollup = process.env['BENCH_ROLLUP'] !== 'off';
  const reports = createReportsService({ db, now: () => new Date('2026-01-20T03:00:00Z'), today: () => '2026-01-20', postalShareTargetPercent: 30, reportReminderDays: 14, rollup });
  console.log(`figures from ${rollup ? 'the monthly rollup (and the rows it leaves out)' : 'the projection’s rows only'}`);
  const province = await readerAt(db, 'P75');
  const ward = await readerAt(db, 'X26041-UBND');
  const { indicators, postalOperator } = reports;

  const cases: Array<[string, () => Promise<unknown>]> = [
    [`annual indicators, whole province (${YEAR}, every figure)`, () => indicators.indicators(province, { period: YEAR })],
    ['annual indicators by unit (today’s units)', () => indicators.indicators(province, { period: YEAR, groupBy: 'unit' })],
    ['annual indicators by unit at filing', () => indicators.indicators(province, { period: YEAR, groupBy: 'unit-at-filing' })],
    ['annual indicators by procedure', () => indicators.indicators(province, { period: YEAR, groupBy: 'procedure' })],
    ['dashboard: 12-month trend of the postal share', () => indicators.trend(province, { to: `${YEAR}-12`, months: 12 })],
    ['dashboard: ranking of units by postal share', () => indicators.ranking(province, { period: YEAR, by: 'unit', metric: 'postal-share' })],
    ['dashboard: both, one after the other', async () => {
      await indicators.trend(province, { to: `${YEAR}-12`, months: 12 });
      await indicators.ranking(province, { period: YEAR, by: 'unit', metric: 'postal-share' });
    }],
    ['annual indicators, one ward’s leader (scoped)', () => indicators.indicators(ward, { period: YEAR })],
    ['drill-down: late dossiers of the year, page 1 of 50', () => indicators.drillDown(province, { period: YEAR, measure: 'processing.late', page: 1, pageSize: 50 })],
    ['drill-down: page 200 of the same list', () => indicators.drillDown(province, { period: YEAR, measure: 'processing.late', page: 200, pageSize: 50 })],
    ['the post’s annual report', () => postalOperator.report(province, { period: YEAR })],
  ];

  const table: string[] = ['| query | median ms | min | max |', '|---|---:|---:|---:|'];
  for (const [label, run] of cases) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    const line = `| ${label} | ${median(times).toFixed(0)} | ${Math.min(...times).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`;
    console.log(line);
    table.push(line);
  }
  const year = await indicators.indicators(province, { period: YEAR });
  console.log(`\n${YEAR}: ${year.totals.counts['dossiers.total']} dossiers, postal share ${((year.totals.figures.postalShare.ratio ?? 0) * 100).toFixed(1)} % of ${year.totals.figures.postalShare.eligible} eligible, on time ${((year.totals.figures.processing.onTimeRatio ?? 0) * 100).toFixed(1)} %`);
  console.log(`\n${table.join('\n')}`);
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
