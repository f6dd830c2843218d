/**
 * The versioned catalogue of events between the postal side and the one-stop side (R9). Each
 * event type has a version and a JSON schema for its `data`; the envelope is the same for all.
 * A new version of a type is a new entry: receivers see `type` and `version` on every event.
 * Published in the OpenAPI document (GET /api/v1/exchange/event-types) and docs/EVENTS.md.
 */
import { type Static, type TSchema, Type } from 'typebox';

const S10 = Type.String({ pattern: '^[A-Z]{2}\\d{9}[A-Z]{2}$', description: 'UPU S10 item number' });
const Instant = Type.String({ format: 'date-time' });
const Money = Type.Integer({ minimum: 0, description: 'đồng' });
const OrgRef = Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false });
const Party = Type.Object(
  { kind: Type.Union([Type.Literal('citizen'), Type.Literal('postman'), Type.Literal('post-office'), Type.Literal('transit'), Type.Literal('desk'), Type.Literal('processing-unit')]), ref: Type.String() },
  { additionalProperties: false, description: 'One side of a custody transfer: a kind and an organisation code, account id or "citizen"' },
);
const ServiceForm = Type.Union([Type.Literal('send-dossier'), Type.Literal('receive-result'), Type.Literal('both')]);

function entry<const T extends string, S extends TSchema>(type: T, version: number, subject: 'dossier' | 'item' | 'pickup' | 'manifest' | 'agency', description: string, data: S) {
  return { type, version, subject, description, data } as const;
}

