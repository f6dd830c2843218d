import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CONFIG_FIELDS, ConfigError, loadConfig } from '../../src/platform/config.js';

describe('configuration', () => {
  test('no variables at all gives the development defaults with the embedded database', () => {
    const config = loadConfig({});
    assert.equal(config.env, 'development');
    assert.equal(config.databaseUrl, null);
    assert.equal(config.port, 3000);
    assert.equal(config.demoData, true);
  });

  test('production requires PUBLIC_BASE_URL and turns demo data off and secure cookies on', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), (e: unknown) => e instanceof ConfigError && e.variable === 'PUBLIC_BASE_URL');
    const config = loadConfig({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://bcci.dongnai.gov.vn/' });
    assert.equal(config.demoData, false);
    assert.equal(config.cookieSecure, true);
    assert.equal(config.publicBaseUrl, 'https://bcci.dongnai.gov.vn');
  });

  test('a bad value is refused with one line naming the variable and the problem', () => {
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ PORT: 'abc' }, 'PORT', /whole number/],
      [{ PORT: '70000' }, 'PORT', /between 0 and 65535/],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of/],
      [{ DEMO_DATA: 'perhaps' }, 'DEMO_DATA', /true or false/],
      [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL', /postgres:\/\//],
      [{ NODE_ENV: 'staging' }, 'NODE_ENV', /one of/],
    ];
    for (const [env, variable, message] of cases) {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && e.variable === variable && message.test(e.message) && !e.message.includes('\n'),
        JSON.stringify(env),
      );
    }
  });

  test('a malformed DATABASE_URL is refused without echoing it (it may hold a password)', () => {
    assert.throws(() => loadConfig({ DATABASE_URL: 'not a url secretpw' }), (e: unknown) => e instanceof ConfigError && !e.message.includes('secretpw'));
  });

  test('every variable is in the README configuration table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const field of Object.values(CONFIG_FIELDS)) assert.ok(readme.includes(`\`${field.name}\``), field.name);
  });
});
