/** A partner's webhook receiver on loopback, verifying each message with the standardwebhooks library. */
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  body: string;
  payload: { id: string; type: string; dossierCode: string | null; data: Record<string, unknown> };
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Answers with this status for the next n requests, then 204 again. */
  failNext(n: number, status?: number): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startReceiver(secrets: () => readonly string[]): Promise<Receiver> {
  const received: Received[] = [];
  let failures = 0;
  let failStatus = 500;
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (failures > 0) {
        failures -= 1;
        res.writeHead(failStatus).end('try later');
        return;
      }
      const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
      // A receiver holding any one of the secrets must verify the message.
      const verified = secrets().some((secret) => {
        try {
          new Webhook(secret).verify(body.toString('utf8'), headers);
          return true;
        } catch {
          return false;
        }
      });
      if (!verified) {
        res.writeHead(401).end('bad signature');
        return;
      }
      received.push({ id: headers['webhook-id'], body: body.toString('utf8'), payload: JSON.parse(body.toString('utf8')) as Received['payload'] });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/bcci`,
    received,
    failNext(n, status = 500) {
      failures = n;
      failStatus = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
