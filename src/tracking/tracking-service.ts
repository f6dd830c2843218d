/**
 * Public tracking (R9): anyone with a dossier code or an item number sees where the dossier is,
 * across both legs; the applicant's own details appear only to someone who also gives the last 4
 * digits of the phone on file. Lookups are rate-limited per client, and a wrong guess of the
 * digits costs many lookups' worth, so guessing them is slow.
 *
 * One database round trip per lookup (`lookup-query.ts`); organisation and procedure names come
 * from the per-process reference caches.
 */
import { timingSafeEqual } from 'node:crypto';
import { organisationByCode, organisationById, procedureByCode } from '../catalog/lookups.js';
import { parsePlainDate, vietnamInstant } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { type DeskRow, type ItemRow, lookup } from './lookup-query.js';
import { createTokenBuckets } from './rate-limit.js';
import { STAGE_INFO, type TrackingStage, currentStage, dossierStatusStage } from './stages.js';
import { factsFromEvents } from './event-facts.js';
import { type OrgMention, type TimelineEntry, type TimelineLeg, buildTimeline } from './timeline.js';
import { type TrackingCodeKind, parseTrackingCode } from './tracking-code.js';

/** A wrong guess of the phone digits costs this many lookups. */
export const PHONE_MISMATCH_COST = 10;

export type ServiceForm = 'send-dossier' | 'receive-result' | 'both';
export interface OrgRef {
  code: string;
  name: string;
}

export interface TrackingView {
  code: string;
  kind: TrackingCodeKind;
  dossierCode: string | null;
  itemNumbers: string[];
  procedure: { code: string; name: string } | null;
  serviceForm: ServiceForm | null;
  status: { code: TrackingStage; vi: string; en: string };
  agency: OrgRef | null;
  filedAt: string | null;
  dueAt: string | null;
  transitDueAt: string | null;
  timeline: Array<{ at: string; type: string; leg: TimelineLeg; vi: string; en: string; place: string | null; unit: OrgRef | null }>;
  personalAvailable: boolean;
  personal: { applicantName: string; phone: string; address: string | null; receivedBy: string | null } | null;
}

export interface TrackingRequest {
  code: string;
  /** The X-Phone-Last4 header: 4 digits, or absent. Never logged. */
  phoneLast4?: string | undefined;
  /** Who is asking, for the rate limit: the client address. */
  client: string;
  language: 'vi' | 'en';
}

export interface TrackingOptions {
  /** Lookups per client per minute, also the burst (TRACKING_RATE_PER_MINUTE). */
  ratePerMinute: number;
  /** Milliseconds; tests move it. */
  now?: () => number;
}

const iso = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : new Date(value).toISOString());

function lastFourDigits(phone: string): string {
  return phone.replace(/\D/gu, '').slice(-4);
}

/** Compares in constant time for 4-character inputs, so timing does not tell how many digits matched. */
function digitsMatch(given: string, onFile: string): boolean {
  const a = Buffer.from(given.padEnd(4, '\0').slice(0, 4));
  const b = Buffer.from(onFile.padEnd(4, '\0').slice(0, 4));
  return timingSafeEqual(a, b) && given.length === 4 && onFile.length === 4;
}

function serviceFormOfDesk(desk: DeskRow): ServiceForm | null {
  const send = desk.channel === 'postal';
  const receive = desk.result_method === 'postal';
  if (send && receive) return 'both';
  if (send) return 'send-dossier';
  if (receive) return 'receive-result';
  return null;
}

