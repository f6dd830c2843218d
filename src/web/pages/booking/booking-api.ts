/** The calls the booking form makes, each with the decoder of its answer. */
import { DecodeError, booleanField, fetchJson, isRecord, nullableString, numberField, recordOf, stringField } from '../../api.js';

const record = (value: unknown): Record<string, unknown> => recordOf(value, 'answer');

export interface ProcedureChoice {
  code: string;
  name: string;
}

export interface UnitChoice {
  code: string;
  fullName: string;
  level: number;
}

export interface DocumentGroup {
  group: string | null;
  toShow: boolean;
  /** Notes of the catalogue rather than documents: shown as such. */
  note: boolean;
  items: { document: string; quantity: string | null; conditional: boolean }[];
}

export interface QuoteAnswer {
  lines: { code: string; labelVi: string; labelEn: string; amount: number }[];
  total: number;
  isSample: boolean;
}

export interface PickupCreated {
  reference: string;
  accessToken: string;
  postOffice: { code: string; name: string };
  window: { from: string; to: string };
  procedureCode: string;
}

function list(value: unknown, key: string): unknown[] {
  if (!isRecord(value) || !Array.isArray(value[key])) throw new DecodeError(`"${key}" is not a list`);
  return value[key];
}





export function searchProcedures(q: string, signal: AbortSignal): Promise<ProcedureChoice[]> {
  const query = new URLSearchParams({ q, byPost: 'true', limit: '8' });
  return fetchJson(`/api/v1/procedures?${query.toString()}`, (value) => list(value, 'items').map((item) => {
    const r = record(item);
    return { code: stringField(r, 'code'), name: stringField(r, 'name') };
  }), { signal });
}

export interface ProcedureForBooking extends ProcedureChoice {
  byPost: boolean;
  documents: DocumentGroup[];
}

export function procedureForBooking(code: string, signal: AbortSignal): Promise<ProcedureForBooking> {
  return fetchJson(`/api/v1/procedures/${encodeURIComponent(code)}`, (value) => {
    const r = record(value);
    const postal = record(r['postal']);
    return {
      code: stringField(r, 'code'),
      name: stringField(r, 'name'),
      byPost: booleanField(postal, 'offered'),
      documents: list(r, 'documents').map((group) => {
        const g = record(group);
        return {
          group: nullableString(g, 'group'),
          toShow: booleanField(g, 'toShow'),
          note: booleanField(g, 'note'),
          items: list(g, 'items').map((item) => {
            const i = record(item);
            return { document: stringField(i, 'document'), quantity: nullableString(i, 'quantity'), conditional: booleanField(i, 'conditional') };
          }),
        };
      }),
    };
  }, { signal });
}

/** Units in force today: the province (level 1) and its communes and wards. */
export function unitsInForce(signal: AbortSignal): Promise<UnitChoice[]> {
  return fetchJson('/api/v1/units', (value) => list(value, 'items').map((item) => {
    const r = record(item);
    return { code: stringField(r, 'code'), fullName: stringField(r, 'fullName'), level: numberField(r, 'level') };
  }), { signal });
}

export function quotePickup(direction: 'pickup' | 'delivery' | 'both', collectFees: boolean, signal: AbortSignal): Promise<QuoteAnswer> {
  // A dossier of a few sheets weighs well under 500 g; the postman weighs the real envelope.
  const query = new URLSearchParams({ direction, zone: 'intra-province', weightGrams: '500', collectFees: String(collectFees) });
  return fetchJson(`/api/v1/tariffs/quote?${query.toString()}`, (value) => {
    const r = record(value);
    return {
      total: numberField(r, 'total'),
      isSample: booleanField(r, 'isSample'),
      lines: list(r, 'lines').map((line) => {
        const l = record(line);
        return { code: stringField(l, 'code'), labelVi: stringField(l, 'labelVi'), labelEn: stringField(l, 'labelEn'), amount: numberField(l, 'amount') };
      }),
    };
  }, { signal });
}

export function requestPhoneCode(phone: string): Promise<{ verificationId: string; resendAfterSeconds: number }> {
  return fetchJson('/api/v1/phone-verifications', (value) => {
    const r = record(value);
    return { verificationId: stringField(r, 'verificationId'), resendAfterSeconds: numberField(r, 'resendAfterSeconds') };
  }, { method: 'POST', body: { phone, purpose: 'pickup' } });
}

export function confirmPhoneCode(verificationId: string, code: string): Promise<string> {
  return fetchJson(`/api/v1/phone-verifications/${encodeURIComponent(verificationId)}/confirm`, (value) => stringField(record(value), 'verificationToken'), {
    method: 'POST',
    body: { code },
  });
}

export interface PickupRequestBody {
  procedureCode: string;
  serviceForm: 'send-dossier' | 'receive-result' | 'both';
  applicant: { name: string; phone: string; email?: string };
  address: string;
  unitCode: string;
  window: { from: string; to: string };
  phoneVerificationToken: string;
}

export function createPickup(body: PickupRequestBody): Promise<PickupCreated> {
  return fetchJson('/api/v1/pickups', (value) => {
    const r = record(value);
    const pickup = record(r['pickup']);
    const office = record(pickup['postOffice']);
    const window = record(pickup['window']);
    return {
      reference: stringField(pickup, 'reference'),
      accessToken: stringField(r, 'accessToken'),
      procedureCode: stringField(pickup, 'procedureCode'),
      postOffice: { code: stringField(office, 'code'), name: stringField(office, 'name') },
      window: { from: stringField(window, 'from'), to: stringField(window, 'to') },
    };
  }, { method: 'POST', body });
}
