import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkVietQr, crc16, vietQrPayload } from '../../../src/domain/money/vietqr.js';

describe('VietQR payload', () => {
  it('uses CRC-16/CCITT-FALSE (check value of "123456789" is 29B1)', () => {
    assert.equal(crc16('123456789'), '29B1');
  });

  it('builds the NAPAS transfer fields with the amount and message, and a valid checksum', () => {
    const payload = vietQrPayload({ bankBin: '970403', accountNumber: '0011012345678', amount: 1_258_000, message: 'PG 260304-RR100000003VN' });
    assert.ok(payload.startsWith('000201010212'), 'dynamic code, with an amount');
    assert.ok(payload.includes('0010A000000727'), 'NAPAS identifier');
    assert.ok(payload.includes('0006970403011300110123456780208QRIBFTTA'), 'bank, account, transfer service');
    assert.ok(payload.includes('5303704'), 'đồng');
    assert.ok(payload.includes('54071258000'), 'amount');
    assert.ok(payload.includes('5802VN'));
    assert.ok(payload.includes('62270823PG 260304-RR100000003VN'), 'message');
    assert.equal(payload.slice(-4), crc16(payload.slice(0, -4)));
  });

  it('a code without an amount is static', () => {
    assert.ok(vietQrPayload({ bankBin: '970403', accountNumber: '123' }).startsWith('000201010211'));
  });

  it('refuses what a bank app would reject', () => {
    assert.equal(checkVietQr({ bankBin: '97040', accountNumber: '1' }), 'bank-bin');
    assert.equal(checkVietQr({ bankBin: '970403', accountNumber: '' }), 'account-number');
    assert.equal(checkVietQr({ bankBin: '970403', accountNumber: '1', amount: 1.5 }), 'amount');
    assert.equal(checkVietQr({ bankBin: '970403', accountNumber: '1', message: 'Phí hồ sơ' }), 'message');
    assert.throws(() => vietQrPayload({ bankBin: 'x', accountNumber: '1' }), RangeError);
  });
});
