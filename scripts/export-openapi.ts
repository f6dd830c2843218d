/**
 * Writes the OpenAPI document the server generates to docs/openapi.json, so the contract is
 * reviewed in every change that alters it. A test fails when the committed file is stale.
 * Usage: npm run openapi
 */
import { writeFileSync } from 'node:fs';
import { generateOpenApi } from './openapi-document.js';

const document = await generateOpenApi();
writeFileSync(new URL('../docs/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log('docs/openapi.json written');
