import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { type TestApp, startTestApp } from '../support/app.js';

interface Operation {
  responses?: Record<string, unknown>;
  security?: unknown[];
}

describe('the OpenAPI description', () => {
  let t: TestApp;
  let document: { openapi: string; paths: Record<string, Record<string, Operation>> };
  before(async () => {
    t = await startTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    document = response.json();
  });
  after(() => t.close());

  test('is OpenAPI 3.1 and passes an OpenAPI validator', async () => {
    assert.equal(document.openapi, '3.1.0');
    await SwaggerParser.validate(structuredClone(document) as never);
  });

  test('every operation declares its responses, and every non-public one its security', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    assert.ok(operations.length >= 10);
    for (const { path, method, op } of operations) {
      assert.ok(op.responses !== undefined && Object.keys(op.responses).length > 0, `${method} ${path} has responses`);
    }
    const staff = document.paths['/api/v1/organisations/{id}/staff']?.['get'];
    assert.ok(staff?.security !== undefined && staff.security.length > 0);
    assert.equal(document.paths['/api/health']?.['get']?.security, undefined);
  });

  test('a readable reference is served at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
  });
});

describe('the committed OpenAPI document', () => {
  test('docs/openapi.json is what the server generates (run npm run openapi after changing a route)', async () => {
    const { readFileSync } = await import('node:fs');
    const { generateOpenApi } = await import('../../scripts/openapi-document.js');
    const committed: unknown = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(await generateOpenApi())));
  });
});
