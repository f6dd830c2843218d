/** A postal staff member's round: pickups to go to and results to deliver, with addresses (personal data: audited). */
import { Type } from 'typebox';
import type { PostalService } from '../../postal/postal-service.js';
import { ROUND_RESULT_STATES } from '../../postal/round.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { ServiceFormSchema, errors } from './postal-schemas.js';

const Named = Type.Object({ code: Type.String(), name: Type.String() });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const { 401: unauthorised, 403: forbidden } = errors;

const RoundPickup = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reference: Type.String(),
  status: stringEnum(['requested', 'assigned'] as const),
  procedure: Named,
  serviceForm: ServiceFormSchema,
  window: Type.Object({ from: Type.String({ format: 'date-time' }), to: Type.String({ format: 'date-time' }) }),
  unit: Type.Object({ code: Type.String(), name: Type.String() }, { description: 'The commune or ward of the address (current unit)' }),
  address: Type.String(),
  applicant: Type.Object({ name: Type.String(), phone: Type.String(), email: nullable(Type.String()) }),
});

const RoundDelivery = Type.Object({
  itemNumber: Type.String(),
  dossierCode: nullable(Type.String()),
  procedure: Named,
  state: stringEnum(ROUND_RESULT_STATES, { description: 'result-collected and result-at-post-office need a scan to out-for-delivery before a delivery at the door' }),
  heldBy: stringEnum(['me', 'office'] as const, { description: 'me: in your hands; office: at an office you see' }),
  failedAttempts: Type.Integer(),
  nextAttemptOn: nullable(Type.String({ format: 'date' })),
  unit: Named,
  address: Type.String(),
  applicant: Type.Object({ name: Type.String(), phone: Type.String() }),
  idNumberLast4: nullable(Type.String({ description: 'Last four characters of the identity number given at intake, to compare with the card shown' })),
});

export function postalRoundRoutes(app: App, deps: { postal: PostalService }): void {
  const { round } = deps.postal;

  app.get(
    '/api/v1/postal/round',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: {
        tags: ['postal'],
        summary: 'Your round: pickups to go to and results to deliver, with addresses and contacts (personal data: the read is audited)',
        description:
          'A postman gets the pickups assigned to them, the results in their hands and those waiting at their office for an invitation due today; a clerk or supervisor gets the open pickups and the results waiting at the offices they see. Ordered by commune or ward, then address.',
        response: { 200: Type.Object({ date: Type.String({ format: 'date' }), pickups: Type.Array(RoundPickup), deliveries: Type.Array(RoundDelivery) }), 401: unauthorised, 403: forbidden },
      },
    },
    async (request) => round.round(accountOf(request), requestContext(request)),
  );
}
