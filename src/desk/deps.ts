/** What the built-in desk needs, passed in by the composition root. It talks to the post only through `exchange`. */
import type { CalendarService } from '../catalog/calendar-service.js';
import type { Role } from '../domain/access/roles.js';
import type { InboundCaller } from '../exchange/inbound-appliers.js';
import type { InboundEvent } from '../exchange/inbound.js';
import type { Db } from '../platform/db/client.js';

/**
 * The desk's client of the exchange API, in process: the same contract a partner's one-stop
 * software calls over HTTP (`POST /api/v1/exchange/events`), run inside the desk's own
 * transaction so the desk's change and its report commit together.
 */
export interface DeskExchange {
  report(tx: Db, caller: InboundCaller, key: string, event: InboundEvent): Promise<void>;
}

export interface DeskDeps {
  db: Db;
  now: () => Date;
  publicBaseUrl: string;
  calendar: CalendarService;
  exchange: DeskExchange;
}

/** A government staff member (or postal staff working at a desk) acting on dossiers. */
export interface DeskActor {
  accountId: string;
  role: Role;
  organisationId: string;
  visibleOrganisationIds: ReadonlySet<string>;
}
