import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentUnitOf, looseName } from '../../../src/domain/address/unit-succession.js';

const current = [
  { code: '25195', fullName: 'Phường Bình Phước', parentCode: '75', mergedFromText: 'Phường Tân Phú, Phường Tân Đồng, Xã Tiến Hưng' },
  { code: '25210', fullName: 'Phường Đồng Xoài', parentCode: '75', mergedFromText: 'Phường Tiến Thành, Xã Tân Thành (thành phố Đồng Xoài)' },
  { code: '26000', fullName: 'Xã Tân Thành', parentCode: '75', mergedFromText: 'Xã Tân Thành (huyện Bù Đốp), Xã Hoà Bình' },
];

describe('the current unit of an older address', () => {
  it('keeps a code still in force', () => {
    assert.deepEqual(currentUnitOf('25195', current, undefined, null), { kind: 'current', code: '25195' });
  });
  it('finds the unit an old one was merged into, by name, whatever the tone-mark style', () => {
    assert.deepEqual(currentUnitOf('25200', current, { code: '25200', fullName: 'Phường Tân Đồng', parentCode: '689' }, null), { kind: 'merged', code: '25195' });
    assert.deepEqual(currentUnitOf('26999', current, { code: '26999', fullName: 'Xã Hòa Bình', parentCode: '700' }, null), { kind: 'merged', code: '26000' });
    assert.equal(looseName('Phường Hoà Bình'), looseName('phường hòa  bình'));
  });
  it('tells two old units of the same name apart by their old district, or says it cannot', () => {
    const old = { code: '25300', fullName: 'Xã Tân Thành', parentCode: '689' };
    assert.deepEqual(currentUnitOf('25300', current, old, 'Thành phố Đồng Xoài'), { kind: 'merged', code: '25210' });
    assert.deepEqual(currentUnitOf('25300', current, old, 'Huyện Bù Đốp'), { kind: 'merged', code: '26000' });
    assert.deepEqual(currentUnitOf('25300', current, old, null), { kind: 'ambiguous', candidates: ['25210', '26000'] });
    assert.deepEqual(currentUnitOf('99999', current, undefined, null), { kind: 'unknown' });
  });
});
