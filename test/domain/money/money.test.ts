import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dong, formatDong, dongInWords, integerInWords, MoneyError, sumDong } from '../../../src/domain/money/index.js';

describe('dong() accepts only safe whole numbers of đồng', () => {
  it('brands integers, including negatives and zero', () => {
    assert.equal(dong(26000), 26000);
    assert.equal(dong(-13000), -13000);
    assert.ok(Object.is(dong(-0), 0), '-0 is normalised to 0');
  });

  for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`rejects ${String(bad)} as not an integer`, () => {
      assert.throws(() => dong(bad), (e: unknown) => e instanceof MoneyError && e.code === 'not-an-integer');
    });
  }

  it('rejects integers beyond 2^53', () => {
    assert.throws(() => dong(2 ** 60), (e: unknown) => e instanceof MoneyError && e.code === 'unsafe-integer');
  });

  it('sums amounts exactly', () => {
    assert.equal(sumDong([dong(30500), dong(32500), dong(8000)]), 71000);
  });
});

describe('formatDong groups thousands with "." and writes "đ"', () => {
  const cases: Array<[number, string]> = [
    [0, '0 đ'],
    [5, '5 đ'],
    [999, '999 đ'],
    [1000, '1.000 đ'],
    [26000, '26.000 đ'],
    [1234567, '1.234.567 đ'],
    [-15250, '-15.250 đ'],
  ];
  for (const [n, text] of cases) {
    it(`${String(n)} → "${text}"`, () => assert.equal(formatDong(dong(n)), text));
  }
});

describe('dongInWords reads amounts the way receipts write them', () => {
  const cases: Array<[number, string]> = [
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [4, 'Bốn đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [55, 'Năm mươi lăm đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [1000, 'Một nghìn đồng'],
    [1005, 'Một nghìn không trăm linh năm đồng'],
    [1010, 'Một nghìn không trăm mười đồng'],
    [1021, 'Một nghìn không trăm hai mươi mốt đồng'],
    [2200, 'Hai nghìn hai trăm đồng'],
    [8000, 'Tám nghìn đồng'],
    [15250, 'Mười lăm nghìn hai trăm năm mươi đồng'],
    [26000, 'Hai mươi sáu nghìn đồng'],
    [30500, 'Ba mươi nghìn năm trăm đồng'],
    [105000, 'Một trăm linh năm nghìn đồng'],
    [1000000, 'Một triệu đồng'],
    [1000005, 'Một triệu không trăm linh năm đồng'],
    [1050000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [1500000000, 'Một tỷ năm trăm triệu đồng'],
    [1005000000, 'Một tỷ không trăm linh năm triệu đồng'],
    [2000000000000, 'Hai nghìn tỷ đồng'],
    [2500000000000, 'Hai nghìn năm trăm tỷ đồng'],
    [1000500000000, 'Một nghìn tỷ năm trăm triệu đồng'],
    [1000000000000000, 'Một triệu tỷ đồng'],
    [-13000, 'Âm mười ba nghìn đồng'],
  ];
  for (const [n, words] of cases) {
    it(`${String(n)} → "${words}"`, () => assert.equal(dongInWords(dong(n)), words));
  }

  it('writes NFC text so that printing and comparison agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const words = dongInWords(dong(n));
        return words === words.normalize('NFC') && words.endsWith(' đồng') && !words.includes('  ');
      }),
    );
  });

  it('reads every safe integer without throwing, and negatives as "âm" + the positive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        return integerInWords(-n) === `âm ${integerInWords(n)}`;
      }),
    );
  });
});
