/** Request and response shapes shared by the postal routes. */
import { Type } from 'typebox';
import { SCAN_TARGETS } from '../../postal/scans.js';
import { FAILED_DELIVERY_REASONS, IDENTITY_DOCUMENT_KINDS } from '../../domain/postal-item/delivery.js';
import { stringEnum } from '../schemas.js';

export const ServiceFormSchema = stringEnum(['send-dossier', 'receive-result', 'both'] as const, { description: '1 send the dossier by post, 2 receive the result by post, 3 both (Decision 45/2016 Art. 3)' });
export const ItemNumberParam = Type.Object({ itemNumber: Type.String({ pattern: '^[A-Z]{2}\\d{9}[A-Z]{2}$', description: 'UPU S10 item number' }) });
export const Phone = Type.String({ pattern: '^\\+?[0-9]{9,15}$', description: 'Digits, optionally with a leading +' });
export const PersonName = Type.String({ minLength: 1, maxLength: 200 });
/** A signature drawn on a phone or pad, as a PNG data URL. */
export const Signature = Type.String({ pattern: '^data:image/png;base64,[A-Za-z0-9+/]+={0,2}$', maxLength: 200_000, description: 'PNG data URL' });
export const Photo = Type.String({ pattern: '^data:image/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$', maxLength: 700_000, description: 'PNG or JPEG data URL, at most about 500 kB' });
export const OrgRefSchema = Type.Object({ code: Type.String(), name: Type.String() });
export const errors = { 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), 404: Type.Ref('Problem'), 409: Type.Ref('Problem'), 422: Type.Ref('Problem') };

export const ItemState = Type.Object({
  itemNumber: Type.String(),
  state: Type.String({ description: 'Custody state (src/domain/postal-item/custody.ts)' }),
  custodian: Type.Object({ kind: Type.String(), ref: Type.String() }),
  version: Type.Integer(),
});

export const ScanBody = Type.Object(
  {
    to: stringEnum(SCAN_TARGETS),
    destination: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Destination office code, for a move into transit' })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const FailedAttemptBody = Type.Object({ reason: stringEnum(FAILED_DELIVERY_REASONS), note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });

export const DeliveredBody = Type.Object(
  {
    identity: Type.Object({ kind: stringEnum(IDENTITY_DOCUMENT_KINDS), number: Type.String({ minLength: 6, maxLength: 20 }) }, { additionalProperties: false }),
    signature: Signature,
    photo: Type.Optional(Photo),
  },
  { additionalProperties: false },
);
