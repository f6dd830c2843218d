/**
 * Data for the browser tests, made through the API as staff would make it: a dossier taken in
 * by the demo postman, sent to the demo desk on a handover record and registered there. The
 * browser then sees what a citizen would.
 */
import { DEMO_PASSWORD } from '../../../src/admin/demo-data.js';
import { createRelay } from '../../../src/exchange/relay.js';
import { createWebhookSender } from '../../../src/exchange/webhook-sender.js';
import { type ChecklistItem, DESK, SIGNATURE, intakeBody, key } from '../../postal/support.js';
import type { WebServer } from './server.js';

type Headers = Record<string, string>;

async function login(server: WebServer, username: string): Promise<Headers> {
  const response = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'bcci_session');
  if (cookie === undefined) throw new Error('no session cookie');
  return { cookie: `bcci_session=${cookie.value}`, 'x-csrf-token': (response.json() as { csrfToken: string }).csrfToken };
}

async function call(server: WebServer, headers: Headers, method: 'GET' | 'POST', url: string, payload?: object, idempotencyKey?: string): Promise<unknown> {
  const response = await server.app.inject({
    method,
    url,
    headers: { ...headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
    ...(payload === undefined ? {} : { payload }),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

export interface RegisteredDossier {
  itemNumber: string;
  dossierCode: string;
  /** The phone on file, for the "last 4 digits" check. */
  phone: string;
}

/** Intake by the demo postman, a handover record to the demo desk, signed there: a registered dossier. */
export async function registeredDossier(server: WebServer): Promise<RegisteredDossier> {
  const postman = await login(server, 'buuta');
  const desk = await login(server, 'motcua');
  const { items } = (await call(server, postman, 'GET', '/api/v1/postal/checklists/1.001193')) as { items: ChecklistItem[] };
  const body = intakeBody(items);
  const taken = (await call(server, postman, 'POST', '/api/v1/postal/intakes', body, key('browser-intake'))) as { itemNumber: string };
  const manifest = (await call(server, postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [taken.itemNumber], signatureSender: SIGNATURE }, key('browser-manifest'))) as { id: string };
  const relay = createRelay({ db: server.services.database.db, send: server.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date() });
  for (let i = 0; i < 10; i += 1) if ((await relay.runOnce()).claimed === 0) break;
  const ack = (await call(server, desk, 'POST', `/api/v1/desk/inbox/${manifest.id}/acknowledge`, { received: [taken.itemNumber], missing: [], damaged: [], extra: [] })) as { registered: { code: string }[] };
  const dossierCode = ack.registered[0]?.code;
  if (dossierCode === undefined) throw new Error('the desk registered nothing');
  return { itemNumber: taken.itemNumber, dossierCode, phone: body.applicant.phone };
}
