/**
 * A year of dossiers built the way production builds them: the post takes dossiers in and
 * hands them over, the built-in desk registers, decides and returns, the relay carries every
 * event to the desk and to the reports' projection. The clock moves through 2025 by hand.
 */
import assert from 'node:assert/strict';
import type { InjectOptions } from 'fastify';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { SIGNATURE, checklist, intakeBody, key } from '../postal/support.js';

/** Birth registration: commune level, by post since the province's decision of 1 July 2025 (set by the test). */
export const P_A = '1.001193';
/** Death registration: commune level, by post all along. */
export const P_B = '1.000656';
/** A certification not offered by post (another field). */
export const P_C = '2.000942';
export const DESK_A = 'X26041-TTPVHCC';
/** Phường Quang Vinh: merged into Phường Trấn Biên (26041) on 1 July 2025. */
export const OLD_UNIT = '26023';

/** 09:00 in Vietnam on a day, as an ISO instant. */
export function vn(day: string, time = '09:00'): string {
  return new Date(`${day}T${time}:00+07:00`).toISOString();
}

export type Clock = ReturnType<typeof manualClock>;

export interface World {
  t: TestApp;
  clock: Clock;
  /** Signs in (again: sessions end as the clock jumps) and calls the API. */
  call(username: string, method: InjectOptions['method'], url: string, payload?: unknown, idempotencyKey?: string): Promise<{ statusCode: number; json: () => unknown; body: string; headers: Record<string, unknown> }>;
  ok<T>(username: string, method: InjectOptions['method'], url: string, payload?: unknown, expected?: number): Promise<T>;
  relay(): Promise<void>;
  close(): Promise<void>;
}

export async function startWorld(start: string): Promise<World> {
  const clock = manualClock(start);
  const t = await startTestApp({ PHONE_VERIFICATION: 'off' }, { clock });
  const sessions = new Map<string, { at: number; session: Session }>();
  async function session(username: string): Promise<Session> {
    const hit = sessions.get(username);
    if (hit !== undefined && hit.at === clock.now().getTime()) return hit.session;
    const fresh = await t.login(username);
    sessions.set(username, { at: clock.now().getTime(), session: fresh });
    return fresh;
  }
  async function call(username: string, method: InjectOptions['method'], url: string, payload?: unknown, idempotencyKey?: string) {
    const headers: Record<string, string> = username === '' ? {} : { ...(await session(username)).headers };
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    const response = await t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
    return { statusCode: response.statusCode, json: () => response.json() as unknown, body: response.body, headers: response.headers as Record<string, unknown> };
  }
  return {
    t,
    clock,
    call,
    async ok<T>(username: string, method: InjectOptions['method'], url: string, payload?: unknown, expected = 200): Promise<T> {
      const response = await call(username, method, url, payload, method === 'POST' ? key('reports') : undefined);
      assert.equal(response.statusCode, expected, `${method} ${url}: ${response.body}`);
      return response.json() as T;
    },
    async relay() {
      // The outbox's due times are the database's own clock: the relay runs on real time.
      const worker = createRelay({ db: t.database.db, send: t.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date() });
      for (let i = 0; i < 50; i += 1) if ((await worker.runOnce()).claimed === 0) return;
      throw new Error('the relay did not drain');
    },
    close: () => t.close(),
  };
}

export interface Intake {
  itemNumber: string;
  postage: number;
}

/** A dossier taken in at an address by the postman of ward Trấn Biên's post office, for desk A. */
export async function takeIn(w: World, at: string, input: { procedureCode: string; serviceForm: 'send-dossier' | 'receive-result' | 'both'; unitCode: string; fees?: number }): Promise<Intake> {
  w.clock.set(at);
  const session = await w.t.login('buuta');
  const items = await checklist(w.t, session, input.procedureCode);
  const body = intakeBody(items, {
    procedureCode: input.procedureCode,
    serviceForm: input.serviceForm,
    agencyCode: DESK_A,
    applicant: { name: 'Trần Văn Báo', phone: '0912000111', idNumber: '075190009999', address: '5 Đường Nguyễn Ái Quốc', unitCode: input.unitCode },
    ...(input.fees === undefined ? {} : { fees: { amount: input.fees, method: 'cash' } }),
  });
  const taken = await w.ok<{ itemNumber: string; postage: number }>('buuta', 'POST', '/api/v1/postal/intakes', body, 201);
  return { itemNumber: taken.itemNumber, postage: taken.postage };
}

