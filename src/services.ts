/**
 * The composition root: data access → services, wired by hand so anyone can see what depends
 * on what. The HTTP layer and the workers receive `AppServices`; nothing reaches for globals.
 */
import { isNull } from 'drizzle-orm';
import { createApiKeyService } from './admin/api-key-service.js';
import { type AuditView, listAudit } from './admin/audit.js';
import type { Principal } from './admin/principal.js';
import { createSubtreeCache } from './admin/scope.js';
import { createAuthService } from './admin/auth-service.js';
import { createStaffService } from './admin/staff-service.js';
import { organisations } from './catalog/catalog.schema.js';
import { createCalendarService } from './catalog/calendar-service.js';
import { createMaterialsService } from './catalog/materials-service.js';
import { createOrganisationService } from './catalog/organisation-service.js';
import { createProcedureService } from './catalog/procedure-service.js';
import { createTariffService } from './catalog/tariff-service.js';
import type { DayOfWeek } from './domain/time/plain-date.js';
import { createInboundService } from './exchange/inbound.js';
import { createOutboxAdmin } from './exchange/outbox-admin.js';
import { reconcile } from './exchange/reconciliation.js';
import { createStatusMappingService } from './exchange/status-mappings.js';
import { createSubscriptionService } from './exchange/subscriptions.js';
import { postalAppliers } from './postal/exchange-appliers.js';
import { createDeskService } from './desk/desk-service.js';
import { DESK_SUBSCRIBED_EVENTS } from './desk/post-events.js';
import { type InProcessReceiver, createTransport, ensureInProcessSubscription } from './exchange/in-process-transport.js';
import type { WebhookSender } from './exchange/webhook-sender.js';
import { createPostalService } from './postal/postal-service.js';
import { createChannels } from './notify/channels.js';
import { NOTIFY_SUBSCRIBED_EVENTS } from './notify/notice-kinds.js';
import { NOTIFY_RECEIVER, checkNotifyConfig, createNotifyService } from './notify/notify-service.js';
import { createNotifyRecords } from './notify-records.js';
import { createLogger } from './platform/logger.js';
import { createTrackingService } from './tracking/tracking-service.js';
import { REPORTS_RECEIVER, REPORTS_SUBSCRIBED_EVENTS } from './reports/projector.js';
import { createReportsService } from './reports/reports-service.js';
import type { Config } from './platform/config.js';
import type { Database, Db } from './platform/db/client.js';
import { AppError } from './platform/errors.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's date in Vietnam (UTC+7, no daylight saving), as YYYY-MM-DD. */
export function vietnamToday(clock: Clock): string {
  return new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Name of the built-in desk's in-process subscription (`inproc://built-in-desk`). */
export const BUILTIN_DESK = 'built-in-desk';

export function createServices(database: Database, config: Config, clock: Clock = systemClock) {
  const db = database.db;
  const now = () => clock.now();
  const mappings = createStatusMappingService(db, now);
  const subtree = createSubtreeCache(db, 30_000, now);
  const organisationService = createOrganisationService(db);
  const tariffs = createTariffService(db);
  const calendar = createCalendarService(db, { periods: config.workingHours.periods, weekdays: config.workingHours.weekdays as DayOfWeek[] }, now);
  const procedures = createProcedureService({ db, now, calendar });
  checkNotifyConfig(config);
  const notifyLog = createLogger(config.logLevel).child({ module: 'notify' });
  const notify = createNotifyService({
    db,
    now,
    publicBaseUrl: config.publicBaseUrl,
    records: createNotifyRecords(db),
    channels: createChannels({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, smsGateway: config.smsGateway, logCodes: config.env !== 'production', log: (fields, message) => notifyLog.info(fields, message) }),
    log: (fields, message) => notifyLog.info(fields, message),
  });
  // A public pickup uses up a verified phone in its own transaction (PHONE_VERIFICATION=required).
  const consumePhoneToken = config.phoneVerification === 'required' ? { consumePhoneToken: (tx: Db, phone: string, token: string) => notify.phoneVerifications.consume(tx, phone, token, 'pickup') } : {};
  const postal = createPostalService({ db, now, publicBaseUrl: config.publicBaseUrl, s10Prefix: config.s10Prefix, transferAccount: config.vietQr, organisations: organisationService, tariffs, calendar, ...consumePhoneToken });
  const appliers = postalAppliers(postal);
  // The built-in desk reports through the same inbound contract as a partner, in its own transaction.
  const desk = createDeskService({
    db,
    now,
    publicBaseUrl: config.publicBaseUrl,
    calendar,
    exchange: {
      async report(tx, caller, key, event) {
        await createInboundService(tx, mappings, appliers).reportEvent(caller, key, event, { requestId: 'built-in-desk', ip: null });
      },
    },
  });
  // The poster of a desk lists the postal staff working there (R8): the desk publishes that list.
  const materials = createMaterialsService({ db, now, publicBaseUrl: config.publicBaseUrl, tariffs, procedures: procedures.summaries, postalStaffAt: (code) => desk.assistance.postalStaffAt(code) });
  // Reports keep their projection from the event log through their own subscription (issue 9).
  const reports = createReportsService({ db, now, today: () => vietnamToday(clock), postalShareTargetPercent: config.postalShareTargetPercent, reportReminderDays: config.reportReminderDays });
  const inProcessReceivers: InProcessReceiver[] = [
    { name: BUILTIN_DESK, handler: desk.receivePostEvent },
    { name: NOTIFY_RECEIVER, handler: notify.receive },
    { name: REPORTS_RECEIVER, handler: reports.receive },
  ];
  return {
    database,
    clock,
    today: () => vietnamToday(clock),
    auth: createAuthService(db, { sessionTtlMinutes: config.sessionTtlMinutes, loginMaxFailures: config.loginMaxFailures, loginLockoutMinutes: config.loginLockoutMinutes }, now, subtree),
    apiKeys: createApiKeyService(db, now, subtree),
    staff: createStaffService(db),
    organisations: organisationService,
    calendar,
    tariffs,
    procedures,
    materials,
    postal,
    subscriptions: createSubscriptionService(db, now),
    outbox: createOutboxAdmin(db, now),
    mappings,
    inbound: createInboundService(db, mappings, appliers),
    tracking: createTrackingService(db, { ratePerMinute: config.trackingRatePerMinute, now: () => clock.now().getTime() }),
    desk,
    notify,
    reports,
    inProcessReceivers,
    /** The relay's sender: HTTP for partners, a function call for the built-in desk. */
    transport: (http: WebhookSender) => createTransport(http, db, inProcessReceivers),
    /** Creates what the built-in modules need in the database: the desk's, the notices' and the reports' subscriptions. */
    async ensureBuiltins(): Promise<void> {
      const [root] = await db.select({ id: organisations.id }).from(organisations).where(isNull(organisations.parentId)).limit(1);
      if (root === undefined) return;
      await ensureInProcessSubscription(db, { name: BUILTIN_DESK, label: 'Bộ phận Một cửa tích hợp (built-in one-stop desk)', organisationId: root.id, eventTypes: DESK_SUBSCRIBED_EVENTS });
      await ensureInProcessSubscription(db, { name: NOTIFY_RECEIVER, label: 'Thông báo cho công dân (notices to citizens)', organisationId: root.id, eventTypes: NOTIFY_SUBSCRIBED_EVENTS });
      await ensureInProcessSubscription(db, { name: REPORTS_RECEIVER, label: 'Số liệu báo cáo (reports projection)', organisationId: root.id, eventTypes: REPORTS_SUBSCRIBED_EVENTS });
    },
    reconcile: (day: string) => reconcile(db, day),
    health: {
      /** The driver in use, once the database has answered a trivial query. */
      async check(): Promise<'pglite' | 'postgresql'> {
        try {
          await database.ping();
        } catch {
          throw new AppError('DATABASE_UNAVAILABLE');
        }
        return database.driver;
      },
    },
    audit: {
      async list(reader: Principal, page: { limit: number; beforeId?: number }): Promise<AuditView[]> {
        // Anonymous entries (failed sign-ins) belong to no organisation: only readers at the
        // top of the tree, who see everything, are shown them.
        const roots = await db.select({ id: organisations.id }).from(organisations).where(isNull(organisations.parentId));
        const includeAnonymous = roots.some((r) => r.id === reader.organisationId);
        return listAudit(db, reader, { ...page, includeAnonymous });
      },
    },
  };
}

export type AppServices = ReturnType<typeof createServices>;
