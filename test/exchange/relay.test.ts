import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { organisations } from '../../src/catalog/catalog.schema.js';
import { loadReferenceData } from '../../src/catalog/reference-data.js';
import { recordEvent } from '../../src/exchange/events.js';
import { outbox, webhookAttempts, webhookSubscriptions } from '../../src/exchange/exchange.schema.js';
import { createRelay, replayDead } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { generateWebhookSecret } from '../../src/exchange/webhook-signature.js';
import type { Database } from '../../src/platform/db/client.js';
import { openTestDatabase } from '../support/database.js';
import { type Receiver, startReceiver } from './support.js';

describe('outbox relay and signed webhooks', () => {
  let database: Database;
  let receiver: Receiver;
  let secrets: string[];
  let subscriptionId: string;
  let clock: Date;
  const now = () => clock;
  const send = createWebhookSender({ timeoutMs: 2000 });
  let dossierSeq = 0;

  before(async () => {
    database = await openTestDatabase();
    await loadReferenceData(database.db);
  });
  after(async () => {
    await receiver.close();
    await database.close();
  });

  beforeEach(async () => {
    // Outbox rows are stamped with the database's clock: the test clock runs a little ahead of it.
    clock = new Date(Date.now() + 5000);
    secrets = [generateWebhookSecret()];
    await receiver?.close();
    receiver = await startReceiver(() => secrets);
    await database.db.update(webhookSubscriptions).set({ active: false });
    const [org] = await database.db.select().from(organisations).where(eq(organisations.code, 'P75-UBND'));
    assert.ok(org);
    const [sub] = await database.db
      .insert(webhookSubscriptions)
      .values({ name: 'partner one-stop', organisationId: org.id, url: receiver.url, eventTypes: ['*'], secret: secrets[0] ?? '', allowPrivateNetwork: true })
      .returning();
    assert.ok(sub);
    subscriptionId = sub.id;
  });

  async function record(dossierCode: string, n: number) {
    return database.db.transaction(async (tx) => {
      const events = [];
      for (let i = 0; i < n; i += 1) {
        events.push(
          await recordEvent(tx, {
            type: 'dossier.supplement-requested',
            occurredAt: new Date(clock.getTime() + i * 1000),
            dossierCode,
            source: 'desk',
            data: { items: [`Giấy tờ số ${i + 1}`], requestedAt: new Date(clock.getTime() + i * 1000).toISOString() },
          }),
        );
      }
      return events;
    });
  }

  const nextDossier = () => `000.00.17.H19-260302-${String((dossierSeq += 1)).padStart(4, '0')}`;

  test('an event is delivered exactly as signed, and the standardwebhooks library verifies it', async () => {
    const dossier = nextDossier();
    const [event] = await record(dossier, 1);
    const relay = createRelay({ db: database.db, send, now });
    const result = await relay.runOnce();
    assert.equal(result.delivered, 1);
    assert.equal(receiver.received.length, 1);
    const got = receiver.received[0];
    assert.equal(got?.id, event?.id);
    assert.equal(got?.payload.type, 'dossier.supplement-requested');
    assert.equal(got?.payload.dossierCode, dossier);
    assert.deepEqual(got?.payload.data, event?.data);
  });

  test('a receiver that fails 3 times then succeeds gets the event once more, and later events of that dossier wait for it', async () => {
    const dossier = nextDossier();
    const events = await record(dossier, 3);
    const relay = createRelay({ db: database.db, send, now, random: () => 0.5, options: { baseDelayMs: 1000 } });
    receiver.failNext(3);
    for (let round = 0; round < 10 && receiver.received.length < 3; round += 1) {
      await relay.runOnce();
      // Small steps: receivers refuse signatures more than 5 minutes from their own clock.
      clock = new Date(clock.getTime() + 20_000);
    }
    assert.deepEqual(receiver.received.map((r) => r.id), events.map((e) => e.id), 'all three, once each, in order');
    const attempts = await database.db.select().from(webhookAttempts);
    const failed = attempts.filter((a) => a.statusCode === 500);
    assert.equal(failed.length, 3);
  });

  test('a relay killed mid-batch loses nothing: the leases run out and another worker delivers', async () => {
    const dossiers = [nextDossier(), nextDossier(), nextDossier()];
    for (const d of dossiers) await record(d, 2);
    const dying = createRelay({ db: database.db, send, now, options: { leaseMs: 30_000 } });
    const claimed = await dying.claim(); // then the process "dies" before delivering
    assert.equal(claimed.length, 3, 'one event per dossier is claimable at a time');
    const survivor = createRelay({ db: database.db, send, now });
    assert.equal((await survivor.runOnce()).claimed, 0, 'leased rows are not taken while the lease holds');
    clock = new Date(clock.getTime() + 31_000);
    while ((await survivor.runOnce()).claimed > 0) { /* drain */ }
    const got = receiver.received.filter((r) => dossiers.includes(r.payload.dossierCode ?? ''));
    assert.equal(got.length, 6);
    for (const d of dossiers) {
      const forDossier = got.filter((r) => r.payload.dossierCode === d).map((r) => (r.payload.data['items'] as string[])[0]);
      assert.deepEqual(forDossier, ['Giấy tờ số 1', 'Giấy tờ số 2']);
    }
  });

  test('two relay workers at once deliver every event exactly once, in order per dossier', async () => {
    const dossiers = Array.from({ length: 20 }, () => nextDossier());
    for (const d of dossiers) await record(d, 3);
    const workers = [createRelay({ db: database.db, send, now, options: { batchSize: 7 } }), createRelay({ db: database.db, send, now, options: { batchSize: 7 } })];
    let busy = true;
    while (busy) {
      const results = await Promise.all(workers.map((w) => w.runOnce()));
      busy = results.some((r) => r.claimed > 0);
    }
    const got = receiver.received.filter((r) => dossiers.includes(r.payload.dossierCode ?? ''));
    assert.equal(got.length, 60);
    assert.equal(new Set(got.map((r) => r.id)).size, 60, 'no duplicates');
    for (const d of dossiers) {
      const order = got.filter((r) => r.payload.dossierCode === d).map((r) => (r.payload.data['items'] as string[])[0]);
      assert.deepEqual(order, ['Giấy tờ số 1', 'Giấy tờ số 2', 'Giấy tờ số 3'], d);
    }
  });

  test('after the last attempt a row is dead and holds the dossier back until an administrator replays it', async () => {
    const dossier = nextDossier();
    const [first, second] = await record(dossier, 2);
    const relay = createRelay({ db: database.db, send, now, random: () => 0, options: { maxAttempts: 2, baseDelayMs: 1000 } });
    receiver.failNext(2);
    await relay.runOnce();
    clock = new Date(clock.getTime() + 10_000);
    await relay.runOnce();
    const [row] = await database.db.select().from(outbox).where(sql`${outbox.subscriptionId} = ${subscriptionId} and ${outbox.status} = 'dead'`);
    assert.ok(row, 'the first event is dead');
    clock = new Date(clock.getTime() + 20_000);
    assert.equal((await relay.runOnce()).claimed, 0, 'the second event waits behind the dead one');
    assert.equal(await replayDead(database.db, row.id, clock), true);
    await relay.runOnce();
    await relay.runOnce();
    assert.deepEqual(receiver.received.map((r) => r.id), [first?.id, second?.id]);
  });

  test('a private or loopback address is refused unless an administrator allowed it', async () => {
    await database.db.update(webhookSubscriptions).set({ allowPrivateNetwork: false }).where(eq(webhookSubscriptions.id, subscriptionId));
    await record(nextDossier(), 1);
    const relay = createRelay({ db: database.db, send, now });
    const result = await relay.runOnce();
    assert.equal(result.failed, 1);
    assert.equal(receiver.received.length, 0);
    const attempts = await database.db.select().from(webhookAttempts).where(sql`${webhookAttempts.error} like '%private or loopback%'`);
    assert.ok(attempts.length >= 1);
  });

  test('during a secret rotation both secrets sign: a receiver still holding the old one verifies', async () => {
    const old = secrets[0] ?? '';
    const fresh = generateWebhookSecret();
    await database.db
      .update(webhookSubscriptions)
      .set({ secret: fresh, previousSecret: old, previousSecretExpiresAt: new Date(clock.getTime() + 86_400_000) })
      .where(eq(webhookSubscriptions.id, subscriptionId));
    secrets = [old];
    await record(nextDossier(), 1);
    await createRelay({ db: database.db, send, now }).runOnce();
    assert.equal(receiver.received.length, 1);
    secrets = [fresh];
    await record(nextDossier(), 1);
    await createRelay({ db: database.db, send, now }).runOnce();
    assert.equal(receiver.received.length, 2);
  });

  test('an event whose data does not match its schema is refused and nothing is written', async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    await assert.rejects(
      database.db.transaction((tx) =>
        recordEvent(tx, { type: 'dossier.refused', occurredAt: clock, dossierCode: nextDossier(), source: 'desk', data: { reason: 42 } as unknown as { reason: string } }),
      ),
      /Invalid dossier.refused data/,
    );
    const afterCount = await database.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    assert.deepEqual(afterCount, before);
  });
});
