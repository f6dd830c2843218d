/**
 * The direct registration form (a dossier received in person, or filed online and received at
 * the desk): its draft, the checks made before sending, and the body the API takes. Field keys
 * are the API's own field names ("applicant.phone", "documents.0.name"), so a refusal from the
 * server lands beside the same field as a check made here.
 */
import { isRecord } from '../../api.js';
import type { RegistrationBody } from './desk-api.js';
import type { ProcedureChoice, ResultMethod } from './decode.js';

export type DocumentKind = 'original' | 'copy' | 'certified-copy';
export const DOCUMENT_KINDS = ['original', 'copy', 'certified-copy'] as const satisfies readonly DocumentKind[];

export interface DraftDocument {
  name: string;
  kind: DocumentKind;
  /** As typed: checked to be a whole number from 1 to 99. */
  quantity: string;
}

export interface RegistrationDraft {
  procedure: ProcedureChoice | null;
  channel: 'in-person' | 'online';
  resultMethod: ResultMethod;
  name: string;
  phone: string;
  email: string;
  idNumber: string;
  address: string;
  unitCode: string;
  documents: DraftDocument[];
  /** Only when the catalogue publishes no processing time for the procedure; '' otherwise. */
  workingDays: string;
}

export const EMPTY_DRAFT: RegistrationDraft = {
  procedure: null,
  channel: 'in-person',
  resultMethod: 'in-person',
  name: '',
  phone: '',
  email: '',
  idNumber: '',
  address: '',
  unitCode: '',
  documents: [],
  workingDays: '',
};

/** Why a field is refused here; the page words each reason in its language. */
export type DraftProblem = 'required' | 'phone' | 'email' | 'id-number' | 'address' | 'quantity' | 'working-days' | 'no-documents';

export type DraftErrors = Record<string, DraftProblem>;

const PHONE = /^\+?[0-9]{9,15}$/u;
const ID_NUMBER = /^[0-9A-Z]{6,12}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Spaces and dots people type in phone numbers are not part of them. */
export function cleanPhone(phone: string): string {
  return phone.replace(/[\s.-]/gu, '');
}

export function checkDraft(draft: RegistrationDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.procedure === null) errors['procedureCode'] = 'required';
  if (draft.name.trim() === '') errors['applicant.name'] = 'required';
  const phone = cleanPhone(draft.phone);
  if (phone === '') errors['applicant.phone'] = 'required';
  else if (!PHONE.test(phone)) errors['applicant.phone'] = 'phone';
  if (draft.email.trim() !== '' && !EMAIL.test(draft.email.trim())) errors['applicant.email'] = 'email';
  if (draft.idNumber.trim() !== '' && !ID_NUMBER.test(draft.idNumber.trim().toUpperCase())) errors['applicant.idNumber'] = 'id-number';
  if (draft.address.trim() === '') errors['applicant.address'] = 'required';
  else if (draft.address.trim().length < 3) errors['applicant.address'] = 'address';
  if (draft.documents.length === 0) errors['documents'] = 'no-documents';
  draft.documents.forEach((d, i) => {
    if (d.name.trim() === '') errors[`documents.${String(i)}.name`] = 'required';
    const quantity = Number(d.quantity);
    if (!/^\d{1,2}$/u.test(d.quantity.trim()) || quantity < 1) errors[`documents.${String(i)}.quantity`] = 'quantity';
  });
  if (draft.workingDays.trim() !== '') {
    const days = Number(draft.workingDays.replace(',', '.'));
    if (!Number.isFinite(days) || days <= 0 || days > 365) errors['processingTime'] = 'working-days';
  }
  return errors;
}

/** The body to send; call only when `checkDraft` found nothing. */
export function registrationBody(draft: RegistrationDraft): RegistrationBody {
  if (draft.procedure === null) throw new Error('no procedure chosen');
  const email = draft.email.trim();
  const idNumber = draft.idNumber.trim().toUpperCase();
  const days = draft.workingDays.trim();
  return {
    procedureCode: draft.procedure.code,
    channel: draft.channel,
    resultMethod: draft.resultMethod,
    applicant: {
      name: draft.name.trim(),
      phone: cleanPhone(draft.phone),
      ...(email === '' ? {} : { email }),
      ...(idNumber === '' ? {} : { idNumber }),
      address: draft.address.trim(),
      ...(draft.unitCode === '' ? {} : { unitCode: draft.unitCode }),
    },
    documents: draft.documents.map((d) => ({ name: d.name.trim(), kind: d.kind, quantity: Number(d.quantity) })),
    ...(days === '' ? {} : { processingTime: { workingDays: Number(days.replace(',', '.')) } }),
  };
}

/** A draft read back from storage, or null when it is not one (an older shape, or tampered with). */
export function draftFrom(value: unknown): RegistrationDraft | null {
  if (!isRecord(value)) return null;
  const text = (key: string): string | null => {
    const v = value[key];
    return typeof v === 'string' ? v : null;
  };
  const procedure = value['procedure'];
  let chosen: ProcedureChoice | null = null;
  if (procedure !== null) {
    if (!isRecord(procedure) || typeof procedure['code'] !== 'string' || typeof procedure['name'] !== 'string') return null;
    chosen = { code: procedure['code'], name: procedure['name'] };
  }
  const channel = value['channel'] === 'online' ? 'online' : value['channel'] === 'in-person' ? 'in-person' : null;
  const resultMethod = value['resultMethod'] === 'postal' ? 'postal' : value['resultMethod'] === 'in-person' ? 'in-person' : null;
  const documents = value['documents'];
  if (channel === null || resultMethod === null || !Array.isArray(documents)) return null;
  const docs: DraftDocument[] = [];
  for (const d of documents as unknown[]) {
    if (!isRecord(d)) return null;
    const kind = DOCUMENT_KINDS.find((k) => k === d['kind']);
    const name = d['name'];
    const quantity = d['quantity'];
    if (typeof name !== 'string' || typeof quantity !== 'string' || kind === undefined) return null;
    docs.push({ name, kind, quantity });
  }
  const name = text('name');
  const phone = text('phone');
  const email = text('email');
  const idNumber = text('idNumber');
  const address = text('address');
  const unitCode = text('unitCode');
  const workingDays = text('workingDays');
  if (name === null || phone === null || email === null || idNumber === null || address === null || unitCode === null || workingDays === null) return null;
  return { procedure: chosen, channel, resultMethod, name, phone, email, idNumber, address, unitCode, documents: docs, workingDays };
}
