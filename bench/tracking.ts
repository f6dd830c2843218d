/**
 * Public tracking lookups per second: GET /api/v1/tracking/{code} over loopback keep-alive
 * connections, half by dossier code and half by item number, one in ten with the right phone
 * digits (personal details), over a database holding BENCH_DOSSIERS journeys at various stages
 * (taken in; registered; result with the post; delivered), each with its custody transfers, its
 * events, its handover record shared with 19 other dossiers, and half of them with a pickup.
 * The load generator runs in a child process (bench/support.ts); CPU per side is printed.
 *
 * The app runs with TRACKING_RATE_PER_MINUTE at 10,000,000: every request comes from 127.0.0.1,
 * and the production limit (30 a minute per client) is not what is measured.
 *
 * PGlite by default; PostgreSQL with BENCH_DATABASE_URL (an empty database).
 * Usage: BENCH_DATABASE_URL=postgres://… npx tsx bench/tracking.ts
 *        (BENCH_DOSSIERS 10000, BENCH_REQUESTS 20000, BENCH_RUNS 3, BENCH_CONCURRENCY 32, BENCH_POOL_SIZE 10)
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { type LoadRequest, machineBusyMs, openBenchDatabase, percentile, runLoadInChildProcess } from './support.js';
import { accounts } from '../src/admin/admin.schema.js';
import { loadDemoData } from '../src/admin/demo-data.js';
import { organisations } from '../src/catalog/catalog.schema.js';
import { dossiers } from '../src/desk/desk.schema.js';
import { formatDossierCode } from '../src/domain/dossier/dossier-code.js';
import { formatS10 } from '../src/domain/postal-item/s10.js';
import { exchangeEvents } from '../src/exchange/exchange.schema.js';
import { buildApp } from '../src/http/app.js';
import { loadConfig } from '../src/platform/config.js';
import { queryRows } from '../src/platform/db/client.js';
import { createLogger } from '../src/platform/logger.js';
import { custodyTransfers, deliveryAttempts, manifestItems, manifests, pickupRequests, postalItems } from '../src/postal/postal.schema.js';
import { createServices } from '../src/services.js';

const DOSSIERS = Number(process.env['BENCH_DOSSIERS'] ?? 10_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 20_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 32);
const POOL_SIZE = Number(process.env['BENCH_POOL_SIZE'] ?? 10);
const WARMUP = 2000;
const PER_MANIFEST = 20;
const PROCEDURE = '1.001193';
const PHONE = '0912345678';

const database = await openBenchDatabase(POOL_SIZE);
await loadDemoData(database.db);
const db = database.db;

// ── The journeys ─────────────────────────────────────────────────────────────────────────────
const [postmanRow] = await db.select().from(accounts).where(eq(accounts.username, 'buuta'));
const [deskRow] = await db.select().from(organisations).where(eq(organisations.code, 'X26041-TTPVHCC'));
const [officeRow] = await db.select().from(organisations).where(eq(organisations.code, 'X26041-BD'));
if (postmanRow === undefined || deskRow === undefined || officeRow === undefined || deskRow.agencyCode === null) throw new Error('demo data missing');
const [postman, deskOrg, officeOrg] = [postmanRow, deskRow, officeRow];
const desk = { code: deskOrg.code, name: deskOrg.nameVi };
const office = { code: officeOrg.code, name: officeOrg.nameVi };
const agencyCode = deskRow.agencyCode;

interface Journey {
  itemNumber: string;
  dossierCode: string;
}

type EventRow = typeof exchangeEvents.$inferInsert;
type TransferRow = typeof custodyTransfers.$inferInsert;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/** Journey i: stage i % 4 (0 taken in, 1 registered, 2 result with the post, 3 delivered). */
async function seed(): Promise<Journey[]> {
  const journeys: Journey[] = [];
  const items: Array<typeof postalItems.$inferInsert> = [];
  const pickups: Array<typeof pickupRequests.$inferInsert> = [];
  const deskRows: Array<typeof dossiers.$inferInsert> = [];
  const manifestRows: Array<typeof manifests.$inferInsert> = [];
  const manifestItemRows: Array<typeof manifestItems.$inferInsert> = [];
  const deliveries: Array<typeof deliveryAttempts.$inferInsert> = [];
  const events: EventRow[] = [];
  const transfers: TransferRow[] = [];
  const day0 = Date.UTC(2026, 0, 5, 2, 0, 0);
  for (let m = 0; m * PER_MANIFEST < DOSSIERS; m += 1) {
    const manifestId = randomUUID();
    const members = Array.from({ length: Math.min(PER_MANIFEST, DOSSIERS - m * PER_MANIFEST) }, (_, k) => m * PER_MANIFEST + k);
    const sentAt = new Date(day0 + m * 3_600_000 + 1_800_000);
    const signedAt = new Date(sentAt.getTime() + 3_600_000);
    const number = `BB-${String(m).padStart(6, '0')}`;
    manifestRows.push({ id: manifestId, number, direction: 'dossier', fromOrganisationId: officeOrg.id, toOrganisationId: deskOrg.id, carrierId: postman.id, status: 'acknowledged', feesTotal: 0, createdAt: sentAt, createdBy: `account:${postman.id}`, acknowledgedAt: signedAt });
    const dossierList = [];
    for (const i of members) {
      const itemNumber = formatS10('RR', 10_000_000 + i, 'VN');
      const takenInAt = new Date(sentAt.getTime() - 1_800_000);
      const dossierCode = formatDossierCode(agencyCode, new Date(signedAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10), 1 + (i % 9999));
      journeys.push({ itemNumber, dossierCode });
      const stage = i % 4;
      const pickupId = i % 2 === 0 ? randomUUID() : null;
      const applicant = { name: `Nguyễn Thị Hoà ${String(i)}`, phone: PHONE, address: `${String(i)} Đường Võ Thị Sáu`, unitCode: '26041' };
      if (pickupId !== null) {
        pickups.push({ id: pickupId, reference: `P${String(i).padStart(9, '0')}`, procedureCode: PROCEDURE, serviceForm: 'both', applicantName: applicant.name, applicantPhone: PHONE, addressLine: applicant.address, unitCode: '26041', givenUnitCode: '26041', postOfficeId: officeOrg.id, windowFrom: takenInAt, windowTo: takenInAt, channel: 'public', status: 'taken-in', postmanId: postman.id, createdAt: new Date(takenInAt.getTime() - 86_400_000), itemNumber });
        events.push(
          { id: randomUUID(), type: 'pickup.requested', version: 1, occurredAt: new Date(takenInAt.getTime() - 86_400_000), subjectKey: pickupId, source: 'postal', data: { pickupId, procedureCode: PROCEDURE, serviceForm: 'both', unitCode: '26041', window: { from: takenInAt.toISOString(), to: takenInAt.toISOString() } } },
          { id: randomUUID(), type: 'pickup.assigned', version: 1, occurredAt: new Date(takenInAt.getTime() - 80_000_000), subjectKey: pickupId, source: 'postal', data: { pickupId, postOffice: office, postmanId: postman.id } },
        );
      }
      const registered = stage >= 1;
      const dueAt = new Date(signedAt.getTime() + 5 * 86_400_000);
      items.push({
        itemNumber, slipNumber: `S-${itemNumber}`, pickupId, procedureCode: PROCEDURE, serviceForm: 'both', agencyId: deskOrg.id, postOfficeId: officeOrg.id, place: 'address',
        state: ['at-desk', 'at-desk', 'result-collected', 'delivered'][stage] ?? 'at-desk', custodianKind: 'desk', custodianRef: desk.code,
        applicantName: applicant.name, applicantPhone: PHONE, addressLine: applicant.address, unitCode: '26041', weightGrams: 100, postage: 25_000, quoteLines: [], feesCollected: 0, tally: [],
        takenInAt, takenInBy: postman.id, transitDueOn: '2026-01-06', filedAt: signedAt, dossierCode: registered ? dossierCode : null, updatedAt: signedAt,
      });
      manifestItemRows.push({ manifestId, itemNumber, fees: 0, outcome: 'received' });
      dossierList.push({ itemNumber, procedureCode: PROCEDURE, serviceForm: 'both', fees: 0, takenInAt: takenInAt.toISOString(), applicant: { ...applicant, email: null, idNumber: null } });

      const move = (seq: number, from: [string, string, string], to: [string, string, string], at: Date, place: string) => {
        transfers.push({ itemNumber, seq, fromState: from[0], toState: to[0], fromKind: from[1], fromRef: from[2], toKind: to[1], toRef: to[2], place, at, recordedBy: `account:${postman.id}` });
        events.push({ id: randomUUID(), type: 'item.custody-changed', version: 1, occurredAt: at, itemNumber, dossierCode: seq >= 4 && registered ? dossierCode : null, subjectKey: itemNumber, source: 'postal', data: { from: { kind: from[1], ref: from[2] }, to: { kind: to[1], ref: to[2] }, place } });
      };
      const citizen: [string, string, string] = ['with-citizen', 'citizen', 'citizen'];
      const collected: [string, string, string] = ['collected', 'postman', postman.id];
      const handover: [string, string, string] = ['out-for-handover', 'postman', postman.id];
      const atDesk: [string, string, string] = ['at-desk', 'desk', desk.code];
      events.push({ id: randomUUID(), type: 'dossier.taken-in', version: 1, occurredAt: takenInAt, itemNumber, subjectKey: itemNumber, source: 'postal', data: { procedureCode: PROCEDURE, serviceForm: 'both', agency: desk, postOffice: office, postage: 25_000, feesCollected: 0, slipNumber: `S-${itemNumber}` } });
      move(1, citizen, collected, takenInAt, office.code);
      move(2, collected, handover, sentAt, office.code);
      move(3, handover, atDesk, signedAt, desk.code);
      if (registered) {
        deskRows.push({
          code: dossierCode, agencyId: deskOrg.id, procedureCode: PROCEDURE, channel: 'postal', resultMethod: 'postal', itemNumber, manifestId, applicantName: applicant.name, applicantPhone: PHONE, applicantAddress: applicant.address, unitCode: '26041',
          documents: [], status: ['received', 'received', 'result-with-post', 'returned'][stage] as 'received', filedAt: signedAt, clockStartedAt: signedAt, processingTime: { workingDays: 5 }, dueAt, forwardBy: signedAt, receivedBy: postman.id, updatedAt: signedAt,
        });
        events.push({ id: randomUUID(), type: 'dossier.registered', version: 1, occurredAt: signedAt, dossierCode, itemNumber, subjectKey: dossierCode, source: 'partner:bench', data: { filedAt: signedAt.toISOString(), dueAt: dueAt.toISOString(), agency: desk, procedureCode: PROCEDURE } });
      }
      if (stage >= 2) {
        const readyAt = new Date(signedAt.getTime() + 3 * 86_400_000);
        const handedAt = new Date(readyAt.getTime() + 3_600_000);
        events.push(
          { id: randomUUID(), type: 'result.ready', version: 1, occurredAt: readyAt, dossierCode, itemNumber, subjectKey: dossierCode, source: 'partner:bench', data: { readyAt: readyAt.toISOString(), resultMethod: 'post' } },
          { id: randomUUID(), type: 'result.handed-to-post', version: 1, occurredAt: handedAt, dossierCode, itemNumber, subjectKey: dossierCode, source: 'partner:bench', data: { manifestId: `KQ-${String(i)}`, resultItemNumber: itemNumber, carrierId: postman.id } },
        );
        const resultAtDesk: [string, string, string] = ['result-at-desk', 'desk', desk.code];
        const resultCollected: [string, string, string] = ['result-collected', 'postman', postman.id];
        move(4, atDesk, resultAtDesk, handedAt, desk.code);
        move(5, resultAtDesk, resultCollected, handedAt, desk.code);
        if (stage === 3) {
          const outAt = new Date(handedAt.getTime() + 86_400_000);
          const deliveredAt = new Date(outAt.getTime() + 3_600_000);
          const out: [string, string, string] = ['out-for-delivery', 'postman', postman.id];
          move(6, resultCollected, out, outAt, office.code);
          move(7, out, ['delivered', 'citizen', 'citizen'], deliveredAt, office.code);
          events.push({ id: randomUUID(), type: 'delivery.delivered', version: 1, occurredAt: deliveredAt, dossierCode, itemNumber, subjectKey: itemNumber, source: 'postal', data: { deliveredAt: deliveredAt.toISOString(), receivedBy: 'applicant' } });
          deliveries.push({ itemNumber, attempt: 1, at: deliveredAt, outcome: 'delivered', identityKind: 'cccd', identityNumberMasked: '••••••••1234', receivedBy: 'applicant', postmanId: postman.id });
        }
      }
    }
    events.push(
      { id: randomUUID(), type: 'manifest.sent', version: 1, occurredAt: sentAt, subjectKey: manifestId, source: 'postal', data: { manifestId, number, from: office, to: desk, items: members.map((i) => formatS10('RR', 10_000_000 + i, 'VN')), feesTotal: 0, dossiers: dossierList } },
      { id: randomUUID(), type: 'manifest.acknowledged', version: 1, occurredAt: signedAt, subjectKey: manifestId, source: 'partner:bench', data: { manifestId, signedAt: signedAt.toISOString(), received: members.map((i) => formatS10('RR', 10_000_000 + i, 'VN')), missing: [], extra: [], damaged: [] } },
      { id: randomUUID(), type: 'fees.remitted', version: 1, occurredAt: signedAt, subjectKey: `fees:${manifestId}`, source: 'postal', data: { agency: desk, amount: 0, manifestId, itemNumbers: [], dossierCodes: [], remittedAt: signedAt.toISOString() } },
    );
  }
  await insertChunked(pickups, (c) => db.insert(pickupRequests).values(c));
  await insertChunked(items, (c) => db.insert(postalItems).values(c));
  await insertChunked(transfers, (c) => db.insert(custodyTransfers).values(c));
  await insertChunked(manifestRows, (c) => db.insert(manifests).values(c));
  await insertChunked(manifestItemRows, (c) => db.insert(manifestItems).values(c));
  await insertChunked(deliveries, (c) => db.insert(deliveryAttempts).values(c));
  await insertChunked(deskRows, (c) => db.insert(dossiers).values(c));
  // The log is append-only and ordered by `seq`: written in the order things happened, as in life.
  events.sort((a, b) => (a.occurredAt as Date).getTime() - (b.occurredAt as Date).getTime());
  await insertChunked(events, (c) => db.insert(exchangeEvents).values(c));
  await db.execute(sql`analyze`);
  return journeys;
}

