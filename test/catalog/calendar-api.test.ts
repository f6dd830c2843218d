import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, startTestApp } from '../support/app.js';

interface Day {
  date: string;
  kind: string;
  name: string;
}

describe('calendar API', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function holidays(year: number | string): Promise<{ status: number; body: { days: Day[]; code?: string; errors?: Array<{ name: string }> } }> {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/calendar/holidays?year=${year}` });
    return { status: response.statusCode, body: response.json() };
  }

  test('2026 lists the official New Year and Tết breaks and the make-up Saturday', async () => {
    const { status, body } = await holidays(2026);
    assert.equal(status, 200);
    const byDate = new Map(body.days.map((d) => [d.date, d]));
    assert.equal(byDate.get('2026-01-01')?.kind, 'holiday');
    assert.equal(byDate.get('2026-01-02')?.kind, 'compensatory');
    assert.equal(byDate.get('2026-01-10')?.kind, 'makeup-workday');
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) assert.equal(byDate.get(day)?.kind, 'holiday', day);
    assert.equal(byDate.get('2026-02-17')?.name, 'Tết Nguyên đán');
    // Hùng Kings' day (10/3 lunar) is Sunday 26 April 2026: Monday 27 April is given in lieu.
    assert.equal(byDate.get('2026-04-27')?.kind, 'compensatory');
    assert.equal(byDate.get('2026-09-02')?.kind, 'holiday');
    assert.deepEqual(body.days.map((d) => d.date), [...body.days.map((d) => d.date)].sort());
  });

  test('a year outside 1900–2100, or none, is a 400 naming the parameter', async () => {
    for (const year of [1899, 2101, 'abc', '']) {
      const { status, body } = await holidays(year);
      assert.equal(status, 400, String(year));
      assert.equal(body.errors?.[0]?.name, 'year');
    }
  });

  test('due date: 5 working days from Friday before Tết 2026 skip the whole break', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?receivedAt=2026-02-13T09:00:00%2B07:00&workingDays=5' });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), { dueAt: '2026-02-27T09:00:00+07:00' });
  });

  test('due date in working hours; a receipt after hours counts from the next working morning', async () => {
    const hours = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?receivedAt=2026-03-02T09:00:00%2B07:00&workingHours=12' });
    // Monday 09:00–17:00 gives 6 hours; Tuesday 07:00–11:30 gives 4.5; the last 1.5 end at 15:00.
    assert.deepEqual(hours.json(), { dueAt: '2026-03-03T15:00:00+07:00' });
    const late = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?receivedAt=2026-03-02T11:00:00Z&workingDays=1' });
    assert.deepEqual(late.json(), { dueAt: '2026-03-03T17:00:00+07:00' });
  });

  test('due date needs exactly one of workingDays and workingHours, and a well-formed instant', async () => {
    const cases = [
      ['receivedAt=2026-03-02T09:00:00%2B07:00', 'workingDays'],
      ['receivedAt=2026-03-02T09:00:00%2B07:00&workingDays=1&workingHours=2', 'workingHours'],
      ['receivedAt=2026-03-02&workingDays=1', 'receivedAt'],
      ['workingDays=1', 'receivedAt'],
      ['receivedAt=2026-03-02T09:00:00%2B07:00&workingDays=-1', 'workingDays'],
    ] as const;
    for (const [query, name] of cases) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?${query}` });
      assert.equal(response.statusCode, 400, query);
      const body = response.json() as { errors: Array<{ name: string }> };
      assert.equal(body.errors[0]?.name, name, query);
    }
  });

  test("an administrator enters next year's official Tết schedule; holidays and due dates follow at once", async () => {
    const admin = await t.login('quantri');
    const schedule = {
      source: 'Thông báo mẫu (kiểm thử)',
      groups: [
        {
          group: 'tet',
          daysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => ({ date, kind: 'holiday', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year' })),
          makeupWorkdays: [{ date: '2027-02-20', name: 'Làm bù', nameEn: 'Make-up day' }],
        },
      ],
    };
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/2027', headers: admin.headers, payload: schedule });
    assert.equal(put.statusCode, 200, put.body);
    const { body } = await holidays(2027);
    const byDate = new Map(body.days.map((d) => [d.date, d.kind]));
    assert.equal(byDate.get('2027-02-04'), 'holiday');
    assert.equal(byDate.get('2027-02-20'), 'makeup-workday');
    const desk = await t.login('motcua');
    const refused = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/2027', headers: desk.headers, payload: schedule });
    assert.equal(refused.statusCode, 403);
  });

  test('a schedule with a date outside its year is refused and changes nothing', async () => {
    const admin = await t.login('quantri');
    const before2028 = await holidays(2028);
    const bad = {
      source: 'x',
      groups: [{ group: 'tet', daysOff: [{ date: '2029-01-01', kind: 'holiday', name: 'x', nameEn: 'x' }], makeupWorkdays: [] }],
    };
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/2028', headers: admin.headers, payload: bad });
    assert.equal(put.statusCode, 400);
    assert.deepEqual((await holidays(2028)).body, before2028.body);
  });
});
