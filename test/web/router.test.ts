import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchRoute, procedurePath, trackingPath } from '../../src/web/router.js';

describe('the web app’s routes', () => {
  test('fixed paths, with or without a trailing slash', () => {
    assert.deepEqual(matchRoute('/'), { id: 'home' });
    assert.deepEqual(matchRoute('/tra-cuu/'), { id: 'tracking' });
    assert.deepEqual(matchRoute('/dat-lich/da-gui'), { id: 'bookingDone' });
  });

  test('a code after /thu-tuc or /tra-cuu is that page’s parameter, decoded', () => {
    assert.deepEqual(matchRoute(procedurePath('1.001193')), { id: 'procedure', code: '1.001193' });
    assert.deepEqual(matchRoute(trackingPath('000.00.21.H19-260213-0001')), { id: 'trackingResult', code: '000.00.21.H19-260213-0001' });
    assert.deepEqual(matchRoute('/tra-cuu/EA%20123'), { id: 'trackingResult', code: 'EA 123' });
  });

  test('deeper paths and malformed escapes are no page', () => {
    assert.deepEqual(matchRoute('/tra-cuu/a/b'), { id: 'notFound' });
    assert.deepEqual(matchRoute('/tra-cuu/%E0%A4%A'), { id: 'notFound' });
    assert.deepEqual(matchRoute('/khong-co'), { id: 'notFound' });
  });
});