const seedStart = Date.now();
const journeys = await seed();
const eventCount = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from exchange_events`))[0]?.n ?? 0;
console.log(`${database.driver}: seeded ${journeys.length} journeys, ${eventCount} events in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

// ── The app, with a limit no single client reaches ───────────────────────────────────────────
const config = loadConfig({ NODE_ENV: 'test', TRACKING_RATE_PER_MINUTE: '10000000', PHONE_VERIFICATION: 'off' });
const level = process.env['BENCH_LOG_LEVEL'] ?? 'silent';
const app = await buildApp({ config, services: createServices(database, config), logger: createLogger(level === '' ? 'silent' : level, new Writable({ write: (_c, _e, done) => done() })), version: 'bench' });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no port');
const base = `http://127.0.0.1:${String(address.port)}`;

// One delivered dossier, looked up both ways: the answers are what the bench means to measure.
const sample = journeys[3];
if (sample === undefined) throw new Error('too few dossiers');
for (const code of [sample.dossierCode, sample.itemNumber]) {
  const response = await app.inject({ method: 'GET', url: `/api/v1/tracking/${code}`, remoteAddress: '10.0.0.1' });
  const body = response.json() as { status: { code: string }; timeline: unknown[] };
  if (response.statusCode !== 200 || body.status.code !== 'delivered') throw new Error(`sample lookup: ${String(response.statusCode)} ${response.body.slice(0, 300)}`);
  console.log(`  sample ${code}: ${body.timeline.length} timeline entries, ${response.body.length} bytes`);
}

