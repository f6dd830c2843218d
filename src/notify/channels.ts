/**
 * How a notice leaves: email through SMTP (nodemailer), SMS through the configured HTTP gateway
 * (POST JSON `{ to, text, reference }` with a bearer token; any 2xx is accepted), or — when no
 * provider is configured — one line in the server log with the masked recipient, so that a
 * developer sees what would have gone out (and, outside production, the one-time code, to finish
 * a booking locally). A failed send throws an error whose text names no recipient.
 */
import { createTransport } from 'nodemailer';
import { internationalPhone, maskEmail, maskPhone, redactContacts } from './contacts.js';
import type { NoticeKind } from './notice-kinds.js';

export interface OutgoingEmail {
  kind: NoticeKind;
  to: string;
  subject: string;
  text: string;
}

export interface OutgoingSms {
  kind: NoticeKind;
  to: string;
  text: string;
  /** Ours, given to the gateway to match its delivery reports: `notice-<id>`. */
  reference: string;
  /** The one-time code, for the log channel only. */
  code?: string;
}

export interface SendResult {
  status: 'sent' | 'logged';
  providerMessageId: string | null;
}

export interface NoticeChannels {
  email(message: OutgoingEmail): Promise<SendResult>;
  sms(message: OutgoingSms): Promise<SendResult>;
  /** Whether SMS go to a real gateway (false: the log). */
  readonly smsConfigured: boolean;
}

/** One structured log line: fields first, then the message (pino's order). */
export type NoticeLog = (fields: Record<string, string>, message: string) => void;

export interface ChannelOptions {
  smtpUrl: string | null;
  mailFrom: string;
  smsGateway: { url: string; token: string | null } | null;
  /** Whether the log channel may print one-time codes (never in production). */
  logCodes: boolean;
  log: NoticeLog;
  timeoutMs?: number;
}

export class NoticeSendError extends Error {
  constructor(channel: 'email' | 'sms', detail: string) {
    super(`${channel} not sent: ${redactContacts(detail).slice(0, 300)}`);
    this.name = 'NoticeSendError';
  }
}

export function createChannels(options: ChannelOptions): NoticeChannels {
  const timeoutMs = options.timeoutMs ?? 15_000;
  // One connection per message: notices are few, and nothing stays open between them.
  const mailer = options.smtpUrl === null ? null : createTransport({ url: options.smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: 2 * timeoutMs }, { from: options.mailFrom });

  async function email(message: OutgoingEmail): Promise<SendResult> {
    if (mailer === null) {
      options.log({ channel: 'email', kind: message.kind, to: maskEmail(message.to) }, 'notice logged (SMTP_URL not set)');
      return { status: 'logged', providerMessageId: null };
    }
    try {
      const info = await mailer.sendMail({ to: message.to, subject: message.subject, text: message.text });
      return { status: 'sent', providerMessageId: typeof info.messageId === 'string' ? info.messageId : null };
    } catch (error) {
      throw new NoticeSendError('email', error instanceof Error ? error.message : 'SMTP error');
    }
  }

  async function sms(message: OutgoingSms): Promise<SendResult> {
    const gateway = options.smsGateway;
    if (gateway === null) {
      const fields: Record<string, string> = { channel: 'sms', kind: message.kind, to: maskPhone(message.to) };
      if (message.code !== undefined && options.logCodes) fields['code'] = message.code;
      options.log(fields, 'notice logged (SMS_GATEWAY_URL not set)');
      return { status: 'logged', providerMessageId: null };
    }
    let response: Response;
    try {
      response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(gateway.token === null ? {} : { authorization: `Bearer ${gateway.token}` }) },
        body: JSON.stringify({ to: internationalPhone(message.to), text: message.text, reference: message.reference }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new NoticeSendError('sms', error instanceof Error ? error.message : 'gateway unreachable');
    }
    const body = await response.text().catch(() => '');
    if (response.status < 200 || response.status > 299) throw new NoticeSendError('sms', `gateway answered ${response.status}`);
    return { status: 'sent', providerMessageId: messageIdOf(body) };
  }

  return { email, sms, smsConfigured: options.smsGateway !== null };
}

/** The gateway's id for the message, when its answer is JSON with `id` or `messageId`. */
function messageIdOf(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const record = parsed as Record<string, unknown>;
    const id = record['id'] ?? record['messageId'];
    return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 200) : null;
  } catch {
    return null;
  }
}
