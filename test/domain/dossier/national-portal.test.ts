import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CHANNEL_CODE,
  DOSSIER_STATUSES,
  NATIONAL_STATUS_CODE,
  NATIONAL_STATUS_INFO,
  RESULT_METHOD_CODE,
  channelFromCode,
  formatPortalDateTime,
  parsePortalDateTime,
  resultMethodFromCode,
} from '../../../src/domain/dossier/index.js';

describe('national portal status codes', () => {
  it('uses the de facto codes 1–10', () => {
    assert.equal(NATIONAL_STATUS_CODE['awaiting-handover'], 1);
    assert.equal(NATIONAL_STATUS_CODE.received, 2);
    assert.equal(NATIONAL_STATUS_CODE.refused, 3);
    assert.equal(NATIONAL_STATUS_CODE.processing, 4);
    assert.equal(NATIONAL_STATUS_CODE['supplement-requested'], 5);
    assert.equal(NATIONAL_STATUS_CODE['financial-obligation'], 6);
    assert.equal(NATIONAL_STATUS_CODE.withdrawn, 7);
    assert.equal(NATIONAL_STATUS_CODE.stopped, 8);
    assert.equal(NATIONAL_STATUS_CODE.processed, 9);
    assert.equal(NATIONAL_STATUS_CODE['result-with-post'], 9);
    assert.equal(NATIONAL_STATUS_CODE.returned, 10);
  });

  it('every portal code is used by at least one of our statuses', () => {
    const used = new Set(DOSSIER_STATUSES.map((s) => NATIONAL_STATUS_CODE[s]));
    for (const code of Object.keys(NATIONAL_STATUS_INFO)) assert.ok(used.has(Number(code) as 1), code);
  });
});

describe('channel and result-method codes', () => {
  it('channel: 1 in person, 2 online, 3 postal, and back', () => {
    assert.deepEqual(CHANNEL_CODE, { 'in-person': 1, online: 2, postal: 3 });
    assert.equal(channelFromCode(3), 'postal');
    assert.equal(channelFromCode(4), null);
  });

  it('result method: 0 in person, 1 by post, and back', () => {
    assert.deepEqual(RESULT_METHOD_CODE, { 'in-person': 0, postal: 1 });
    assert.equal(resultMethodFromCode(1), 'postal');
    assert.equal(resultMethodFromCode(2), null);
  });
});

describe('portal date-times are yyyyMMddHHmmss in Vietnam time', () => {
  it('shifts a UTC instant to UTC+7, across midnight and year end', () => {
    assert.equal(formatPortalDateTime(new Date('2025-07-01T02:03:04Z')), '20250701090304');
    assert.equal(formatPortalDateTime(new Date('2025-12-31T17:00:00Z')), '20260101000000');
    assert.equal(formatPortalDateTime(Date.UTC(2024, 1, 29, 16, 59, 59)), '20240229235959');
  });

  it('parses back to the same instant', () => {
    assert.equal(parsePortalDateTime('20260101000000')?.toISOString(), '2025-12-31T17:00:00.000Z');
  });

  it('rejects text that names no real moment', () => {
    for (const text of ['20250231120000', '20250701240000', '2025070109030', 'abcdefghijklmn']) {
      assert.equal(parsePortalDateTime(text), null, text);
    }
  });

  it('round-trips every whole second (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const whole = ms - (ms % 1000);
        return parsePortalDateTime(formatPortalDateTime(whole))?.getTime() === whole;
      }),
    );
  });

  it('refuses an invalid Date instead of printing NaN', () => {
    assert.throws(() => formatPortalDateTime(new Date('nope')), RangeError);
  });
});
