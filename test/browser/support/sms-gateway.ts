/**
 * A real HTTP server playing the SMS gateway: it accepts what the app posts and keeps it, so a
 * browser test can read the one-time code a citizen would read on their phone.
 */
import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentSms {
  to: string;
  text: string;
}

export interface SmsGateway {
  url: string;
  token: string;
  sent: SentSms[];
  /** The newest 6-digit code sent to a number, waiting up to `timeoutMs` for it to arrive. */
  codeFor(phone: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSmsGateway(): Promise<SmsGateway> {
  const token = 'sms-gateway-test-token';
  const sent: SentSms[] = [];
  const server = createServer((request, response) => {
    void body(request).then((raw) => {
      if (request.headers.authorization !== `Bearer ${token}`) {
        response.writeHead(401).end();
        return;
      }
      const message = JSON.parse(raw) as { to: string; text: string };
      sent.push({ to: message.to, text: message.text });
      response.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sms-${String(sent.length)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/sms`,
    token,
    sent,
    async codeFor(phone, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const last = [...sent].reverse().find((m) => m.to.endsWith(phone.slice(-9)) && /\b\d{6}\b/.test(m.text));
        const code = last === undefined ? undefined : /\b(\d{6})\b/.exec(last.text)?.[1];
        if (code !== undefined) return code;
        if (Date.now() > deadline) throw new Error(`no code sent to ${phone}; sent: ${JSON.stringify(sent)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error)))),
  };
}
