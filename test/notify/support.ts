/**
 * The outside world of notices, on loopback: a real SMTP server (smtp-server, mails parsed by
 * mailparser) and an SMS gateway speaking the configured HTTP contract; and the real phone
 * verification flow through that gateway, for tests that book public pickups.
 */
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { TestApp } from '../support/app.js';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailServer {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailServer(): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error('unparsable mail')));
    },
  });
  const listening = server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => listening.once('listening', () => resolve()));
  const { port } = listening.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface ReceivedSms {
  to: string;
  text: string;
  reference: string;
  authorization: string | undefined;
}

export interface SmsGateway {
  url: string;
  token: string;
  /** Messages accepted (2xx), in order. */
  received: ReceivedSms[];
  /** Requests refused while failing. */
  refused: number;
  /** Answers 503 to every request until set back to false. */
  failing: boolean;
  /** The last code sent to `phone` (international form +84…). */
  lastCode(phone: string): string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startSmsGateway(): Promise<SmsGateway> {
  const gateway: SmsGateway = {
    url: '',
    token: 'test-gateway-token',
    received: [],
    refused: 0,
    failing: false,
    lastCode(phone) {
      const message = gateway.received.filter((m) => m.to === phone).at(-1);
      const code = /\b(\d{6})\b/u.exec(message?.text ?? '')?.[1];
      if (code === undefined) throw new Error(`no code sent to ${phone}`);
      return code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (gateway.failing) {
        gateway.refused += 1;
        res.writeHead(503).end('gateway down');
        return;
      }
      const payload = JSON.parse(body) as { to: string; text: string; reference: string };
      gateway.received.push({ ...payload, authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `gw-${gateway.received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  return gateway;
}

/** The environment of an app that sends through these servers. */
export function notifyEnv(gateway: SmsGateway, mail?: MailServer): Record<string, string> {
  return { SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: gateway.token, ...(mail === undefined ? {} : { SMTP_URL: mail.url, MAIL_FROM: 'Bưu điện Đồng Nai <thongbao@example.vn>' }) };
}

/** +84… for a national number, as the gateway receives it. */
export function international(phone: string): string {
  return phone.startsWith('0') ? `+84${phone.slice(1)}` : phone;
}

/** Verifies `phone` the way a citizen does: asks for a code, reads the SMS, confirms it. */
export async function verifyPhone(t: TestApp, gateway: SmsGateway, phone: string, ip = '203.0.113.7'): Promise<string> {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/phone-verifications', payload: { phone, purpose: 'pickup' }, remoteAddress: ip });
  if (started.statusCode !== 201) throw new Error(`phone verification: ${started.statusCode} ${started.body}`);
  const { verificationId } = started.json() as { verificationId: string };
  const confirmed = await t.app.inject({ method: 'POST', url: `/api/v1/phone-verifications/${verificationId}/confirm`, payload: { code: gateway.lastCode(international(phone)) } });
  if (confirmed.statusCode !== 200) throw new Error(`phone confirmation: ${confirmed.statusCode} ${confirmed.body}`);
  return (confirmed.json() as { verificationToken: string }).verificationToken;
}
