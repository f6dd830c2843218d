/**
 * Data for the desk workspace's browser test, made through the API as the staff would make it:
 * a dossier taken in by the demo postman and sent to the demo desk on a handover record, relayed
 * to the desk's inbox and left there unsigned, for the desk officer to sign in the browser.
 */
import { DEMO_PASSWORD } from '../../../src/admin/demo-data.js';
import { createRelay } from '../../../src/exchange/relay.js';
import { createWebhookSender } from '../../../src/exchange/webhook-sender.js';
import { type ChecklistItem, DESK, SIGNATURE, intakeBody, key } from '../../postal/support.js';
import type { WebServer } from './server.js';

export type StaffHeaders = Record<string, string>;

export async function apiLogin(server: WebServer, username: string): Promise<StaffHeaders> {
  const response = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'bcci_session');
  if (cookie === undefined) throw new Error('no session cookie');
  return { cookie: `bcci_session=${cookie.value}`, 'x-csrf-token': (response.json() as { csrfToken: string }).csrfToken };
}

export async function apiCall(server: WebServer, headers: StaffHeaders, method: 'GET' | 'POST', url: string, payload?: object, idempotencyKey?: string): Promise<unknown> {
  const response = await server.app.inject({
    method,
    url,
    headers: { ...headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
    ...(payload === undefined ? {} : { payload }),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

export interface PendingHandover {
  manifestId: string;
  number: string;
  itemNumber: string;
}

/** Intake by the demo postman (result by post too), a handover record to the demo desk, relayed to its inbox; not signed. */
export async function pendingHandover(server: WebServer): Promise<PendingHandover> {
  const postman = await apiLogin(server, 'buuta');
  const { items } = (await apiCall(server, postman, 'GET', '/api/v1/postal/checklists/1.001193')) as { items: ChecklistItem[] };
  const taken = (await apiCall(server, postman, 'POST', '/api/v1/postal/intakes', intakeBody(items), key('desk-browser-intake'))) as { itemNumber: string };
  const manifest = (await apiCall(server, postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [taken.itemNumber], signatureSender: SIGNATURE }, key('desk-browser-manifest'))) as { id: string; number: string };
  const relay = createRelay({ db: server.services.database.db, send: server.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date() });
  for (let i = 0; i < 10; i += 1) if ((await relay.runOnce()).claimed === 0) break;
  return { manifestId: manifest.id, number: manifest.number, itemNumber: taken.itemNumber };
}

/** A dossier registered in person at another commune's desk (motcua2's), for the scope checks. */
export async function otherCommuneDossier(server: WebServer): Promise<{ id: string; code: string }> {
  const other = await apiLogin(server, 'motcua2');
  const body = { procedureCode: '1.001193', channel: 'in-person', resultMethod: 'in-person', applicant: { name: 'Lý Thị Khác', phone: '0933444555', address: '8 Đường Phan Trung' }, documents: [{ name: 'Giấy chứng sinh', kind: 'original', quantity: 1 }] };
  const created = (await apiCall(server, other, 'POST', '/api/v1/desk/dossiers', body)) as { id: string; code: string };
  return { id: created.id, code: created.code };
}