// Deterministic pseudo-random picks, so runs compare.
let state = 12345;
const random = (n: number) => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state % n;
};
function lookupRequest(i: number): LoadRequest {
  const k = random(journeys.length);
  const journey: Journey = journeys[k] ?? (sample as Journey);
  // A dossier only taken in (stage 0) has no dossier code yet: it is looked up by its item.
  const byDossier = i % 2 === 0 && k % 4 !== 0;
  return { method: 'GET', path: `/api/v1/tracking/${byDossier ? journey.dossierCode : journey.itemNumber}`, headers: i % 10 === 0 ? { 'x-phone-last4': PHONE.slice(-4) } : {} };
}

/**
 * CPU time (ms) the PostgreSQL backends serving this database have used so far, from /proc: the
 * database's own share, apart from whatever else runs on the machine. Null on PGlite (it runs
 * inside the server process) or where /proc cannot be read.
 */
async function postgresCpuMs(): Promise<number | null> {
  if (database.driver !== 'postgresql') return null;
  const rows = await queryRows<{ pid: number }>(db, sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // Fields 14 and 15 (utime, stime) after the command name in parentheses, in clock ticks (100 a second).
      const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks * 10;
}

async function transactionsSoFar(): Promise<number | null> {
  if (database.driver !== 'postgresql') return null;
  // Statistics reach pg_stat_database when a backend goes idle (at most once a second).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const rows = await queryRows<{ n: string }>(db, sql`select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`);
  return Number(rows[0]?.n ?? 0);
}

const rates: number[] = [];
for (let run = 1; run <= RUNS; run += 1) {
  const warmup = Array.from({ length: WARMUP }, (_, i) => lookupRequest(i));
  const measured = Array.from({ length: REQUESTS }, (_, i) => lookupRequest(i));
  const tx0 = await transactionsSoFar();
  let serverCpu0 = process.cpuUsage();
  let busy0 = machineBusyMs();
  let pgCpu0: Promise<number | null> = Promise.resolve(null);
  const result = await runLoadInChildProcess({ base, concurrency: CONCURRENCY, warmup, measured }, () => {
    serverCpu0 = process.cpuUsage();
    busy0 = machineBusyMs();
    pgCpu0 = postgresCpuMs();
  });
  const serverCpu = process.cpuUsage(serverCpu0);
  const busyMs = machineBusyMs() - busy0;
  const [pgBefore, pgAfter] = [await pgCpu0, await postgresCpuMs()];
  const pgMs = pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore;
  const tx1 = await transactionsSoFar();
  const rate = REQUESTS / result.seconds;
  rates.push(rate);
  const serverMs = (serverCpu.user + serverCpu.system) / 1000;
  const cores = (ms: number) => (ms / 1000 / result.seconds).toFixed(2);
  const per = (ms: number) => `${((ms * 1000) / REQUESTS).toFixed(0)} µs`;
  const statements = tx0 === null || tx1 === null ? '' : `, ${((tx1 - tx0 - 2) / (WARMUP + REQUESTS)).toFixed(2)} statements per lookup`;
  console.log(
    `run ${String(run)}: ${REQUESTS} lookups (after ${WARMUP} warm-up), ${CONCURRENCY} in flight, pool ${POOL_SIZE}: ${rate.toFixed(0)} lookups/s, ` +
      `p50 ${percentile(result.latenciesMs, 0.5)} ms, p95 ${percentile(result.latenciesMs, 0.95)} ms, p99 ${percentile(result.latenciesMs, 0.99)} ms, ${JSON.stringify(result.statuses)}${statements}`,
  );
  console.log(
    `  CPU (cores busy, per lookup): machine ${cores(busyMs)}; server process ${cores(serverMs)}, ${per(serverMs)}; load generator ${cores(result.clientCpuMs)}, ${per(result.clientCpuMs)}; ` +
      `${pgMs === null ? '' : `PostgreSQL backends ${cores(pgMs)}, ${per(pgMs)}; `}the rest ${cores(busyMs - serverMs - result.clientCpuMs - (pgMs ?? 0))}, ${per(busyMs - serverMs - result.clientCpuMs - (pgMs ?? 0))}`,
  );
}
const sorted = [...rates].sort((a, b) => a - b);
console.log(`${database.driver}: median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} lookups/s over ${String(RUNS)} runs (${sorted.map((r) => r.toFixed(0)).join(', ')})`);
await app.close();
await database.close();
