/**
 * The postal outbox's rules (src/web/staff/postal/outbox.ts, send.ts): writes leave it only when
 * the server accepted them; refusals stay with their reasons; what the device stored is read
 * back, and what it cannot read is kept aside, never dropped.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EMPTY_OUTBOX,
  type OutboxEntry,
  decodeOutbox,
  enqueue,
  itemsInOutbox,
  markRefused,
  markSent,
  markTried,
  pathOf,
  pickupsInOutbox,
  refusedEntries,
  removeEntry,
  replaceEntry,
  waitingEntries,
} from '../../src/web/staff/postal/outbox.js';
import { classifyAnswer } from '../../src/web/staff/postal/send.js';

function entry(id: string, kind: OutboxEntry['kind'], extra: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id,
    key: `key-${id}`,
    kind,
    itemNumber: kind === 'intake' ? null : 'RR100000007VN',
    body: { a: 1 },
    summary: { itemNumber: null, name: 'Lê Thị Mai', pickupId: kind === 'intake' ? `pickup-${id}` : null },
    createdAt: '2026-03-02T02:00:00.000Z',
    status: 'waiting',
    problem: null,
    tries: 0,
    ...extra,
  };
}

const refusal = { status: 409, code: 'CUSTODY_CONFLICT', title: 'Conflict', detail: 'not yours', errors: [], missing: [], guidanceSlip: null };

describe('the postal outbox', () => {
  test('each kind of write goes to its own path, the item number escaped', () => {
    assert.equal(pathOf({ kind: 'intake', itemNumber: null }), '/api/v1/postal/intakes');
    assert.equal(pathOf({ kind: 'delivery', itemNumber: 'RR100000007VN' }), '/api/v1/postal/items/RR100000007VN/delivery');
    assert.equal(pathOf({ kind: 'attempt', itemNumber: 'RR100000007VN' }), '/api/v1/postal/items/RR100000007VN/delivery-attempts');
    assert.equal(pathOf({ kind: 'scan', itemNumber: 'A/B' }), '/api/v1/postal/items/A%2FB/scans');
  });

  test('writes wait in the order they were made; a sent one leaves with its item number remembered', () => {
    let state = enqueue(enqueue(enqueue(EMPTY_OUTBOX, entry('1', 'intake')), entry('2', 'scan')), entry('3', 'delivery'));
    assert.deepEqual(waitingEntries(state).map((e) => e.id), ['1', '2', '3']);
    state = markTried(state, '1');
    assert.equal(state.entries[0]?.tries, 1);
    state = markSent(state, '1', '2026-03-02T02:01:00.000Z', 'RR100000015VN');
    assert.deepEqual(waitingEntries(state).map((e) => e.id), ['2', '3']);
    assert.deepEqual(state.sent.map((s) => [s.id, s.kind, s.itemNumber]), [['1', 'intake', 'RR100000015VN']]);
  });

  test('a refused write stays, marked, until corrected or discarded', () => {
    let state = markRefused(enqueue(EMPTY_OUTBOX, entry('1', 'delivery')), '1', refusal);
    assert.deepEqual(waitingEntries(state), []);
    assert.deepEqual(refusedEntries(state).map((e) => [e.id, e.problem?.code]), [['1', 'CUSTODY_CONFLICT']]);
    state = replaceEntry(state, '1', entry('1b', 'delivery', { key: 'new-key' }));
    assert.deepEqual(waitingEntries(state).map((e) => [e.id, e.key]), [['1b', 'new-key']]);
    assert.deepEqual(removeEntry(state, '1b').entries, []);
  });

  test('the round knows which pickups and items still have a write waiting', () => {
    const state = enqueue(enqueue(enqueue(EMPTY_OUTBOX, entry('1', 'intake')), entry('2', 'attempt')), entry('3', 'scan', { itemNumber: 'RR100000023VN' }));
    assert.deepEqual([...pickupsInOutbox(state)], ['pickup-1']);
    assert.deepEqual([...itemsInOutbox(state)], ['RR100000007VN'], 'a scan alone is not a delivery waiting');
  });

  test('only the last ten sent writes are remembered', () => {
    let state = EMPTY_OUTBOX;
    for (let i = 0; i < 12; i += 1) state = markSent(enqueue(state, entry(String(i), 'scan')), String(i), '2026-03-02T02:00:00.000Z', null);
    assert.equal(state.sent.length, 10);
    assert.equal(state.sent[0]?.id, '11');
  });

  test('what was stored reads back; an entry that does not read is kept aside, not lost', () => {
    const good = entry('1', 'intake');
    const stored = JSON.stringify({ entries: [good, { id: 'x', kind: 'teleport' }], sent: [], unreadable: ['older'] });
    const read = decodeOutbox(stored);
    assert.deepEqual(read.entries, [good]);
    assert.deepEqual(read.unreadable, ['older', { id: 'x', kind: 'teleport' }]);
    assert.deepEqual(decodeOutbox(null), EMPTY_OUTBOX);
    assert.deepEqual(decodeOutbox('{not json').unreadable, ['{not json']);
    // A refusal reads back with its extensions.
    const refused = decodeOutbox(JSON.stringify({ entries: [entry('2', 'intake', { status: 'refused', problem: { ...refusal, missing: [{ id: '1.5', document: 'Giấy chứng sinh' }], guidanceSlip: '/slip.pdf' } })] }));
    assert.deepEqual(refused.entries[0]?.problem?.missing, [{ id: '1.5', document: 'Giấy chứng sinh' }]);
  });
});

describe('what an answer means for a queued write', () => {
  test('2xx is sent (a replay too); 401 and a stale anti-forgery token wait for sign-in', () => {
    assert.deepEqual(classifyAnswer(201, { itemNumber: 'X' }, true), { kind: 'sent', status: 201, body: { itemNumber: 'X' }, replayed: true });
    assert.equal(classifyAnswer(401, { code: 'AUTH_REQUIRED', title: 't' }, false).kind, 'signed-out');
    assert.equal(classifyAnswer(403, { code: 'CSRF_TOKEN_INVALID', title: 't' }, false).kind, 'signed-out');
  });

  test('5xx, 408, 429 and answers that are not ours are tried again later, unchanged', () => {
    for (const status of [500, 503, 408, 429]) assert.equal(classifyAnswer(status, { code: 'INTERNAL', title: 't' }, false).kind, 'retry-later', String(status));
    assert.equal(classifyAnswer(409, '<html>proxy</html>', false).kind, 'retry-later');
  });

  test('a refusal keeps the reasons, the missing documents and the guidance slip', () => {
    const outcome = classifyAnswer(422, { code: 'INTAKE_INCOMPLETE', title: 'Incomplete', detail: 'Missing: X', missing: [{ id: '1.5', document: 'X' }], guidanceSlip: '/api/v1/postal/refusals/r/guidance-slip.pdf', errors: [{ in: 'body', name: 'tally', message: 'm' }] }, false);
    assert.equal(outcome.kind, 'refused');
    if (outcome.kind !== 'refused') return;
    assert.equal(outcome.problem.status, 422);
    assert.deepEqual(outcome.problem.missing, [{ id: '1.5', document: 'X' }]);
    assert.equal(outcome.problem.guidanceSlip, '/api/v1/postal/refusals/r/guidance-slip.pdf');
    assert.deepEqual(outcome.problem.errors, [{ name: 'tally', message: 'm' }]);
    assert.equal(classifyAnswer(403, { code: 'FORBIDDEN', title: 'no' }, false).kind, 'refused');
  });
});
