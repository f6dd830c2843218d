import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTokenBuckets } from '../../src/tracking/rate-limit.js';

describe('token buckets per client', () => {
  test('a full bucket is the burst; then one token every 60/rate seconds, and Retry-After says when', () => {
    let now = 0;
    const buckets = createTokenBuckets({ perMinute: 30, now: () => now });
    for (let i = 0; i < 30; i += 1) assert.deepEqual(buckets.take('a'), { ok: true }, `lookup ${i + 1}`);
    assert.deepEqual(buckets.take('a'), { ok: false, retryAfterSeconds: 2 }, '30 a minute: one every 2 s');
    assert.deepEqual(buckets.take('b'), { ok: true }, 'another client has its own bucket');
    now += 1_000;
    assert.deepEqual(buckets.take('a'), { ok: false, retryAfterSeconds: 1 });
    now += 1_000;
    assert.deepEqual(buckets.take('a'), { ok: true });
    assert.equal(buckets.take('a').ok, false);
    now += 10 * 60_000;
    for (let i = 0; i < 30; i += 1) assert.equal(buckets.take('a').ok, true, 'refilled up to the burst, not beyond');
    assert.equal(buckets.take('a').ok, false);
  });

  test('a penalty empties the bucket by its cost, never below empty', () => {
    let now = 0;
    const buckets = createTokenBuckets({ perMinute: 30, now: () => now });
    buckets.take('a');
    buckets.penalise('a', 10);
    for (let i = 0; i < 19; i += 1) assert.equal(buckets.take('a').ok, true);
    assert.equal(buckets.take('a').ok, false, '1 + 10 + 19 = 30');
    buckets.penalise('a', 10);
    now += 2_000;
    assert.equal(buckets.take('a').ok, true, 'an empty bucket refills as usual after a penalty');
  });

  test('memory is bounded: the least recently seen client is forgotten first', () => {
    const now = 0;
    const buckets = createTokenBuckets({ perMinute: 1, maxClients: 3, now: () => now });
    for (const client of ['a', 'b', 'c']) assert.equal(buckets.take(client).ok, true);
    assert.equal(buckets.take('a').ok, false, 'a is now the most recently seen');
    assert.equal(buckets.take('d').ok, true);
    assert.equal(buckets.size, 3);
    assert.equal(buckets.take('a').ok, false, 'a was kept');
    assert.equal(buckets.take('b').ok, true, 'b, the least recent, was forgotten and starts again full');
  });
});
