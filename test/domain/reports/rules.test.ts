import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { countsTowardPostalShare, processingOutcome, ratio, shareAgainstTarget, transitOutcome } from '../../../src/domain/reports/rules.js';
import { parsePlainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;

describe('the postal share (R4, R11)', () => {
  test('a procedure counts only from the day its postal decision took effect', () => {
    const decided = { postalOffered: true, postalSince: d('2025-07-01') };
    assert.equal(countsTowardPostalShare(decided, d('2025-06-30')), false);
    assert.equal(countsTowardPostalShare(decided, d('2025-07-01')), true);
    assert.equal(countsTowardPostalShare({ postalOffered: true, postalSince: null }, d('2019-01-01')), true, 'no date: offered since before the data');
    assert.equal(countsTowardPostalShare({ postalOffered: false, postalSince: d('2025-07-01') }, d('2025-08-01')), false, 'withdrawn from the post');
  });

  test('the share against the 30 % target, with how many more dossiers it needed', () => {
    assert.deepEqual(shareAgainstTarget(3, 10, 30), { eligible: 10, byPost: 3, ratio: 0.3, targetPercent: 30, meetsTarget: true, shortfall: 0 });
    assert.deepEqual(shareAgainstTarget(2, 10, 30), { eligible: 10, byPost: 2, ratio: 0.2, targetPercent: 30, meetsTarget: false, shortfall: 1 });
    assert.deepEqual(shareAgainstTarget(1, 4, 30), { eligible: 4, byPost: 1, ratio: 0.25, targetPercent: 30, meetsTarget: false, shortfall: 1 });
    assert.deepEqual(shareAgainstTarget(0, 0, 30), { eligible: 0, byPost: 0, ratio: null, targetPercent: 30, meetsTarget: null, shortfall: 0 });
  });

  test('property: the target is met exactly when the shortfall is zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (eligible, pct, target) => {
        const byPost = Math.floor((eligible * pct) / 100);
        const share = shareAgainstTarget(byPost, eligible, target);
        assert.equal(share.meetsTarget, share.shortfall === 0);
        assert.ok(shareAgainstTarget(byPost + share.shortfall, eligible, target).meetsTarget);
      }),
    );
  });

  test('no dossiers is "no data", not 0 %', () => {
    assert.equal(ratio(0, 0), null);
    assert.equal(ratio(0, 5), 0);
  });
});

describe('on time', () => {
  const due = new Date('2025-03-10T10:00:00Z');
  test('processing: decided by the due date, late after it, and still open past it counts late', () => {
    assert.equal(processingOutcome(due, new Date('2025-03-10T10:00:00Z'), new Date('2026-01-01')), 'on-time');
    assert.equal(processingOutcome(due, new Date('2025-03-10T10:00:01Z'), new Date('2026-01-01')), 'late');
    assert.equal(processingOutcome(due, null, new Date('2025-03-10T10:00:01Z')), 'late');
    assert.equal(processingOutcome(due, null, new Date('2025-03-10T09:00:00Z')), 'open');
    assert.equal(processingOutcome(null, null, new Date('2025-03-10T09:00:00Z')), 'no-due-date');
  });

  test('transit: handed to the desk by day J+n', () => {
    assert.equal(transitOutcome(d('2025-03-04'), d('2025-03-04'), d('2025-12-31')), 'on-time');
    assert.equal(transitOutcome(d('2025-03-04'), d('2025-03-05'), d('2025-12-31')), 'late');
    assert.equal(transitOutcome(d('2025-03-04'), null, d('2025-03-05')), 'late', 'still on its way after the limit');
    assert.equal(transitOutcome(d('2025-03-04'), null, d('2025-03-04')), 'in-transit');
    assert.equal(transitOutcome(null, null, d('2025-03-04')), 'not-applicable');
  });
});
