/** What partner systems report: catalogue events, and status changes in their own codes. */
import { randomUUID } from 'node:crypto';
import { idempotent, idempotentEvent, requestFingerprint } from './idempotency.js';
import { type InboundAppliers, type InboundCaller, PARTNER_EVENT_TYPES, applyInbound, isPartnerEventType } from './inbound-appliers.js';
import { type CheckedEvent, checkEvent, recordEvent } from './events.js';
import { type EventType, catalogueEntry } from './event-catalogue.js';
import type { MappingSubject, StatusMappingService } from './status-mappings.js';
import type { RequestContext } from '../admin/principal.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface InboundEvent {
  type: string;
  version?: number;
  occurredAt: string;
  dossierCode?: string;
  itemNumber?: string;
  data: Record<string, unknown>;
}

export interface InboundStatus {
  system: string;
  subject: MappingSubject;
  code: string;
  occurredAt: string;
  dossierCode?: string;
  itemNumber?: string;
  note?: string;
}

export interface RecordedView {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  dossierCode: string | null;
  itemNumber: string | null;
}

export function createInboundService(db: Db, mappings: StatusMappingService, appliers: InboundAppliers = {}) {
  async function reportEvent(caller: InboundCaller, key: string, input: InboundEvent, _context: RequestContext) {
    const principal = caller.principal;
    const entry = catalogueEntry(input.type, input.version ?? 1);
    if (entry !== undefined && !isPartnerEventType(entry.type)) {
      throw new AppError('VALIDATION_FAILED', {
        detail: { vi: `Sự kiện ${input.type} do bưu chính ghi nhận, hệ thống khác không báo được`, en: `${input.type} is recorded by the post itself; other systems cannot report it` },
        fields: [{ in: 'body', name: 'type', vi: `chỉ nhận: ${PARTNER_EVENT_TYPES.join(', ')}`, en: `accepted: ${PARTNER_EVENT_TYPES.join(', ')}` }],
      });
    }
    if (entry === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        detail: { vi: `Không có loại sự kiện ${input.type} phiên bản ${input.version ?? 1}`, en: `No event type ${input.type} version ${input.version ?? 1}` },
        fields: [{ in: 'body', name: 'type', vi: 'không có trong danh mục sự kiện', en: 'not in the event catalogue' }],
      });
    }
    return idempotent<RecordedView>(db, { principal, key, fingerprint: requestFingerprint('POST', '/api/v1/exchange/events', input) }, async (tx) => {
      const event = await recordEvent(tx, {
        type: entry.type as EventType,
        version: entry.version,
        occurredAt: new Date(input.occurredAt),
        dossierCode: input.dossierCode ?? null,
        itemNumber: input.itemNumber ?? null,
        // A handover record's events are ordered under the record when no dossier or item is named.
        ...(typeof input.data['manifestId'] === 'string' && input.dossierCode === undefined && input.itemNumber === undefined ? { subjectKey: input.data['manifestId'] } : {}),
        source: `partner:${principal}`,
        data: input.data as never,
      });
      // After the catalogue check in recordEvent, so the applier reads valid data.
      await applyInbound(appliers, tx, caller, { type: entry.type as EventType, occurredAt: new Date(input.occurredAt), dossierCode: input.dossierCode ?? null, itemNumber: input.itemNumber ?? null, data: input.data as never });
      return { status: 201, body: view(event) };
    });
  }

  async function reportStatus(principal: string, key: string, input: InboundStatus, _context: RequestContext) {
    if (input.subject === 'dossier' ? input.dossierCode === undefined : input.itemNumber === undefined) {
      const name = input.subject === 'dossier' ? 'dossierCode' : 'itemNumber';
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name, vi: 'bắt buộc với loại đối tượng này', en: 'required for this subject' }] });
    }
    const canonical = await mappings.inbound(input.system, input.subject, input.code);
    if (canonical === null) {
      // Kept outside the refused request's transaction, so the report survives for review.
      await mappings.keepUnmapped(input.system, input.subject, input.code, { ...input }, principal);
      throw new AppError('STATUS_UNMAPPED', {
        detail: {
          vi: `Mã trạng thái "${input.code}" của hệ thống ${input.system} chưa được ánh xạ; báo cáo đã được lưu để quản trị viên xem xét`,
          en: `Status code "${input.code}" of system ${input.system} has no mapping; the report was kept for an administrator to review`,
        },
      });
    }
    const occurredAt = new Date(input.occurredAt);
    const answer = {
      status: 201,
      body: {
        id: randomUUID(),
        type: input.subject === 'dossier' ? 'dossier.status-reported' : 'item.status-reported',
        version: 1,
        occurredAt: occurredAt.toISOString(),
        dossierCode: input.dossierCode ?? null,
        itemNumber: input.itemNumber ?? null,
      },
    };
    const scope = { principal, key, fingerprint: requestFingerprint('POST', '/api/v1/exchange/status-reports', input) };
    const common = { id: answer.body.id, occurredAt, dossierCode: input.dossierCode ?? null, itemNumber: input.itemNumber ?? null, source: `partner:${principal}` };
    const extra = { system: input.system, externalCode: input.code, ...(input.note === undefined ? {} : { note: input.note }) };
    let event: CheckedEvent;
    try {
      event =
        input.subject === 'dossier'
          ? checkEvent({ ...common, type: 'dossier.status-reported', data: { status: canonical, ...extra } })
          : checkEvent({ ...common, type: 'item.status-reported', data: { state: canonical, ...extra } });
    } catch (refusal) {
      // Not expected (the route's schema admits only valid reports), but if the event is refused
      // the key is still checked first, as it always was: a replay or a reused key is answered
      // as such, and otherwise the refusal rolls the key back.
      return idempotent<RecordedView>(db, scope, () => Promise.reject(refusal instanceof Error ? refusal : new Error(String(refusal))));
    }
    // The whole change is this one event: key, stored answer, event and outbox rows in one statement.
    return idempotentEvent<RecordedView>(db, scope, event, answer);
  }

  return { reportEvent, reportStatus };
}

function view(event: RecordedView): RecordedView {
  return { id: event.id, type: event.type, version: event.version, occurredAt: event.occurredAt, dossierCode: event.dossierCode, itemNumber: event.itemNumber };
}

export type InboundService = ReturnType<typeof createInboundService>;
