/** The log of notices sent to citizens, for the staff who watch the outbox. */
import { Type } from 'typebox';
import { NOTICE_CHANNELS, NOTICE_KINDS, NOTICE_STATUSES } from '../../notify/notice-kinds.js';
import type { NotifyService } from '../../notify/notify-service.js';
import { accountOf } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const problem = Type.Ref('Problem');
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const Notice = Type.Object({
  id: Type.Integer(),
  kind: stringEnum(NOTICE_KINDS),
  channel: stringEnum(NOTICE_CHANNELS),
  status: stringEnum(NOTICE_STATUSES, { description: 'logged: no provider configured, written to the server log instead' }),
  recipient: nullable(Type.String({ description: 'Masked phone (091****678) or email (h***@example.vn)' })),
  language: stringEnum(['vi', 'en'] as const),
  reference: nullable(Type.String({ description: 'Dossier code, item number or pickup reference' })),
  eventId: nullable(Type.String({ format: 'uuid', description: 'The event that called for it (null for a one-time code)' })),
  organisationId: nullable(Type.String({ format: 'uuid' })),
  attempts: Type.Integer(),
  providerMessageId: nullable(Type.String()),
  lastError: nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  lastAttemptAt: nullable(Type.String({ format: 'date-time' })),
  sentAt: nullable(Type.String({ format: 'date-time' })),
});

export function noticeRoutes(app: App, deps: { notify: NotifyService }): void {
  app.get(
    '/api/v1/admin/notices',
    {
      config: { access: { permission: 'webhooks:manage' } },
      schema: {
        tags: ['exchange'],
        summary: 'Notices sent to citizens (email, SMS) within your scope, newest first; recipients masked, no message text',
        querystring: Type.Object(
          {
            status: Type.Optional(stringEnum(NOTICE_STATUSES)),
            channel: Type.Optional(stringEnum(NOTICE_CHANNELS)),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
            before: Type.Optional(Type.Integer({ minimum: 1, description: 'Only notices with a smaller id: the nextBefore of the previous page' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Notice), nextBefore: nullable(Type.Integer()) }), 400: problem, 401: problem, 403: problem },
      },
    },
    async (request) => deps.notify.notices.list(accountOf(request), request.query),
  );
}
