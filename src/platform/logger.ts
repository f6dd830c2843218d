/**
 * Structured logs (pino). Personal data never reaches a log line (DESIGN.md invariant 7):
 * secrets and personal fields are redacted wherever they appear, and request URLs are logged
 * without their query string, which may carry a phone suffix or a name.
 */
import pino, { type Logger, type LoggerOptions } from 'pino';

/** Field names that hold personal data or secrets, at any depth we log. */
export const REDACTED_FIELDS = [
  'password',
  'newPassword',
  'passwordHash',
  'token',
  'secret',
  'apiKey',
  'phone',
  'email',
  'displayName',
  'fullName',
  'name',
  'address',
  'idNumber',
  'citizenId',
  'phoneLast4',
] as const;

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'bcci-hub' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req(req: { method?: string; url?: string; id?: string }) {
        return { method: req.method, path: (req.url ?? '').split('?')[0] };
      },
    },
  };
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}
