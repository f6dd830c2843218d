import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pickupSlots } from '../../src/web/pages/booking/pickup-window.js';

describe('pickup windows offered on the booking form', () => {
  test('Saturday 09:00 in Vietnam: the morning has started, the afternoon is offered; Sunday is skipped', () => {
    // 2026-11-28 is a Saturday; 02:00Z is 09:00 in Vietnam.
    const slots = pickupSlots(new Date('2026-11-28T02:00:00Z'), 3);
    assert.deepEqual(
      slots.map((s) => s.key),
      ['2026-11-28-afternoon', '2026-11-30-morning', '2026-11-30-afternoon', '2026-12-01-morning', '2026-12-01-afternoon'],
    );
    assert.deepEqual(slots[0], { key: '2026-11-28-afternoon', day: '2026-11-28', part: 'afternoon', from: '2026-11-28T13:30:00+07:00', to: '2026-11-28T17:00:00+07:00' });
  });

  test('late on a Monday evening (after 17:00 UTC) the day in Vietnam is already Tuesday', () => {
    // 2026-11-30T18:00Z is Tuesday 1 December, 01:00 in Vietnam.
    const slots = pickupSlots(new Date('2026-11-30T18:00:00Z'), 1);
    assert.deepEqual(slots.map((s) => s.key), ['2026-12-01-morning', '2026-12-01-afternoon']);
  });
});
