import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, startTestApp } from '../support/app.js';

interface QuoteBody {
  tariffId: string;
  isSample: boolean;
  lines: Array<{ code: string; amount: number }>;
  total: number;
}

describe('tariff quote API', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function quote(query: string) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/tariffs/quote?${query}` });
    return { status: response.statusCode, body: response.json() as QuoteBody & { code?: string; reason?: string; errors?: Array<{ name: string }> } };
  }

  test('sending a dossier of 100 g within a district costs 26.000 đ on the sample table', async () => {
    const { status, body } = await quote('direction=pickup&zone=intra-district&weightGrams=100&date=2026-03-01');
    assert.equal(status, 200);
    assert.equal(body.total, 26_000);
    assert.equal(body.isSample, true);
  });

  test('both directions, fee collection and a 50 % discount are itemised', async () => {
    const { status, body } = await quote('direction=both&zone=intra-province&weightGrams=300&collectFees=true&discount=poor-household&date=2026-03-01');
    assert.equal(status, 200, JSON.stringify(body));
    const byCode = Object.fromEntries(body.lines.map((l) => [l.code, l.amount]));
    assert.equal(byCode['postage-pickup'], 30_500);
    assert.equal(byCode['postage-delivery'], 32_500);
    assert.equal(byCode['fee-collection'], 8_000);
    assert.equal(byCode['discount'], -31_500);
    assert.equal(body.total, 30_500 + 32_500 + 8_000 - 31_500);
    assert.equal(body.lines.reduce((s, l) => s + l.amount, 0), body.total);
  });

  test('a bad zone, weight or discount is a 400 naming what is wrong; no table in force is a 404', async () => {
    const zone = await quote('direction=pickup&zone=moon&weightGrams=100');
    assert.equal(zone.status, 400);
    assert.equal(zone.body.errors?.[0]?.name, 'zone');
    const weight = await quote('direction=pickup&zone=intra-district&weightGrams=0');
    assert.equal(weight.body.errors?.[0]?.name, 'weightGrams');
    const missing = await quote('zone=intra-district&weightGrams=10');
    assert.equal(missing.body.errors?.[0]?.name, 'direction');
    const discount = await quote('direction=pickup&zone=intra-district&weightGrams=100&discount=friend-of-the-postman&date=2026-03-01');
    assert.equal(discount.status, 400);
    assert.equal(discount.body.reason, 'unknown-discount');
    const early = await quote('direction=pickup&zone=intra-district&weightGrams=100&date=2020-01-01');
    assert.equal(early.status, 404);
    assert.equal(early.body.reason, 'no-tariff-in-force');
  });

  test('the tables are listed with their validity', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/tariffs' });
    const items = (response.json() as { items: Array<{ id: string; validFrom: string; isSample: boolean }> }).items;
    assert.equal(items.length, 1);
    assert.equal(items[0]?.validFrom, '2021-04-20');
  });
});