export const EVENT_CATALOGUE = [
  entry('pickup.requested', 1, 'pickup', 'A citizen or staff member asked for a postman to collect a dossier or deliver a result', Type.Object({
    pickupId: Type.String(), procedureCode: Type.String(), serviceForm: ServiceForm, unitCode: Type.String({ description: 'Current administrative unit of the address' }),
    window: Type.Object({ from: Instant, to: Instant }),
  })),
  entry('pickup.assigned', 1, 'pickup', 'A pickup was assigned to a postman', Type.Object({ pickupId: Type.String(), postOffice: OrgRef, postmanId: Type.String() })),
  entry('pickup.cancelled', 1, 'pickup', 'A pickup was cancelled', Type.Object({ pickupId: Type.String(), reason: Type.String() })),
  entry('dossier.taken-in', 1, 'item', 'The post took a complete dossier in (phiếu gửi hồ sơ signed) and sealed it under an item number', Type.Object({
    procedureCode: Type.String(), serviceForm: ServiceForm, agency: OrgRef, postOffice: OrgRef, postage: Money, feesCollected: Money, slipNumber: Type.String(),
  })),
  entry('intake.refused-incomplete', 1, 'pickup', 'Intake stopped because required documents were missing; a guidance slip was given', Type.Object({
    pickupId: Type.String({ description: 'The pickup request, or counter:<id> for a dossier brought to a counter' }), procedureCode: Type.String(), missing: Type.Array(Type.String(), { minItems: 1 }),
    postOffice: OrgRef, staffId: Type.String({ description: 'Account of the postal staff member' }),
  })),
  entry('item.custody-changed', 1, 'item', 'A postal item passed from one custodian to another, confirmed by the receiver', Type.Object({ from: Party, to: Party, place: Type.String() })),
  entry('manifest.sent', 1, 'manifest', 'A handover record (biên bản giao nhận) listing items and fees was sent to a desk. `dossiers` carries what the desk needs to register each one, including the applicant\'s contact (personal data: for the competent agency only, never shown publicly)', Type.Object({
    manifestId: Type.String(), number: Type.String(), from: OrgRef, to: OrgRef, items: Type.Array(S10, { minItems: 1 }), feesTotal: Money,
    dossiers: Type.Array(Type.Object({
      itemNumber: S10, procedureCode: Type.String(), serviceForm: ServiceForm, fees: Money, takenInAt: Instant,
      applicant: Type.Object({ name: Type.String(), phone: Type.String(), email: Type.Union([Type.String(), Type.Null()]), idNumber: Type.Union([Type.String(), Type.Null()]), address: Type.String(), unitCode: Type.String() }, { additionalProperties: false }),
    }, { additionalProperties: false })),
  })),
  entry('manifest.acknowledged', 1, 'manifest', 'The desk signed the handover record; the signature time is the legal filing time', Type.Object({
    manifestId: Type.String(), signedAt: Instant, received: Type.Array(S10), missing: Type.Array(S10), extra: Type.Array(S10), damaged: Type.Array(S10),
  })),
  entry('dossier.registered', 1, 'dossier', 'The desk registered the dossier: dossier code, legal filing time and due date', Type.Object({ filedAt: Instant, dueAt: Instant, agency: OrgRef, procedureCode: Type.String() })),
  entry('dossier.supplement-requested', 1, 'dossier', 'The desk asked for missing items (form 02); the clock stops', Type.Object({ items: Type.Array(Type.String(), { minItems: 1 }), requestedAt: Instant })),
  entry('dossier.supplement-received', 1, 'dossier', 'The dossier is complete again; the clock restarts from zero', Type.Object({ completedAt: Instant, dueAt: Instant })),
  entry('dossier.refused', 1, 'dossier', 'The dossier was not accepted (form 03)', Type.Object({ reason: Type.String() })),
  entry('dossier.delay-notified', 1, 'dossier', 'The agency apologised for a delay and set a new due date (form 04), once', Type.Object({ previousDueAt: Instant, dueAt: Instant, reason: Type.String() })),
  entry('result.ready', 1, 'dossier', 'The result is ready at the desk', Type.Object({ readyAt: Instant, resultMethod: Type.Union([Type.Literal('in-person'), Type.Literal('post')]) })),
  entry('result.handed-to-post', 1, 'dossier', 'The desk handed the result to the post on a handover record', Type.Object({ manifestId: Type.String(), resultItemNumber: S10, carrierId: Type.Optional(Type.String({ description: 'Account id of the postman who signed for it, when known' })) })),
  entry('delivery.attempted', 1, 'item', 'A delivery of the result failed', Type.Object({
    attempt: Type.Integer({ minimum: 1 }), reason: Type.Union([Type.Literal('nobody-home'), Type.Literal('refused'), Type.Literal('wrong-address'), Type.Literal('no-identity-document'), Type.Literal('identity-mismatch'), Type.Literal('other')], { description: 'src/domain/postal-item/delivery.ts FAILED_DELIVERY_REASONS' }), nextAttemptOn: Type.Optional(Type.String({ format: 'date' })),
  })),
  entry('delivery.delivered', 1, 'item', 'The result was delivered against an identity check and a signature', Type.Object({ deliveredAt: Instant, receivedBy: Type.Union([Type.Literal('applicant'), Type.Literal('authorised-person')]) })),
  entry('result.returned-to-agency', 1, 'item', 'After the failed attempts the result went back to the agency', Type.Object({ returnedAt: Instant, attempts: Type.Integer({ minimum: 2 }) })),
  entry('dossier.status-reported', 1, 'dossier', 'Another system reported a dossier status; its code was mapped to our canonical status through the status mappings', Type.Object({
    status: Type.String({ description: 'Canonical dossier status (src/domain/dossier/lifecycle.ts)' }), system: Type.String(), externalCode: Type.String(), note: Type.Optional(Type.String({ maxLength: 2000 })),
  })),
  entry('item.status-reported', 1, 'item', 'Another system reported the state of a postal item; its code was mapped to our canonical custody state', Type.Object({
    state: Type.String({ description: 'Canonical custody state (src/domain/postal-item/custody.ts)' }), system: Type.String(), externalCode: Type.String(), note: Type.Optional(Type.String({ maxLength: 2000 })),
  })),
  entry('fees.remitted', 1, 'agency', 'Fees collected on behalf were paid to the agency', Type.Object({ agency: OrgRef, amount: Money, manifestId: Type.String(), itemNumbers: Type.Array(S10), dossierCodes: Type.Array(Type.String()), remittedAt: Instant })),
] as const;

export type CatalogueEntry = (typeof EVENT_CATALOGUE)[number];
export type EventType = CatalogueEntry['type'];
export type EventData<T extends EventType> = Static<Extract<CatalogueEntry, { type: T }>['data']>;

export const EVENT_TYPES: readonly EventType[] = EVENT_CATALOGUE.map((e) => e.type);

export function catalogueEntry(type: string, version: number): CatalogueEntry | undefined {
  return EVENT_CATALOGUE.find((e) => e.type === type && e.version === version);
}

/** The envelope every event travels in, as delivered by webhook. */
export const EventEnvelope = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    type: Type.String(),
    version: Type.Integer({ minimum: 1 }),
    occurredAt: Instant,
    dossierCode: Type.Union([Type.String(), Type.Null()]),
    itemNumber: Type.Union([S10, Type.Null()]),
    data: Type.Object({}, { additionalProperties: true }),
  },
  { $id: 'EventEnvelope', additionalProperties: false },
);
export type EventEnvelopeBody = Static<typeof EventEnvelope>;
