import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { generateEventsDocument } from '../../scripts/events-document.js';
import { EVENT_CATALOGUE } from '../../src/exchange/event-catalogue.js';

describe('the committed event reference', () => {
  const committed = readFileSync(new URL('../../docs/EVENTS.md', import.meta.url), 'utf8');

  test('docs/EVENTS.md is what the catalogue generates (run npx tsx scripts/events-doc.ts after changing an event)', () => {
    assert.equal(committed, generateEventsDocument());
  });

  test('every event type and version has its own section', () => {
    for (const e of EVENT_CATALOGUE) assert.ok(committed.includes(`### \`${e.type}\` v${e.version}\n`), `${e.type} v${e.version}`);
  });
});
