/**
 * The composition root: data access → services, wired by hand so anyone can see what depends
 * on what. The HTTP layer and the workers receive `AppServices`; nothing reaches for globals.
 */
import { isNull } from 'drizzle-orm';
import { createApiKeyService } from './admin/api-key-service.js';
import { createAuthService } from './admin/auth-service.js';
import { createStaffService } from './admin/staff-service.js';
import { organisations } from './catalog/catalog.schema.js';
import { createOrganisationService } from './catalog/organisation-service.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/client.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's date in Vietnam (UTC+7, no daylight saving), as YYYY-MM-DD. */
export function vietnamToday(clock: Clock): string {
  return new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function createServices(database: Database, config: Config, clock: Clock = systemClock) {
  const db = database.db;
  const now = () => clock.now();
  return {
    database,
    clock,
    today: () => vietnamToday(clock),
    auth: createAuthService(db, { sessionTtlMinutes: config.sessionTtlMinutes, loginMaxFailures: config.loginMaxFailures, loginLockoutMinutes: config.loginLockoutMinutes }, now),
    apiKeys: createApiKeyService(db, now),
    staff: createStaffService(db),
    organisations: createOrganisationService(db),
    /** Organisations at the top of the tree: their staff see everything, anonymous audit rows included. */
    async rootOrganisationIds(): Promise<ReadonlySet<string>> {
      const rows = await db.select({ id: organisations.id }).from(organisations).where(isNull(organisations.parentId));
      return new Set(rows.map((r) => r.id));
    },
  };
}

export type AppServices = ReturnType<typeof createServices>;
