/**
 * Configuration, read once at boot from the environment. Nothing else in the app reads
 * `process.env`: the composition root passes the parsed `Config` down.
 *
 * Every variable has a development default; the ones marked `requiredInProduction` must be set
 * explicitly when NODE_ENV=production, so a production server never runs on a demo default.
 */

export type Environment = 'development' | 'test' | 'production';
export type ProcessRole = 'api' | 'worker' | 'all';

export interface Config {
  env: Environment;
  host: string;
  port: number;
  /** Absent means the embedded PGlite database in `pgliteDir`. */
  databaseUrl: string | null;
  pgliteDir: string;
  databasePoolSize: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The address citizens reach the public site at; printed in QR codes and notices. */
  publicBaseUrl: string;
  s10Prefix: string;
  /** The account citizens may pay postage and fees to by bank transfer; null: cash only. */
  vietQr: { bankBin: string; accountNumber: string } | null;
  cookieSecure: boolean;
  sessionTtlMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  /** Load demonstration accounts and records into an empty database at start. */
  demoData: boolean;
  trustProxy: boolean;
  relayMaxAttempts: number;
  webhookTimeoutMs: number;
  /** Office hours of the one-stop desks, in Vietnam time: the basis of every due date. */
  workingHours: { periods: Array<{ start: string; end: string }>; weekdays: number[] };
  /** Public tracking lookups per client per minute (also the burst), in each process. */
  trackingRatePerMinute: number;
  /** Where email notices go out; null: they are written to the log instead. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The HTTP gateway SMS notices and one-time codes go through; null: the log instead. */
  smsGateway: { url: string; token: string | null } | null;
  /** Whether a public pickup needs a phone verified by a one-time code. */
  phoneVerification: 'required' | 'off';
  /** R11: the share of dossiers (in percent) the post should carry each year; reports compare against it. */
  postalShareTargetPercent: number;
  /** Days before a periodic report's deadline from which it is flagged as due soon. */
  reportReminderDays: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

interface Field<T> {
  name: string;
  description: string;
  dev: T;
  requiredInProduction?: boolean;
  parse: (raw: string, name: string) => T;
}

function integer(min: number, max: number) {
  return (raw: string, name: string): number => {
    if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
    const n = Number(raw);
    if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
    return n;
  };
}

function boolean(raw: string, name: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string, name: string): T => {
    const found = values.find((v) => v === raw);
    if (found === undefined) throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
    return found;
  };
}

function nonEmpty(raw: string, name: string): string {
  if (raw.trim() === '') throw new ConfigError(name, 'must not be empty');
  return raw.trim();
}

function httpUrl(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(name, `must use http or https, got "${url.protocol}"`);
  }
  return url.toString().replace(/\/$/, '');
}

