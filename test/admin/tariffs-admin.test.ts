/**
 * A new tariff version, from the administrator's form: it starts tomorrow at the earliest,
 * closes the version in force the day before it starts, and the quotes follow it at once; a
 * past day's price never changes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { tariffs } from '../../src/catalog/catalog.schema.js';
import { planTariffVersion } from '../../src/domain/tariff/new-version.js';
import { SAMPLE_TARIFF_DA_NANG_2021 } from '../../src/domain/tariff/sample-da-nang-2021.js';
import type { TariffTable } from '../../src/domain/tariff/types.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';

const TODAY = '2026-06-01';

/** The sample table, copied as the form copies it, with its pickup prices raised by 1.000 đ. */
function nextVersion(overrides: Partial<TariffTable> = {}): TariffTable {
  return {
    ...SAMPLE_TARIFF_DA_NANG_2021,
    id: 'dong-nai-2026-07',
    nameVi: 'Bảng cước thử nghiệm từ 01/7/2026',
    nameEn: 'Trial tariff from 1 July 2026',
    isSample: false,
    source: 'Quyết định số 55/QĐ-BĐĐN',
    validFrom: '2026-07-01',
    validTo: null,
    rates: SAMPLE_TARIFF_DA_NANG_2021.rates.map((r) => (r.direction === 'pickup' ? { ...r, tiers: r.tiers.map((t) => ({ ...t, price: t.price + 1000 })) } : r)),
    ...overrides,
  };
}

describe('the rule for a new tariff version', () => {
  const existing = [SAMPLE_TARIFF_DA_NANG_2021];

  test('closes the open version on the day before it starts', () => {
    assert.deepEqual(planTariffVersion(existing, nextVersion(), TODAY), { ok: true, closes: [{ id: 'sample-da-nang-2021', validTo: '2026-06-30' }] });
  });

  test('starts tomorrow at the earliest: today and past days keep their prices', () => {
    const today = planTariffVersion(existing, nextVersion({ validFrom: TODAY }), TODAY);
    assert.equal(today.ok, false);
    assert.deepEqual(today.ok ? [] : today.problems.map((p) => [p.path, p.kind]), [['validFrom', 'invalid']]);
    assert.equal(planTariffVersion(existing, nextVersion({ validFrom: '2026-06-02' }), TODAY).ok, true);
  });

  test('must be the latest version, with an id of its own', () => {
    const later = { ...nextVersion(), id: 'later', validFrom: '2026-09-01' };
    const plan = planTariffVersion([...existing, later], nextVersion(), TODAY);
    assert.deepEqual(plan.ok ? [] : plan.problems.map((p) => [p.path, p.kind]), [['validFrom', 'conflict']]);
    const taken = planTariffVersion(existing, nextVersion({ id: 'sample-da-nang-2021' }), TODAY);
    assert.deepEqual(taken.ok ? [] : taken.problems.map((p) => [p.path, p.kind]), [['id', 'conflict']]);
  });

  test('names every bad price with its path, as the API names body fields', () => {
    const bad = nextVersion();
    const rate = bad.rates[0];
    assert.ok(rate !== undefined);
    bad.rates[0] = { ...rate, tiers: [{ upToGrams: 100, price: -1 }, { upToGrams: 50, price: 1000 }] };
    const plan = planTariffVersion(existing, bad, TODAY);
    assert.deepEqual(plan.ok ? [] : plan.problems.map((p) => p.path), ['rates.0.tiers.0.price', 'rates.0.tiers.1.upToGrams']);
  });
});

