import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { isPrivateAddress } from '../../src/exchange/address-guard.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';

describe('the webhook sender is defensive', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer((req, res) => {
      switch (req.url ?? '') {
        case '/trickle': {
          // A byte now and then: never silent long enough for a socket timeout.
          res.writeHead(200);
          const timer = setInterval(() => res.write('.'), 50);
          res.on('close', () => clearInterval(timer));
          return;
        }
        case '/nul':
          res.writeHead(500).end('bad\u0000answer');
          return;
        case '/redirect':
          res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
          return;
        default:
          res.writeHead(204).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = createWebhookSender({ timeoutMs: 300 });
  const request = (path: string, allowPrivateNetwork = true) => send({ url: `${base}${path}`, headers: {}, body: Buffer.from('{}'), allowPrivateNetwork });

  test('a receiver that trickles bytes is cut off at the deadline', async () => {
    const result = await request('/trickle');
    assert.equal(result.ok, false);
    assert.match(result.error ?? '', /no complete answer within 300 ms/);
    assert.ok(result.durationMs < 2000);
  });

  test('NUL bytes are removed from the kept excerpt (PostgreSQL text cannot hold them)', async () => {
    const result = await request('/nul');
    assert.equal(result.statusCode, 500);
    assert.equal(result.responseExcerpt, 'badanswer');
  });

  test('a redirect is not followed', async () => {
    const result = await request('/redirect');
    assert.equal(result.ok, false);
    assert.match(result.error ?? '', /redirect .* not followed/);
  });

  test('loopback is refused unless allowed, by name as well as by literal address', async () => {
    const literal = await request('/', false);
    assert.match(literal.error ?? '', /private or loopback/);
    const port = (server.address() as AddressInfo).port;
    const byName = await send({ url: `http://localhost:${port}/`, headers: {}, body: Buffer.from('{}'), allowPrivateNetwork: false });
    assert.match(byName.error ?? '', /private or loopback/);
    assert.equal((await request('/', true)).ok, true);
  });

  test('the address guard knows the special ranges', () => {
    for (const address of ['10.1.2.3', '172.16.0.1', '192.168.1.1', '127.0.0.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '0.0.0.0', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) assert.equal(isPrivateAddress(address), true, address);
    for (const address of ['8.8.8.8', '203.113.131.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(address), false, address);
  });
});
