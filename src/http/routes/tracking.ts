/**
 * Public tracking by dossier code or item number (the QR code on every receipt opens the page
 * that calls this). Personal details need the last 4 digits of the phone on file in a header,
 * never in the URL, which proxies and browsers keep.
 */
import { Type } from 'typebox';
import { TRACKING_STAGES } from '../../tracking/stages.js';
import { TIMELINE_LEGS } from '../../tracking/timeline.js';
import { MAX_TRACKING_CODE_LENGTH } from '../../tracking/tracking-code.js';
import type { TrackingService } from '../../tracking/tracking-service.js';
import type { App } from '../app-type.js';
import { preferredLanguage } from '../problem.js';
import { stringEnum } from '../schemas.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const OrgRef = Type.Object({ code: Type.String(), name: Type.String() });

const TrackingView = Type.Object(
  {
    code: Type.String({ description: 'The code as normalised: canonical dossier code (agency right to left) or the 13-character item number' }),
    kind: stringEnum(['dossier', 'item'] as const),
    dossierCode: Nullable(Type.String()),
    itemNumbers: Type.Array(Type.String(), { description: 'The item the dossier was sent under and, when different, the one its result travels under' }),
    procedure: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
    serviceForm: Nullable(stringEnum(['send-dossier', 'receive-result', 'both'] as const)),
    status: Type.Object({ code: stringEnum(TRACKING_STAGES), vi: Type.String(), en: Type.String() }, { description: 'The current stage' }),
    agency: Nullable(OrgRef),
    filedAt: Nullable(Instant),
    dueAt: Nullable(Instant),
    transitDueAt: Nullable(Type.String({ format: 'date-time', description: 'End of the day (Vietnam time) by which the post must bring the dossier to the desk (J+n)' })),
    timeline: Type.Array(
      Type.Object({
        at: Instant,
        type: Type.String({ description: 'Event type (docs/EVENTS.md)' }),
        leg: stringEnum(TIMELINE_LEGS),
        vi: Type.String(),
        en: Type.String(),
        place: Nullable(Type.String({ description: 'Post office, desk or agency where it happened' })),
        unit: Nullable(OrgRef),
      }),
      { description: 'Both legs in the order things happened; no personal data' },
    ),
    personalAvailable: Type.Boolean({ description: 'A phone is on file: give its last 4 digits in X-Phone-Last4 to see `personal`' }),
    personal: Nullable(
      Type.Object({
        applicantName: Type.String(),
        phone: Type.String({ description: 'Masked: ******1234' }),
        address: Nullable(Type.String()),
        receivedBy: Nullable(Type.String({ description: 'Who received the result, once delivered' })),
      }),
    ),
  },
  { description: 'Where a dossier is, across the post and the one-stop desk' },
);

export function trackingRoutes(app: App, deps: { tracking: TrackingService }): void {
  app.get(
    '/api/v1/tracking/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Track a dossier by its dossier code or an item number: one timeline across both legs',
        description:
          'Rate-limited per client address (TRACKING_RATE_PER_MINUTE; a wrong X-Phone-Last4 costs 10 lookups): over the limit, 429 with Retry-After. ' +
          'A malformed code is 400 TRACKING_CODE_INVALID with `reason` (and, for a wrong S10 check digit, `expectedCheckDigit`).',
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: MAX_TRACKING_CODE_LENGTH, description: 'Dossier code or S10 item number; case, spaces and hyphens around it are forgiven' }) }),
        headers: Type.Object({
          'x-phone-last4': Type.Optional(Type.String({ pattern: '^[0-9]{4}$', description: 'The last 4 digits of the phone on file, to see the personal details' })),
        }),
        response: {
          200: TrackingView,
          400: Type.Ref('Problem'),
          403: Type.Ref('Problem'),
          404: Type.Ref('Problem'),
          429: Type.Ref('Problem'),
        },
      },
    },
    // Cache-Control: no-store, as on every API answer (app.ts): a cached answer without the
    // personal details would also be served to the request that brings the phone digits.
    async (request) =>
      deps.tracking.track({
        code: request.params.code,
        phoneLast4: request.headers['x-phone-last4'],
        client: request.ip,
        language: preferredLanguage(request),
      }),
  );
}
