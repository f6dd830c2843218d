/**
 * Data for the round and the postal workspaces, made through the API as staff would make it:
 * pickups entered at the hotline, and a result in the demo postman's hands (intake, handover
 * record signed by the built-in desk, result recorded and handed to the post with the postman
 * named as carrier). Works with the inject()-driven test app and with the browser tests' server.
 */
import { DEMO_PASSWORD } from '../../src/admin/demo-data.js';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import type { App } from '../../src/http/app-type.js';
import type { AppServices } from '../../src/services.js';
import { type ChecklistItem, DESK, KHAI_SINH, SIGNATURE, intakeBody, key } from './support.js';

export interface Server {
  app: App;
  services: AppServices;
}

export type Headers = Record<string, string>;

export async function staffLogin(server: Server, username: string): Promise<Headers> {
  const response = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'bcci_session');
  if (cookie === undefined) throw new Error('no session cookie');
  return { cookie: `bcci_session=${cookie.value}`, 'x-csrf-token': (response.json() as { csrfToken: string }).csrfToken };
}

export async function staffCall(server: Server, headers: Headers, method: 'GET' | 'POST', url: string, payload?: object, idempotencyKey?: string): Promise<unknown> {
  const response = await server.app.inject({
    method,
    url,
    headers: { ...headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
    ...(payload === undefined ? {} : { payload }),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A window from now to three hours on: always open, never past. */
function windowFromNow(): { from: string; to: string } {
  const now = Date.now();
  return { from: new Date(now + 60_000).toISOString(), to: new Date(now + 3 * 3_600_000).toISOString() };
}

/** A pickup entered by the hotline (no phone verification), at the address's post office. */
export async function hotlinePickup(server: Server, clerk: Headers, input: { unitCode: string; address: string; name: string; phone: string }): Promise<{ id: string; reference: string }> {
  return (await staffCall(server, clerk, 'POST', '/api/v1/postal/pickups', {
    procedureCode: KHAI_SINH,
    serviceForm: 'both',
    applicant: { name: input.name, phone: input.phone },
    address: input.address,
    unitCode: input.unitCode,
    window: windowFromNow(),
    channel: 'hotline',
  })) as { id: string; reference: string };
}

async function relayAll(server: Server): Promise<void> {
  const relay = createRelay({ db: server.services.database.db, send: server.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date() });
  for (let i = 0; i < 10; i += 1) if ((await relay.runOnce()).claimed === 0) return;
}

/**
 * A dossier taken in by the demo postman, received and decided at the demo desk, whose result
 * is handed back to the post with `carrier` (the postman's account id) named: the item ends in
 * 'result-collected', in the postman's hands.
 */
export async function resultInPostmansHands(server: Server, carrier: string, applicant: Partial<{ name: string; phone: string; idNumber: string; address: string; unitCode: string }> = {}): Promise<{ itemNumber: string }> {
  const postman = await staffLogin(server, 'buuta');
  const desk = await staffLogin(server, 'motcua');
  const processing = await staffLogin(server, 'xuly');
  const { items } = (await staffCall(server, postman, 'GET', `/api/v1/postal/checklists/${KHAI_SINH}`)) as { items: ChecklistItem[] };
  const base = intakeBody(items);
  const body = intakeBody(items, { applicant: { ...base.applicant, ...applicant } });
  const taken = (await staffCall(server, postman, 'POST', '/api/v1/postal/intakes', body, key('round-intake'))) as { itemNumber: string };
  const manifest = (await staffCall(server, postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [taken.itemNumber], signatureSender: SIGNATURE }, key('round-manifest'))) as { id: string };
  await relayAll(server);
  const ack = (await staffCall(server, desk, 'POST', `/api/v1/desk/inbox/${manifest.id}/acknowledge`, { received: [taken.itemNumber], missing: [], damaged: [], extra: [] })) as { registered: { id: string }[] };
  const dossierId = ack.registered[0]?.id;
  if (dossierId === undefined) throw new Error('the desk registered nothing');
  await staffCall(server, desk, 'POST', `/api/v1/desk/dossiers/${dossierId}/forward`, { toOrganisationCode: 'X26041-UBND' });
  await staffCall(server, processing, 'POST', `/api/v1/desk/dossiers/${dossierId}/result`, {});
  await staffCall(server, desk, 'POST', '/api/v1/desk/result-handovers', { dossierIds: [dossierId], carrierId: carrier });
  return { itemNumber: taken.itemNumber };
}
