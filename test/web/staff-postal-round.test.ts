/** The order of a postman's round (src/web/staff/postal/round-order.ts): by area, then along each street. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressKey, compareAddresses, routeOrder } from '../../src/web/staff/postal/round-order.js';

const tranBien = { code: '26041', name: 'Phường Trấn Biên' };
const bienHoa = { code: '26068', name: 'Phường Biên Hòa' };
const anBinh = { code: '26050', name: 'Xã An Bình' };

describe('the round order', () => {
  test('an address is a house number and a street', () => {
    assert.deepEqual(addressKey('12/3 Đường Võ Thị Sáu, khu phố 3'), { number: '12/3', street: 'Đường Võ Thị Sáu, khu phố 3' });
    assert.deepEqual(addressKey('Số 7A, Đường Hà Huy Giáp'), { number: '7A', street: 'Đường Hà Huy Giáp' });
    assert.deepEqual(addressKey('Ấp 2, xã An Bình'), { number: '', street: 'Ấp 2, xã An Bình' });
  });

  test('one street comes together, in house-number order (9 before 10), streets in Vietnamese order', () => {
    const addresses = ['10 Đường Lê Lợi', '40 Đường Phan Chu Trinh', '9 Đường Lê Lợi', '3 Đường Cách Mạng Tháng Tám', '2 Đường Đồng Khởi', '5 Đường Dương Tử Giang'];
    assert.deepEqual([...addresses].sort(compareAddresses), ['3 Đường Cách Mạng Tháng Tám', '5 Đường Dương Tử Giang', '2 Đường Đồng Khởi', '9 Đường Lê Lợi', '10 Đường Lê Lợi', '40 Đường Phan Chu Trinh']);
  });

  test('pickups and deliveries share areas, ordered by name, with counts', () => {
    const pickups = [
      { id: 'p1', unit: tranBien, address: '40 Đường Phan Chu Trinh' },
      { id: 'p2', unit: bienHoa, address: '1 Đường Nguyễn Ái Quốc' },
    ];
    const deliveries = [
      { id: 'd1', unit: tranBien, address: '3 Đường Cách Mạng Tháng Tám' },
      { id: 'd2', unit: anBinh, address: 'Ấp 2' },
    ];
    const areas = routeOrder(pickups, deliveries);
    assert.deepEqual(areas.map((a) => [a.unit.name, a.pickups, a.deliveries]), [
      ['Phường Biên Hòa', 1, 0],
      ['Phường Trấn Biên', 1, 1],
      ['Xã An Bình', 0, 1],
    ]);
    assert.deepEqual(areas[1]?.stops.map((s) => (s.kind === 'pickup' ? s.pickup.id : s.delivery.id)), ['d1', 'p1']);
  });

  test('nothing to do is no area', () => {
    assert.deepEqual(routeOrder([], []), []);
  });
});