function smtpUrl(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Never echo the value: it may hold a password.
    throw new ConfigError(name, 'must be a URL such as smtp://user:password@host:587 or smtps://…:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new ConfigError(name, `must start with smtp:// or smtps://, got "${url.protocol}//"`);
  return raw;
}

function postgresUrl(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Never echo the value: it may hold a password.
    throw new ConfigError(name, 'must be a URL such as postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) throw new ConfigError(name, 'must name a database, e.g. …:5432/bcci');
  return raw;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function periods(raw: string, name: string): Config['workingHours']['periods'] {
  const parts = raw.split(',').map((p) => p.trim());
  const result = parts.map((part) => {
    const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/.exec(part);
    if (match === null) throw new ConfigError(name, `must look like 07:00-11:30,13:30-17:00, got "${raw}"`);
    const [start, end] = part.split('-') as [string, string];
    return { start, end };
  });
  let previousEnd = -1;
  for (const p of result) {
    if (minutesOf(p.start) >= minutesOf(p.end) || minutesOf(p.start) < previousEnd) {
      throw new ConfigError(name, `periods must be in order and not overlap, got "${raw}"`);
    }
    previousEnd = minutesOf(p.end);
  }
  return result;
}

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function weekdays(raw: string, name: string): number[] {
  const days = raw.split(',').map((d) => d.trim().toLowerCase());
  const numbers = days.map((d) => {
    const index = WEEKDAY_NAMES.findIndex((w) => w === d);
    if (index < 0) throw new ConfigError(name, `must list days as mon,tue,wed,thu,fri (sun…sat), got "${raw}"`);
    return index;
  });
  return [...new Set(numbers)].sort((a, b) => a - b);
}

const ENVIRONMENTS = ['development', 'test', 'production'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The one schema. Documented in the README's configuration table (a test keeps them in step). */
export const CONFIG_FIELDS = {
  host: { name: 'HOST', description: 'Address to listen on', dev: '127.0.0.1', parse: nonEmpty },
  port: { name: 'PORT', description: 'HTTP port', dev: 3000, parse: integer(0, 65535) },
  databaseUrl: {
    name: 'DATABASE_URL',
    description: 'PostgreSQL connection URL; unset means the embedded PGlite database',
    dev: null,
    parse: postgresUrl,
  } satisfies Field<string | null>,
  pgliteDir: { name: 'PGLITE_DIR', description: 'Folder of the embedded database', dev: './data/pglite', parse: nonEmpty },
  databasePoolSize: { name: 'DATABASE_POOL_SIZE', description: 'PostgreSQL pool size', dev: 10, parse: integer(1, 200) },
  logLevel: { name: 'LOG_LEVEL', description: 'Log level', dev: 'info', parse: oneOf(LOG_LEVELS) },
  publicBaseUrl: {
    name: 'PUBLIC_BASE_URL',
    description: 'Public address of the site, used in QR codes and notices',
    dev: 'http://localhost:3000',
    requiredInProduction: true,
    parse: httpUrl,
  },
  cookieSecure: { name: 'COOKIE_SECURE', description: 'Send the session cookie over HTTPS only', dev: false, parse: boolean },
  sessionTtlMinutes: { name: 'SESSION_TTL_MINUTES', description: 'Idle lifetime of a staff session', dev: 480, parse: integer(5, 7 * 24 * 60) },
  loginMaxFailures: { name: 'LOGIN_MAX_FAILURES', description: 'Failed logins before a temporary lockout', dev: 5, parse: integer(1, 100) },
  loginLockoutMinutes: { name: 'LOGIN_LOCKOUT_MINUTES', description: 'Length of the lockout', dev: 15, parse: integer(1, 24 * 60) },
  demoData: { name: 'DEMO_DATA', description: 'Load demo accounts and records into an empty database', dev: true, parse: boolean },
  trustProxy: { name: 'TRUST_PROXY', description: 'Trust X-Forwarded-* headers from a reverse proxy', dev: false, parse: boolean },
  relayMaxAttempts: { name: 'RELAY_MAX_ATTEMPTS', description: 'Delivery attempts before an event is dead-lettered', dev: 8, parse: integer(1, 100) },
  webhookTimeoutMs: { name: 'WEBHOOK_TIMEOUT_MS', description: 'Time a partner has to answer a webhook', dev: 10_000, parse: integer(100, 120_000) },
  workingPeriods: {
    name: 'WORKING_HOURS',
    description: 'Office hours of the one-stop desks (Vietnam time)',
    dev: [
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
    parse: periods,
  } satisfies Field<Config['workingHours']['periods']>,
  s10Prefix: {
    name: 'S10_PREFIX',
    description: 'Service indicator (two letters) of the item numbers given to dossiers; VNPost’s is unconfirmed',
    dev: 'RR',
    parse: (raw: string, name: string) => {
      if (!/^[A-Z]{2}$/u.test(raw)) throw new ConfigError(name, 'must be two capital letters, e.g. RR');
      return raw;
    },
  } satisfies Field<string>,
  vietQrBankBin: {
    name: 'VIETQR_BANK_BIN',
    description: 'NAPAS BIN (6 digits) of the bank account the post collects transfers on; unset: no VietQR code',
    dev: null,
    parse: (raw: string, name: string) => {
      if (!/^\d{6}$/u.test(raw)) throw new ConfigError(name, 'must be the 6-digit NAPAS BIN of the bank');
      return raw;
    },
  } satisfies Field<string | null>,
  vietQrAccount: {
    name: 'VIETQR_ACCOUNT_NUMBER',
    description: 'Account number the post collects transfers on (with VIETQR_BANK_BIN)',
    dev: null,
    parse: (raw: string, name: string) => {
      if (!/^[0-9A-Za-z]{1,19}$/u.test(raw)) throw new ConfigError(name, 'must be 1–19 letters or digits');
      return raw;
    },
  } satisfies Field<string | null>,
  workingWeekdays: { name: 'WORKING_DAYS', description: 'Ordinary working days of the week', dev: [1, 2, 3, 4, 5], parse: weekdays } satisfies Field<number[]>,
  trackingRatePerMinute: { name: 'TRACKING_RATE_PER_MINUTE', description: 'Public tracking lookups per client and minute (also the burst), per process', dev: 30, parse: integer(1, 10_000_000) },
  smtpUrl: { name: 'SMTP_URL', description: 'SMTP server for email notices; unset: notices are logged', dev: null, parse: smtpUrl } satisfies Field<string | null>,
  mailFrom: { name: 'MAIL_FROM', description: 'Sender of email notices', dev: 'bcci-hub <no-reply@localhost>', parse: nonEmpty },
  smsGatewayUrl: { name: 'SMS_GATEWAY_URL', description: 'HTTP gateway for SMS notices and one-time codes; unset: they are logged', dev: null, parse: httpUrl } satisfies Field<string | null>,
  smsGatewayToken: { name: 'SMS_GATEWAY_TOKEN', description: 'Bearer token for the SMS gateway', dev: null, parse: nonEmpty } satisfies Field<string | null>,
  phoneVerification: { name: 'PHONE_VERIFICATION', description: 'required: a public pickup needs a phone verified by SMS code; off (development only)', dev: 'required', parse: oneOf(['required', 'off'] as const) },
  postalShareTargetPercent: { name: 'POSTAL_SHARE_TARGET_PERCENT', description: 'Target share of dossiers received by post, in percent (Plan 1106, R11: 30)', dev: 30, parse: integer(1, 100) },
  reportReminderDays: { name: 'REPORT_REMINDER_DAYS', description: 'Days before a periodic report is due from which it is flagged and a reminder recorded', dev: 14, parse: integer(1, 90) },
} as const;

type FieldKey = keyof typeof CONFIG_FIELDS;
type FieldValue<K extends FieldKey> = (typeof CONFIG_FIELDS)[K] extends Field<infer T> ? T : never;

/** Production overrides of development defaults that would be unsafe there. */
const PRODUCTION_DEFAULTS: Partial<Pick<Config, 'cookieSecure' | 'demoData'>> = { cookieSecure: true, demoData: false };

function vietQrAccount(bankBin: string | null, accountNumber: string | null): Config['vietQr'] {
  if (bankBin === null && accountNumber === null) return null;
  if (bankBin === null || accountNumber === null) throw new ConfigError(bankBin === null ? 'VIETQR_BANK_BIN' : 'VIETQR_ACCOUNT_NUMBER', 'is needed with the other VIETQR_ setting');
  return { bankBin, accountNumber };
}

function smsGateway(url: string | null, token: string | null): Config['smsGateway'] {
  if (url === null) {
    if (token !== null) throw new ConfigError('SMS_GATEWAY_URL', 'is needed with SMS_GATEWAY_TOKEN');
    return null;
  }
  return { url, token };
}

export function loadConfig(env: Env): Config {
  const rawEnv = env['NODE_ENV'];
  const environment: Environment = rawEnv === undefined || rawEnv === '' ? 'development' : oneOf(ENVIRONMENTS)(rawEnv, 'NODE_ENV');
  const production = environment === 'production';

  function read<K extends FieldKey>(key: K): FieldValue<K> {
    const field = CONFIG_FIELDS[key] as unknown as Field<FieldValue<K>>;
    const raw = env[field.name];
    if (raw === undefined || raw === '') {
      if (production && field.requiredInProduction === true) {
        throw new ConfigError(field.name, 'is required when NODE_ENV=production');
      }
      const productionDefault = production ? (PRODUCTION_DEFAULTS as Partial<Record<FieldKey, unknown>>)[key] : undefined;
      return (productionDefault ?? field.dev) as FieldValue<K>;
    }
    return field.parse(raw, field.name);
  }

  return {
    env: environment,
    host: read('host'),
    port: read('port'),
    databaseUrl: read('databaseUrl'),
    pgliteDir: read('pgliteDir'),
    databasePoolSize: read('databasePoolSize'),
    logLevel: read('logLevel'),
    publicBaseUrl: read('publicBaseUrl'),
    cookieSecure: read('cookieSecure'),
    sessionTtlMinutes: read('sessionTtlMinutes'),
    loginMaxFailures: read('loginMaxFailures'),
    loginLockoutMinutes: read('loginLockoutMinutes'),
    demoData: read('demoData'),
    trustProxy: read('trustProxy'),
    relayMaxAttempts: read('relayMaxAttempts'),
    webhookTimeoutMs: read('webhookTimeoutMs'),
    workingHours: { periods: read('workingPeriods'), weekdays: read('workingWeekdays') },
    trackingRatePerMinute: read('trackingRatePerMinute'),
    s10Prefix: read('s10Prefix'),
    vietQr: vietQrAccount(read('vietQrBankBin'), read('vietQrAccount')),
    smtpUrl: read('smtpUrl'),
    mailFrom: read('mailFrom'),
    smsGateway: smsGateway(read('smsGatewayUrl'), read('smsGatewayToken')),
    phoneVerification: read('phoneVerification'),
    postalShareTargetPercent: read('postalShareTargetPercent'),
    reportReminderDays: read('reportReminderDays'),
  };
}
