/**
 * Keeps the reporting projection up to date: the in-process receiver of the reports'
 * subscription (`inproc://reports`, relayed, signed and retried like any partner's webhook),
 * and the rebuild from scratch. See projection.ts for why deliveries are idempotent.
 */
import { sql } from 'drizzle-orm';
import { projectIn, rebuildIn } from './projection.js';
import { textArray } from './sql.js';
import type { EventEnvelopeBody } from '../exchange/event-catalogue.js';
import { type Db, queryRows } from '../platform/db/client.js';

/** Name of the reports' in-process subscription. */
export const REPORTS_RECEIVER = 'reports';

/** The events that change a row of the projection. Custody moves and pickups change none. */
export const REPORTS_SUBSCRIBED_EVENTS = [
  'dossier.taken-in',
  'manifest.acknowledged',
  'fees.remitted',
  'dossier.registered',
  'dossier.supplement-requested',
  'dossier.supplement-received',
  'dossier.refused',
  'dossier.delay-notified',
  'result.ready',
  'result.handed-to-post',
  'delivery.attempted',
  'delivery.delivered',
  'result.returned-to-agency',
  'dossier.status-reported',
  'item.status-reported',
];

export interface ProjectionTargetList {
  dossierCodes: string[];
  itemNumbers: string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The dossiers and items an event is about, from its envelope and, for handover records and remittances, its data. */
export function subjectsOf(event: Pick<EventEnvelopeBody, 'type' | 'dossierCode' | 'itemNumber' | 'data'>): ProjectionTargetList {
  const items = event.itemNumber === null ? [] : [event.itemNumber];
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'manifest.acknowledged':
      items.push(...strings(data['received']), ...strings(data['damaged']), ...strings(data['missing']));
      break;
    case 'fees.remitted':
      items.push(...strings(data['itemNumbers']));
      break;
    default:
      break;
  }
  return { dossierCodes: event.dossierCode === null ? [] : [event.dossierCode], itemNumbers: [...new Set(items)] };
}

export function createProjector(deps: { db: Db; now: () => Date }) {
  /** Adds the dossier codes of registered items: their row is the dossier's. */
  async function resolve(db: Db, targets: ProjectionTargetList): Promise<ProjectionTargetList> {
    const codes = new Set(targets.dossierCodes);
    if (targets.itemNumbers.length > 0) {
      const rows = await queryRows<{ dossier_code: string | null }>(db, sql`select dossier_code from postal_items where item_number = any(${textArray(targets.itemNumbers)})`);
      for (const row of rows) if (row.dossier_code !== null) codes.add(row.dossier_code);
    }
    return { dossierCodes: [...codes].sort(), itemNumbers: [...new Set(targets.itemNumbers)].sort() };
  }

  /** In the caller's transaction: a write of the reports module that changes a row (an item reported lost). */
  async function projectWithin(tx: Db, targets: ProjectionTargetList): Promise<number> {
    return projectIn(tx, await resolve(tx, targets), deps.now());
  }

  async function project(targets: ProjectionTargetList): Promise<number> {
    return deps.db.transaction(async (tx) => projectWithin(tx, targets));
  }

  /** The in-process receiver: throws to have the relay retry (and, in the end, dead-letter). */
  async function receive(event: EventEnvelopeBody): Promise<void> {
    const targets = subjectsOf(event);
    if (targets.dossierCodes.length === 0 && targets.itemNumbers.length === 0) return;
    await project(targets);
  }

  /** The whole projection again, from the event log and the owners' tables. */
  async function rebuild(): Promise<{ rows: number; ms: number }> {
    const started = performance.now();
    const rows = await deps.db.transaction(async (tx) => rebuildIn(tx, deps.now()));
    return { rows, ms: Math.round(performance.now() - started) };
  }

  return { receive, project, projectWithin, rebuild };
}

export type Projector = ReturnType<typeof createProjector>;
