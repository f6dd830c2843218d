/**
 * Sends one signed webhook, defensively: a hard timeout, no redirects followed (a 3xx is a
 * failed attempt), the address guard applied to the connected address, and at most a short
 * excerpt of the answer kept. Keep-alive agents let a busy relay reuse connections.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from './address-guard.js';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  allowPrivateNetwork: boolean;
}

export interface WebhookResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  durationMs: number;
}

export type WebhookSender = (request: WebhookRequest) => Promise<WebhookResult>;

const EXCERPT_BYTES = 512;

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error !== null) return callback(error, '', 0);
      const list = Array.isArray(addresses) ? addresses : [];
      const refused = list.find((a) => isPrivateAddress(a.address));
      if (!allowPrivate && refused !== undefined) {
        return callback(Object.assign(new Error(`address ${refused.address} is private or loopback: refused`), { code: 'EPRIVATEADDRESS' }), '', 0);
      }
      if (options.all === true) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (first === undefined) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      return callback(null, first.address, first.family);
    });
  };
}

export function createWebhookSender(options: { timeoutMs: number }): WebhookSender {
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };

  return (request) =>
    new Promise<WebhookResult>((resolve) => {
      const started = performance.now();
      let deadline: NodeJS.Timeout | undefined;
      const finish = (result: Omit<WebhookResult, 'durationMs'>) => {
        clearTimeout(deadline);
        resolve({ ...result, durationMs: Math.round(performance.now() - started) });
      };
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        return finish({ ok: false, statusCode: null, error: 'invalid URL', responseExcerpt: null });
      }
      const secure = url.protocol === 'https:';
      if (!secure && url.protocol !== 'http:') return finish({ ok: false, statusCode: null, error: `unsupported protocol ${url.protocol}`, responseExcerpt: null });
      // A literal IP address bypasses DNS lookup: check it here.
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      if (!request.allowPrivateNetwork && /^[\d.]+$|:/.test(literal) && isPrivateAddress(literal)) {
        return finish({ ok: false, statusCode: null, error: `address ${literal} is private or loopback: refused`, responseExcerpt: null });
      }
      const client = secure ? https : http;
      const req = client.request(
        url,
        {
          method: 'POST',
          agent: secure ? agents.https : agents.http,
          headers: { ...request.headers, 'content-type': 'application/json', 'content-length': String(request.body.length), 'user-agent': 'bcci-hub-webhooks/1' },
          lookup: guardedLookup(request.allowPrivateNetwork),
          timeout: options.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < EXCERPT_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            // PostgreSQL text cannot hold NUL: a partner answering one would make the batch's
            // attempts impossible to record, and the batch would be sent again and again.
            const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8').replaceAll('\u0000', '');
            const ok = status >= 200 && status < 300;
            finish({ ok, statusCode: status, error: ok ? null : status >= 300 && status < 400 ? `redirect to ${res.headers.location ?? '?'} not followed` : `HTTP ${status}`, responseExcerpt: excerpt });
          });
          res.on('error', (error) => finish({ ok: false, statusCode: res.statusCode ?? null, error: error.message, responseExcerpt: null }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
      // The socket timeout above only measures silence: a receiver sending a byte now and then
      // would hold the request, and its batch, past the relay's lease. So the whole exchange
      // also has a deadline, counted from when the request gets a socket (not while it waits in
      // the agent's queue behind the other requests of its batch).
      req.once('socket', () => {
        deadline = setTimeout(() => req.destroy(new Error(`no complete answer within ${options.timeoutMs} ms`)), options.timeoutMs);
      });
      req.on('error', (error) => finish({ ok: false, statusCode: null, error: error.message, responseExcerpt: null }));
      req.end(request.body);
    });
}
