/**
 * Intakes per second: each one a complete dossier taken in by the service, as the API does it:
 * the tally checked, postage quoted, an item number issued, the item, its first custody
 * transfer, the `dossier.taken-in` and `item.custody-changed` events and their outbox rows (one
 * subscriber) written in one transaction, the answer kept under its idempotency key.
 * Usage: BENCH_DATABASE_URL=postgres://… npx tsx bench/intake.ts   (PGlite without it)
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openBenchDatabase } from './support.js';
import { accounts } from '../src/admin/admin.schema.js';
import { loadDemoData } from '../src/admin/demo-data.js';
import { organisationSubtree } from '../src/admin/scope.js';
import { organisations } from '../src/catalog/catalog.schema.js';
import { webhookSubscriptions } from '../src/exchange/exchange.schema.js';
import { loadConfig } from '../src/platform/config.js';
import { createServices } from '../src/services.js';

const INTAKES = Number(process.env['BENCH_INTAKES'] ?? 1000);
const CONCURRENCY = Number(process.env["BENCH_CONCURRENCY"] ?? 16);
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const database = await openBenchDatabase(CONCURRENCY + 2);
await loadDemoData(database.db);
const config = loadConfig({ NODE_ENV: 'test' });
const services = createServices(database, config);
const [clerk] = await database.db.select().from(accounts).where(eq(accounts.username, 'giaodichvien'));
const [desk] = await database.db.select().from(organisations).where(eq(organisations.code, 'X26041-TTPVHCC'));
if (clerk === undefined || desk === undefined) throw new Error('demo data missing');
await database.db.insert(webhookSubscriptions).values({ name: 'bench desk', organisationId: desk.id, url: 'http://127.0.0.1:9/none', eventTypes: ['*'], secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
const actor = { accountId: clerk.id, organisationId: clerk.organisationId, visibleOrganisationIds: await organisationSubtree(database.db, clerk.organisationId) };
const checklist = await services.postal.intake.checklist('1.001193');
const tally = checklist.items.map((i) => ({ id: i.id, status: i.required ? ('present' as const) : ('not-applicable' as const), copyKind: i.required ? ('original' as const) : null, note: null }));

let next = 0;
let failed = 0;
const cpuBefore = process.cpuUsage();
const start = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < INTAKES) {
      next += 1;
      const n = next;
      const result = await services.postal.intake.takeIn(actor, `bench-intake-${n}`, {
        procedureCode: '1.001193',
        serviceForm: 'both',
        place: 'post-office',
        applicant: { name: 'Nguyễn Thị Hoà', phone: '0912345678', address: `${n} Đường Võ Thị Sáu`, unitCode: '26041' },
        tally,
        weightGrams: 100,
        signatures: { citizen: SIGNATURE, staff: SIGNATURE },
      });
      if (result.status !== 201) failed += 1;
    }
  }),
);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuBefore);
console.log(`node process CPU: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of ${seconds.toFixed(1)} s`);
console.log(`${database.driver}: ${INTAKES} intakes, ${CONCURRENCY} at a time: ${(INTAKES / seconds).toFixed(0)} intakes/s (${((seconds * 1000) / INTAKES).toFixed(2)} ms each on average), ${failed} failed`);
await database.close();
