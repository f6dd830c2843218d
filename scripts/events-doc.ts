/**
 * Writes docs/EVENTS.md, the webhook reference for partner systems, from the event catalogue.
 * Run it after changing an event type; a test fails while the committed page is stale.
 * Usage: npx tsx scripts/events-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { generateEventsDocument } from './events-document.js';

writeFileSync(new URL('../docs/EVENTS.md', import.meta.url), generateEventsDocument());
console.log('docs/EVENTS.md written');
