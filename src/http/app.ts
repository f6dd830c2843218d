/**
 * The HTTP edge: Fastify with JSON-schema'd routes, OpenAPI 3.1, problem details, access
 * control, request ids, and the built web app. Routes are thin: they parse, call one service,
 * and shape the answer.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyError } from 'fastify';
import type { Logger } from 'pino';
import type { AppServices } from '../services.js';
import type { Config } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import { registerAccessControl } from './access.js';
import { eventWebhooks } from './event-webhooks.js';
import type { App } from './app-type.js';
import { ProblemSchema, frameworkProblem, sendProblem, validationProblem } from './problem.js';
import { accountRoutes } from './routes/accounts.js';
import { createAccountAdmin } from '../admin/account-admin.js';
import { createCalendarAdmin } from '../catalog/calendar-admin.js';
import { createProcedureAdmin } from '../catalog/procedure-admin.js';
import { createTariffAdmin } from '../catalog/tariff-admin.js';
import { adminAccountRoutes } from './routes/admin-accounts.js';
import { adminCalendarRoutes } from './routes/admin-calendar.js';
import { adminProcedureRoutes } from './routes/admin-procedures.js';
import { adminTariffRoutes } from './routes/admin-tariffs.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { auditRoutes } from './routes/audit.js';
import { calendarRoutes } from './routes/calendar.js';
import { manifestRoutes } from './routes/manifests.js';
import { materialRoutes } from './routes/materials.js';
import { deskDocumentRoutes } from './routes/desk-documents.js';
import { deskRoutes } from './routes/desk.js';
import { assistedFilingRoutes } from './routes/assisted-filings.js';
import { pickupRoutes } from './routes/pickups.js';
import { noticeRoutes } from './routes/notices.js';
import { phoneVerificationRoutes } from './routes/phone-verifications.js';
import { postalDocumentRoutes } from './routes/postal-documents.js';
import { intakeRoutes } from './routes/postal-intake.js';
import { postalOperationRoutes } from './routes/postal-operations.js';
import { postalItemRoutes } from './routes/postal-items.js';
import { postalRoundRoutes } from './routes/postal-round.js';
import { postalQueueRoutes } from './routes/postal-queues.js';
import { tariffRoutes } from './routes/tariffs.js';
import { trackingRoutes } from './routes/tracking.js';
import { authRoutes } from './routes/auth.js';
import { healthRoute } from './routes/health.js';
import { organisationRoutes } from './routes/organisations.js';
import { problemRoutes } from './routes/problems.js';
import { procedureRoutes } from './routes/procedures.js';
import { exchangeInboundRoutes } from './routes/exchange-inbound.js';
import { reconciliationRoutes } from './routes/reconciliation.js';
import { complaintRoutes } from './routes/complaints.js';
import { difficultyRoutes } from './routes/difficulties.js';
import { planRoutes } from './routes/plans.js';
import { reportRoutes } from './routes/reports.js';
import { trainingRecordRoutes } from './routes/training-records.js';
import { unitRoutes } from './routes/units.js';
import { webhookRoutes } from './routes/webhooks.js';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export interface BuildAppOptions {
  config: Config;
  services: AppServices;
  logger: Logger;
  version: string;
  /** Serve the built web app from dist/web when it exists (off in API-only tests). */
  serveWeb?: boolean;
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config, services } = options;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID_PATTERN.test(sent) ? sent : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) void reply.header('cache-control', 'no-store');
    // The built web app has no inline script or style: a strict policy costs nothing. The API
    // reference (Swagger UI) brings its own assets and is left to its plugin's defaults.
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !request.url.startsWith('/api/docs')) {
      void reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ code: error.code }, 'request failed');
      return sendProblem(reply, error);
    }
    if (error.validation !== undefined) return sendProblem(reply, validationProblem(error));
    const mapped = frameworkProblem(error);
    if (mapped !== null) return sendProblem(reply, mapped);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, new AppError('INTERNAL'));
  });

  await app.register(fastifyCookie);
  app.addSchema(ProblemSchema);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'bcci-hub API',
        version: options.version,
        description:
          'Administrative dossiers through the public postal service: the API of the public site, the staff workspaces and partner systems (one-stop software, postal operator software, national portal). Errors are RFC 9457 problem details with a stable `code`; see /api/problems.',
      },
      servers: [{ url: config.publicBaseUrl }],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'bcci_session', description: 'Staff session; writes also need the X-CSRF-Token header' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'API key of a partner system: Authorization: Bearer bcci_…' },
        },
      },
      // OpenAPI 3.1 webhooks: what a subscribed partner receives, one entry per event type.
      webhooks: eventWebhooks(),
      tags: [
        { name: 'system', description: 'Health and the error catalogue' },
        { name: 'auth', description: 'Staff sign-in and sessions' },
        { name: 'catalog', description: 'Reference data: units, organisations, the procedures catalogue and its files' },
        { name: 'admin', description: 'Accounts, API keys, audit' },
        { name: 'calendar', description: 'Working days, holidays and due dates' },
        { name: 'tariffs', description: 'Postal tariffs and quotes' },
        { name: 'public', description: 'For citizens: pickup requests, tracking' },
        { name: 'postal', description: 'The post: pickups, intake, custody scans, handover records, delivery, printed slips' },
        { name: 'desk', description: 'The built-in one-stop desk: handover records received, registration, processing, results, forms' },
        { name: 'exchange', description: 'Events between the postal and one-stop systems: catalogue, webhooks, outbox' },
        { name: 'reports', description: 'Indicators and the lists behind them, the 30 % target, report deadlines; the plan\'s tasks, difficulties, complaints, training records' },
      ],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json['$id'] === 'string' ? json['$id'] : `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });

  registerAccessControl(app, { db: services.database.db, auth: services.auth, apiKeys: services.apiKeys });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  healthRoute(app, { health: services.health, version: options.version });
  problemRoutes(app);
  authRoutes(app, { auth: services.auth, cookieSecure: config.cookieSecure, sessionTtlMinutes: config.sessionTtlMinutes });
  organisationRoutes(app, { organisations: services.organisations, staff: services.staff });
  unitRoutes(app, { organisations: services.organisations, today: services.today });
  accountRoutes(app, { staff: services.staff });
  apiKeyRoutes(app, { apiKeys: services.apiKeys });
  auditRoutes(app, { audit: services.audit });
  calendarRoutes(app, { calendar: services.calendar });
  tariffRoutes(app, { tariffs: services.tariffs, today: services.today });
  procedureRoutes(app, { procedures: services.procedures });
  materialRoutes(app, { materials: services.materials });
  postalItemRoutes(app);
  pickupRoutes(app, { postal: services.postal });
  phoneVerificationRoutes(app, { phoneVerifications: services.notify.phoneVerifications });
  noticeRoutes(app, { notify: services.notify });
  trackingRoutes(app, { tracking: services.tracking });
  intakeRoutes(app, { postal: services.postal });
  postalOperationRoutes(app, { postal: services.postal });
  postalRoundRoutes(app, { postal: services.postal });
  postalQueueRoutes(app, { postal: services.postal });
  manifestRoutes(app, { postal: services.postal });
  postalDocumentRoutes(app, { postal: services.postal });
  deskRoutes(app, { desk: services.desk });
  deskDocumentRoutes(app, { desk: services.desk });
  assistedFilingRoutes(app, { desk: services.desk });
  webhookRoutes(app, { subscriptions: services.subscriptions, outbox: services.outbox });
  exchangeInboundRoutes(app, { inbound: services.inbound, mappings: services.mappings });
  reconciliationRoutes(app, { reconcile: services.reconcile });
  reportRoutes(app, { reports: services.reports });
  planRoutes(app, { reports: services.reports });
  difficultyRoutes(app, { reports: services.reports });
  complaintRoutes(app, { reports: services.reports });
  trainingRecordRoutes(app, { reports: services.reports });
  // The administrator's workspace (issue 8): R4 postal decisions, tariff versions, the calendar year to edit, roles.
  adminProcedureRoutes(app, { procedureAdmin: createProcedureAdmin({ db: services.database.db, today: services.today }) });
  adminTariffRoutes(app, { tariffAdmin: createTariffAdmin({ db: services.database.db, today: services.today }) });
  adminCalendarRoutes(app, { calendarAdmin: createCalendarAdmin({ db: services.database.db, calendar: services.calendar }) });
  adminAccountRoutes(app, { accountAdmin: createAccountAdmin(services.database.db) });

  const webBuilt = options.serveWeb === true && existsSync(`${WEB_DIST}index.html`);
  if (options.serveWeb === true && !webBuilt) options.logger.warn('web app not built (run npm run build:web): serving the API only');
  if (webBuilt) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz copies (scripts/vite-precompress.ts): sent when accepted.
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, path) {
        // Vite names assets by content hash: they never change. The shell must be revalidated.
        void res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app: a GET outside /api that accepts HTML gets the app shell.
    if (webBuilt && request.method === 'GET' && !request.url.startsWith('/api') && (request.headers.accept ?? '').includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, new AppError('ROUTE_NOT_FOUND', { detail: { vi: `Không có ${request.method} ${request.url.split('?')[0]}`, en: `No route ${request.method} ${request.url.split('?')[0]}` } }));
  });

  await app.ready();
  return app;
}