/** The postman hands items to desk A on one record; the desk hears of it through the relay. */
export async function sendManifest(w: World, at: string, itemNumbers: string[]): Promise<string> {
  w.clock.set(at);
  const sent = await w.ok<{ id: string }>('buuta', 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK_A, itemNumbers, signatureSender: SIGNATURE }, 201);
  await w.relay();
  return sent.id;
}

/** Desk A signs the record: each item received (or damaged) is registered; returns dossier code by item. */
export async function acknowledge(w: World, at: string, manifestId: string, received: string[], damaged: string[] = []): Promise<Map<string, { id: string; code: string; dueAt: string }>> {
  w.clock.set(at);
  const ack = await w.ok<{ registered: Array<{ id: string; code: string; itemNumber: string | null; dueAt: string }> }>('motcua', 'POST', `/api/v1/desk/inbox/${manifestId}/acknowledge`, { received, missing: [], damaged, extra: [] });
  await w.relay();
  return new Map(ack.registered.map((r) => [r.itemNumber ?? '', { id: r.id, code: r.code, dueAt: r.dueAt }]));
}

/** A dossier received at desk A in person or online. */
export async function registerDirect(w: World, at: string, input: { procedureCode: string; channel: 'in-person' | 'online'; unitCode: string; processingDays?: number }): Promise<{ id: string; code: string; dueAt: string }> {
  w.clock.set(at);
  const created = await w.ok<{ id: string; code: string; dueAt: string }>(
    'motcua',
    'POST',
    '/api/v1/desk/dossiers',
    {
      procedureCode: input.procedureCode,
      channel: input.channel,
      resultMethod: 'in-person',
      applicant: { name: 'Lê Thị Hạnh', phone: '0913000222', address: '9 Đường Hà Huy Giáp', unitCode: input.unitCode },
      documents: [{ name: 'Tờ khai', kind: 'original', quantity: 1 }],
      ...(input.processingDays === undefined ? {} : { processingTime: { workingDays: input.processingDays } }),
    },
    201,
  );
  await w.relay();
  return created;
}

export async function recordResult(w: World, at: string, dossierId: string): Promise<void> {
  w.clock.set(at);
  await w.ok('motcua', 'POST', `/api/v1/desk/dossiers/${dossierId}/result`, {});
  await w.relay();
}

export async function handResultToPost(w: World, at: string, dossierId: string): Promise<void> {
  w.clock.set(at);
  await w.ok('motcua', 'POST', '/api/v1/desk/result-handovers', { dossierIds: [dossierId], carrierId: await w.t.accountId('buuta') }, 201);
  await w.relay();
}

export async function outForDelivery(w: World, at: string, itemNumber: string): Promise<void> {
  w.clock.set(at);
  await w.ok('buuta', 'POST', `/api/v1/postal/items/${itemNumber}/scans`, { to: 'out-for-delivery' });
}

export async function failedDelivery(w: World, at: string, itemNumber: string): Promise<void> {
  await outForDelivery(w, at, itemNumber);
  await w.ok('buuta', 'POST', `/api/v1/postal/items/${itemNumber}/delivery-attempts`, { reason: 'nobody-home' }, 201);
  await w.relay();
}

export async function delivered(w: World, at: string, itemNumber: string): Promise<void> {
  await outForDelivery(w, at, itemNumber);
  await w.ok('buuta', 'POST', `/api/v1/postal/items/${itemNumber}/delivery`, { identity: { kind: 'cccd', number: '075190009999' }, signature: SIGNATURE }, 201);
  await w.relay();
}

export async function returnToAgency(w: World, at: string, itemNumber: string): Promise<void> {
  w.clock.set(at);
  await w.ok('buuta', 'POST', `/api/v1/postal/items/${itemNumber}/return`, {}, 201);
  await w.relay();
}
