import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDelay, processingTimeOf } from '../../../src/domain/dossier/legal-time.js';

describe('desk time rules', () => {
  const methods = [
    { method: 'Trực tiếp', processingTimeValue: 5, processingTimeUnit: 'Ngày làm việc' },
    { method: 'Dịch vụ bưu chính', processingTimeValue: 7, processingTimeUnit: 'Ngày' },
    { method: 'Trực tuyến', processingTimeValue: 4, processingTimeUnit: 'Giờ' },
  ];

  it('takes the processing time published for the channel, in working days or hours', () => {
    assert.deepEqual(processingTimeOf(methods, 'in-person'), { workingDays: 5 });
    assert.deepEqual(processingTimeOf(methods, 'postal'), { workingDays: 7 });
    assert.deepEqual(processingTimeOf(methods, 'online'), { workingHours: 4 });
  });

  it('falls back to the in-person time, and says when there is none', () => {
    assert.deepEqual(processingTimeOf([methods[0] ?? { method: '' }], 'postal'), { workingDays: 5 });
    assert.equal(processingTimeOf([{ method: 'Trực tiếp', processingTimeValue: null, processingTimeUnit: null }], 'postal'), null);
    assert.equal(processingTimeOf([], 'postal'), null);
  });

  it('moves a due date once, with the notice sent on a day before the due day, to a later date', () => {
    const due = new Date('2026-03-10T09:00:00Z'); // 16:00 on 10 March in Vietnam
    const later = new Date('2026-03-12T09:00:00Z');
    assert.deepEqual(checkDelay(new Date('2026-03-09T16:59:00Z'), due, later, false), { ok: true }, '23:59 on 9 March in Vietnam is still the day before');
    assert.deepEqual(checkDelay(new Date('2026-03-09T17:00:00Z'), due, later, false), { ok: false, reason: 'too-late', lastDay: '2026-03-10' });
    assert.deepEqual(checkDelay(new Date('2026-03-05T02:00:00Z'), due, due, false), { ok: false, reason: 'not-later', lastDay: null });
    assert.deepEqual(checkDelay(new Date('2026-03-05T02:00:00Z'), due, later, true), { ok: false, reason: 'already-moved', lastDay: null });
  });
});
