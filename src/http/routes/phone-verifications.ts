/**
 * Phone verification by a one-time code, for the public pickup form: ask for a code (sent by
 * SMS), confirm it, and pass the token returned to `POST /api/v1/pickups`.
 */
import { Type } from 'typebox';
import type { PhoneVerifications } from '../../notify/phone-verification.js';
import { PHONE_VERIFICATION_PURPOSES } from '../../notify/phone-verification.js';
import { requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { preferredLanguage } from '../problem.js';
import { stringEnum } from '../schemas.js';
import { Phone } from './postal-schemas.js';

const problem = Type.Ref('Problem');

export function phoneVerificationRoutes(app: App, deps: { phoneVerifications: PhoneVerifications }): void {
  app.post(
    '/api/v1/phone-verifications',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Send a six-digit code by SMS to verify a phone (valid 10 minutes; a new one after 60 s, at most 5 an hour per phone)',
        body: Type.Object({ phone: Phone, purpose: stringEnum(PHONE_VERIFICATION_PURPOSES, { description: 'What the verified phone is for' }) }, { additionalProperties: false }),
        response: {
          201: Type.Object({
            verificationId: Type.String({ format: 'uuid' }),
            expiresAt: Type.String({ format: 'date-time', description: 'Until when the code can be confirmed' }),
            resendAfterSeconds: Type.Integer({ description: 'Seconds before another code may be asked for this phone' }),
          }),
          400: problem,
          429: problem,
          503: problem,
        },
      },
    },
    async (request, reply) => {
      const started = await deps.phoneVerifications.start(request.body, requestContext(request).ip, preferredLanguage(request));
      return reply.code(201).send(started);
    },
  );

  app.post(
    '/api/v1/phone-verifications/:id/confirm',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Confirm the code: a token proving the phone for 30 minutes, used up by one pickup request. Wrong code 422 (5 tries), expired or locked 410',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ code: Type.String({ pattern: '^[0-9]{6}$' }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ verificationToken: Type.String({ description: 'Give as phoneVerificationToken with the pickup request' }), expiresAt: Type.String({ format: 'date-time' }) }),
          400: problem,
          404: problem,
          409: problem,
          410: problem,
          422: problem,
        },
      },
    },
    async (request) => deps.phoneVerifications.confirm(request.params.id, request.body.code),
  );
}
