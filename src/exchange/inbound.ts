/** What partner systems report: catalogue events, and status changes in their own codes. */
import { randomUUID } from 'node:crypto';
import { idempotent, requestFingerprint } from './idempotency.js';
import { recordEvent } from './events.js';
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

export function createInboundService(db: Db, mappings: StatusMappingService) {
  async function reportEvent(principal: string, key: string, input: InboundEvent, _context: RequestContext) {
    const entry = catalogueEntry(input.type, input.version ?? 1);
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
        source: `partner:${principal}`,
        data: input.data as never,
      });
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
    return idempotent<RecordedView>(
      db,
      { principal, key, fingerprint: requestFingerprint('POST', '/api/v1/exchange/status-reports', input) },
      async (tx) => {
        const common = { id: answer.body.id, occurredAt, dossierCode: input.dossierCode ?? null, itemNumber: input.itemNumber ?? null, source: `partner:${principal}` };
        const extra = { system: input.system, externalCode: input.code, ...(input.note === undefined ? {} : { note: input.note }) };
        if (input.subject === 'dossier') await recordEvent(tx, { ...common, type: 'dossier.status-reported', data: { status: canonical, ...extra } });
        else await recordEvent(tx, { ...common, type: 'item.status-reported', data: { state: canonical, ...extra } });
        return answer;
      },
      answer,
    );
  }

  return { reportEvent, reportStatus };
}

function view(event: RecordedView): RecordedView {
  return { id: event.id, type: event.type, version: event.version, occurredAt: event.occurredAt, dossierCode: event.dossierCode, itemNumber: event.itemNumber };
}

export type InboundService = ReturnType<typeof createInboundService>;
