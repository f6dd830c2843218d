import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIdentityDocument, maskIdentityNumber, mayReturnToAgency, receivedBy, FAILED_DELIVERY_REASONS } from '../../../src/domain/postal-item/delivery.js';
import { defaultDeskRoute } from '../../../src/domain/postal-item/routing.js';
import { parsePlainDate } from '../../../src/domain/time/plain-date.js';
import { catalogueEntry } from '../../../src/exchange/event-catalogue.js';

const d = parsePlainDate;

describe('result delivery rules', () => {
  it('returns to the agency only after two invitations, once the second has run its two working days', () => {
    assert.deepEqual(mayReturnToAgency([{ on: d('2026-03-04') }], d('2026-03-10'), null), { allowed: false, reason: 'too-few-invitations', earliest: null });
    assert.deepEqual(mayReturnToAgency([{ on: d('2026-03-04') }, { on: d('2026-03-06') }], d('2026-03-09'), d('2026-03-10')), { allowed: false, reason: 'too-soon', earliest: '2026-03-10' });
    assert.deepEqual(mayReturnToAgency([{ on: d('2026-03-04') }, { on: d('2026-03-06') }], d('2026-03-10'), d('2026-03-10')), { allowed: true });
  });

  it('checks identity numbers: 12 digits for the card, 6–9 letters or digits for a passport', () => {
    assert.equal(checkIdentityDocument({ kind: 'cccd', number: '075190001234' }), null);
    assert.equal(checkIdentityDocument({ kind: 'cccd', number: '07519000123' }), 'cccd-format');
    assert.equal(checkIdentityDocument({ kind: 'passport', number: 'C1234567' }), null);
    assert.equal(checkIdentityDocument({ kind: 'passport', number: 'C-1234567' }), 'passport-format');
    assert.equal(receivedBy({ kind: 'authorisation', number: '075190001234' }), 'authorised-person');
    assert.equal(maskIdentityNumber('075190001234'), '••••••••1234');
  });

  it('the event catalogue accepts exactly the normalised failure reasons', () => {
    const schema = catalogueEntry('delivery.attempted', 1)?.data as unknown as { properties: { reason: { anyOf: Array<{ const: string }> } } };
    assert.deepEqual(schema.properties.reason.anyOf.map((l) => l.const), [...FAILED_DELIVERY_REASONS]);
  });

  it('routes a commune-level procedure to the commune, a provincial one to the province, others to a choice', () => {
    assert.deepEqual(defaultDeskRoute(['Cấp xã'], '26041', '75'), { level: 'commune', unitCode: '26041' });
    assert.deepEqual(defaultDeskRoute(['Cấp tỉnh'], '26041', '75'), { level: 'province', unitCode: '75' });
    assert.deepEqual(defaultDeskRoute(['Cấp bộ'], '26041', '75'), { level: 'none' });
  });
});
