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
  cookieSecure: boolean;
  sessionTtlMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  /** Load demonstration accounts and records into an empty database at start. */
  demoData: boolean;
  trustProxy: boolean;
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
} as const satisfies { [K in Exclude<keyof Config, 'env'>]: Field<Config[K]> };

/** Production overrides of development defaults that would be unsafe there. */
const PRODUCTION_DEFAULTS: Partial<Pick<Config, 'cookieSecure' | 'demoData'>> = { cookieSecure: true, demoData: false };

export function loadConfig(env: Env): Config {
  const rawEnv = env['NODE_ENV'];
  const environment: Environment = rawEnv === undefined || rawEnv === '' ? 'development' : oneOf(ENVIRONMENTS)(rawEnv, 'NODE_ENV');
  const production = environment === 'production';

  function read<K extends keyof typeof CONFIG_FIELDS>(key: K): Config[K] {
    const field: Field<Config[K]> = CONFIG_FIELDS[key] as Field<Config[K]>;
    const raw = env[field.name];
    if (raw === undefined || raw === '') {
      if (production && field.requiredInProduction === true) {
        throw new ConfigError(field.name, 'is required when NODE_ENV=production');
      }
      const productionDefault = production ? (PRODUCTION_DEFAULTS as Partial<Config>)[key] : undefined;
      return (productionDefault ?? field.dev) as Config[K];
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
  };
}