export function createTrackingService(db: Db, options: TrackingOptions) {
  const buckets = createTokenBuckets({ perMinute: options.ratePerMinute, ...(options.now === undefined ? {} : { now: options.now }) });

  async function orgById(id: string | undefined): Promise<OrgRef | null> {
    if (id === undefined) return null;
    try {
      const org = await organisationById(db, id);
      return { code: org.code, name: org.nameVi };
    } catch {
      return null;
    }
  }

  /** The name of an organisation code, from the cached directory; an unknown code is shown as itself. */
  async function nameOf(code: string): Promise<string> {
    try {
      return (await organisationByCode(db, code, 'code')).nameVi;
    } catch {
      return code;
    }
  }

  /** Names for the mentions the events did not name, each code looked up once. */
  async function directoryNames(mentions: ReadonlyArray<OrgMention | null>): Promise<Map<string, string>> {
    const codes = [...new Set(mentions.flatMap((m) => (m !== null && m.name === null ? [m.code] : [])))];
    const names = await Promise.all(codes.map(nameOf));
    return new Map(codes.map((code, i) => [code, names[i] ?? code]));
  }

  async function procedureOf(code: string | null): Promise<{ code: string; name: string } | null> {
    if (code === null) return null;
    try {
      return { code, name: (await procedureByCode(db, code)).name };
    } catch {
      return { code, name: code };
    }
  }

  /** Spends a lookup and reads the code: 429 over the limit, 400 with the reason for a malformed code. */
  function admit(request: TrackingRequest): { kind: TrackingCodeKind; code: string } {
    const allowed = buckets.take(request.client);
    if (!allowed.ok) {
      throw new AppError('RATE_LIMITED', {
        detail: { vi: `Tra cứu quá nhiều lần; thử lại sau ${String(allowed.retryAfterSeconds)} giây`, en: `Too many lookups; try again in ${String(allowed.retryAfterSeconds)} s` },
        extra: { retryAfterSeconds: allowed.retryAfterSeconds },
      });
    }
    const parsed = parseTrackingCode(request.code);
    if (parsed.ok) return parsed;
    throw new AppError('TRACKING_CODE_INVALID', {
      detail: { vi: parsed.vi, en: parsed.en },
      fields: [{ in: 'path', name: 'code', vi: parsed.vi, en: parsed.en }],
      extra: { reason: parsed.reason, ...(parsed.expectedCheckDigit === undefined ? {} : { expectedCheckDigit: parsed.expectedCheckDigit }) },
    });
  }

  /**
   * Whether the caller may see the personal details: only with the right digits; wrong ones cost
   * PHONE_MISMATCH_COST lookups and a 403. The phone that answers is the item's when an item was
   * asked about, else the desk's record, else the dossier's first item.
   */
  function checkPhone(request: TrackingRequest, holder: DeskRow | ItemRow | null): { personalAvailable: boolean; show: boolean } {
    const onFile = holder === null ? '' : lastFourDigits(holder.applicant_phone);
    const personalAvailable = onFile.length === 4;
    if (request.phoneLast4 === undefined) return { personalAvailable, show: false };
    if (personalAvailable && digitsMatch(request.phoneLast4, onFile)) return { personalAvailable, show: true };
    buckets.penalise(request.client, PHONE_MISMATCH_COST);
    throw new AppError('TRACKING_PHONE_MISMATCH', {
      detail: personalAvailable
        ? { vi: '4 chữ số cuối không khớp với số điện thoại đã đăng ký', en: 'The 4 digits do not match the last 4 of the phone on file' }
        : { vi: 'Hồ sơ này không có số điện thoại để đối chiếu', en: 'No phone is on file for this dossier' },
    });
  }

  function personalOf(holder: DeskRow | ItemRow, receivedBy: string | null, language: 'vi' | 'en'): NonNullable<TrackingView['personal']> {
    const applicantName = holder.applicant_name;
    // Who signed for the result: the applicant by name, or an authorised person (their name is not recorded).
    const recipient = receivedBy === null ? null : receivedBy === 'applicant' ? applicantName : language === 'en' ? 'An authorised person' : 'Người được ủy quyền';
    return {
      applicantName,
      phone: `******${lastFourDigits(holder.applicant_phone)}`,
      address: 'address_line' in holder ? holder.address_line : holder.applicant_address,
      receivedBy: recipient,
    };
  }

  async function track(request: TrackingRequest): Promise<TrackingView> {
    const { kind, code } = admit(request);
    const row = await lookup(db, kind, code);
    const { desk, items, events } = row;
    if (desk === null && items.length === 0 && events.length === 0) {
      throw new AppError('TRACKING_NOT_FOUND', { detail: { vi: `Không có hồ sơ hoặc bưu gửi nào mang mã ${code}`, en: `No dossier or item has the code ${code}` } });
    }
    const holder = (kind === 'item' ? items.find((i) => i.item_number === code) : undefined) ?? desk ?? items[0] ?? null;
    const phone = checkPhone(request, holder);

    const facts = factsFromEvents(events);
    // The item the dossier went to the desk under; an item that only carries a result has no send leg.
    const sent = items.find((i) => i.service_form !== 'receive-result');
    const [agencyRef, postOffice, procedure] = await Promise.all([
      orgById(desk?.agency_id ?? items[0]?.agency_id),
      orgById(items[0]?.post_office_id),
      procedureOf(desk?.procedure_code ?? items[0]?.procedure_code ?? facts.procedureCode),
    ]);
    const agency = agencyRef ?? (facts.agency === null ? null : { code: facts.agency.code, name: facts.agency.name ?? (await nameOf(facts.agency.code)) });

    const itemNumbers = items.map((i) => i.item_number);
    for (const number of [desk?.item_number ?? null, ...facts.resultItemNumbers, kind === 'item' ? code : null]) {
      if (number !== null && !itemNumbers.includes(number)) itemNumbers.push(number);
    }

    const timeline = buildTimeline(events, { itemNumbers: new Set(itemNumbers), custodyStates: new Map(Object.entries(row.custody)), agency, postOffice });
    // Something was found, so something happened: at the least the post has it, or the desk registered it.
    const stage = currentStage(timeline.stage, desk === null ? null : dossierStatusStage(desk.status)) ?? (items.length > 0 ? 'picked-up' : 'registered');
    const names = await directoryNames(timeline.entries.flatMap((e) => [e.place, e.unit]));
    const named = (m: OrgMention | null): OrgRef | null => (m === null ? null : { code: m.code, name: m.name ?? names.get(m.code) ?? m.code });

    return {
      code,
      kind,
      dossierCode: row.dossierCode,
      itemNumbers,
      procedure,
      serviceForm: (sent ?? items[0])?.service_form ?? facts.serviceForm ?? (desk === null ? null : serviceFormOfDesk(desk)),
      status: { code: stage, vi: STAGE_INFO[stage].vi, en: STAGE_INFO[stage].en },
      agency,
      filedAt: iso(desk?.filed_at ?? sent?.filed_at ?? facts.filedAt),
      dueAt: iso(desk?.due_at ?? facts.dueAt),
      transitDueAt: sent === undefined ? null : vietnamInstant(parsePlainDate(sent.transit_due_on), 23, 59, 59, 999).toISOString(),
      timeline: timeline.entries.map((e: TimelineEntry) => ({ at: e.at, type: e.type, leg: e.leg, vi: e.vi, en: e.en, place: named(e.place)?.name ?? null, unit: named(e.unit) })),
      personalAvailable: phone.personalAvailable,
      personal: phone.show && holder !== null ? personalOf(holder, row.receivedBy, request.language) : null,
    };
  }

  return { track };
}

export type TrackingService = ReturnType<typeof createTrackingService>;