describe('POST /api/v1/admin/tariffs', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp({}, { clock: manualClock('2026-06-01T03:00:00Z') });
    admin = await t.login('quantri');
  });
  after(() => t.close());

  async function publish(table: unknown, session: Session | null = admin) {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/tariffs', headers: session?.headers ?? {}, payload: table as Record<string, unknown> });
    return { status: response.statusCode, body: response.json() as { table?: TariffTable; closed?: unknown; code?: string; errors?: Array<{ name: string }> } };
  }
  const quote = async (date: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/tariffs/quote?direction=pickup&zone=intra-district&weightGrams=100&date=${date}` })).json() as { tariffId: string; total: number };

  test('published: the old version ends the day before, quotes from its first day use it at once; audited', async () => {
    // Read first, so the tariff cache of the process holds the old tables.
    assert.equal((await quote('2026-07-15')).tariffId, 'sample-da-nang-2021');
    const { status, body } = await publish(nextVersion());
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(body.closed, [{ id: 'sample-da-nang-2021', validTo: '2026-06-30' }]);
    assert.equal(body.table?.id, 'dong-nai-2026-07');

    const june = await quote('2026-06-30');
    assert.deepEqual([june.tariffId, june.total], ['sample-da-nang-2021', 26_000], 'the last day of the old version keeps its price');
    const july = await quote('2026-07-01');
    assert.equal(july.tariffId, 'dong-nai-2026-07');
    assert.equal(july.total, 27_000);

    const listed = ((await t.app.inject({ method: 'GET', url: '/api/v1/tariffs' })).json() as { items: TariffTable[] }).items;
    assert.deepEqual(listed.map((x) => [x.id, x.validFrom, x.validTo]), [['sample-da-nang-2021', '2021-04-20', '2026-06-30'], ['dong-nai-2026-07', '2026-07-01', null]]);
    const [row] = await t.database.db.select({ validTo: tariffs.validTo }).from(tariffs).where(eq(tariffs.id, 'sample-da-nang-2021'));
    assert.equal(row?.validTo, '2026-06-30', 'the column and the stored table agree');

    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'tariff.publish'), eq(auditLog.subjectId, 'dong-nai-2026-07')));
    assert.equal(audit?.actorId, await t.accountId('quantri'));
  });

  test('a version starting today, or before the latest one, is refused and changes nothing', async () => {
    const today = await publish(nextVersion({ id: 'today', validFrom: TODAY }));
    assert.equal(today.status, 400, 'wrong in itself: a 400, even though it also clashes with the July version');
    assert.deepEqual(today.body.errors?.map((e) => e.name), ['validFrom', 'validFrom']);
    const earlier = await publish(nextVersion({ id: 'earlier', validFrom: '2026-06-15' }));
    assert.equal(earlier.status, 409);
    assert.equal(earlier.body.code, 'CONFLICT');
    const taken = await publish(nextVersion({ validFrom: '2026-08-01' }));
    assert.equal(taken.status, 409, 'the id is taken');
    const rows = await t.database.db.select({ id: tariffs.id }).from(tariffs);
    assert.equal(rows.length, 2);
  });

  test('a bad table is refused with every field named', async () => {
    const bad = nextVersion({ id: 'bad-prices', validFrom: '2026-09-01' });
    const rate = bad.rates[1];
    assert.ok(rate !== undefined);
    bad.rates[1] = { ...rate, tiers: [{ upToGrams: 250, price: 1 }, { upToGrams: 100, price: 2 }] };
    const duplicate = bad.rates[0];
    assert.ok(duplicate !== undefined);
    bad.rates.push(duplicate);
    const { status, body } = await publish(bad);
    assert.equal(status, 400, JSON.stringify(body));
    assert.deepEqual(body.errors?.map((e) => e.name), ['rates.1.tiers.1.upToGrams', `rates.${bad.rates.length - 1}`]);
    const schema = await publish({ ...nextVersion({ id: 'x-2026' }), rates: [{ direction: 'pickup', zone: 'moon', tiers: [], extraPer500Grams: 0 }] });
    assert.equal(schema.status, 400);
  });

  test('a second version later closes the first one it follows', async () => {
    const { status, body } = await publish(nextVersion({ id: 'dong-nai-2027', validFrom: '2027-01-01' }));
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(body.closed, [{ id: 'dong-nai-2026-07', validTo: '2026-12-31' }]);
  });

  test('refusals: no session 401, other roles 403, a partner key 403', async () => {
    assert.equal((await publish(nextVersion({ id: 'anon', validFrom: '2028-01-01' }), null)).status, 401);
    for (const username of ['motcua', 'kiemsoat', 'lanhdao']) assert.equal((await publish(nextVersion({ id: 'role', validFrom: '2028-01-01' }), await t.login(username))).status, 403, username);
    const partner = await t.app.inject({ method: 'POST', url: '/api/v1/admin/tariffs', headers: { authorization: `Bearer ${t.demoApiKey}` }, payload: nextVersion({ id: 'key', validFrom: '2028-01-01' }) as unknown as Record<string, unknown> });
    assert.equal(partner.statusCode, 403);
  });
});
