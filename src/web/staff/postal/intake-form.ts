/**
 * The intake form as data: what the postman or clerk filled in, checked here with the server's
 * own rules before anything is queued (a refusal found on the device costs no round trip and
 * is never discovered hours later in the outbox), turned into the API's body, and read back
 * from a draft or from a refused write being corrected. Pure: the screen passes its texts in.
 */
import { isRecord } from '../../api.js';
import type { Language } from '../../i18n/language.js';
import { validateS10 } from '../../../domain/postal-item/s10.js';
import { SERVICE_FORMS, type ServiceForm } from './postal-api.js';
import { COPY_KINDS, type ChecklistItem, TALLY_CHOICES, type TallyEntry, type TallyMarks, buildTally, marksFromTally } from './tally.js';

export type Place = 'address' | 'post-office';
export type FeeMethod = 'cash' | 'transfer';

export interface IntakeFormState {
  pickupId: string | null;
  procedureCode: string;
  procedureName: string;
  serviceForm: ServiceForm;
  name: string;
  phone: string;
  email: string;
  idNumber: string;
  address: string;
  unitCode: string;
  marks: TallyMarks;
  weightGrams: string;
  collectFees: boolean;
  feeAmount: string;
  feeMethod: FeeMethod;
  signatureCitizen: string | null;
  signatureStaff: string | null;
  itemNumber: string;
}

export const INTAKE_FIELDS = ['procedure', 'name', 'phone', 'email', 'idNumber', 'unit', 'address', 'tally', 'weight', 'fees', 'signatureCitizen', 'signatureStaff', 'itemNumber'] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];
export type IntakeErrors = Partial<Record<IntakeField, string>>;

export interface IntakeBody {
  pickupId?: string;
  procedureCode: string;
  serviceForm: ServiceForm;
  place: Place;
  applicant: { name: string; phone: string; email?: string; idNumber?: string; address: string; unitCode: string };
  tally: TallyEntry[];
  weightGrams: number;
  fees?: { amount: number; method: FeeMethod };
  signatures: { citizen: string; staff: string };
  itemNumber?: string;
}

export interface IntakeCheckTexts {
  procedureRequired: string;
  nameRequired: string;
  phoneInvalid: string;
  emailInvalid: string;
  idNumberInvalid: string;
  unitRequired: string;
  addressRequired: string;
  tallyUndecided: (count: number) => string;
  weightInvalid: string;
  feeInvalid: string;
  signatureRequired: string;
}

export function emptyIntake(serviceForm: ServiceForm = 'both'): IntakeFormState {
  return {
    pickupId: null,
    procedureCode: '',
    procedureName: '',
    serviceForm,
    name: '',
    phone: '',
    email: '',
    idNumber: '',
    address: '',
    unitCode: '',
    marks: {},
    // A dossier of a few sheets; the postman weighs the envelope and corrects it.
    weightGrams: '100',
    collectFees: false,
    feeAmount: '',
    feeMethod: 'cash',
    signatureCitizen: null,
    signatureStaff: null,
    itemNumber: '',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Digits with an optional leading +, as the API takes them: "0912 345 678" → "0912345678". */
export function cleanPhone(value: string): string {
  return value.replace(/[\s.()-]/g, '');
}

/** Whole đồng, written "50.000", "50,000" or "50000". */
export function parseDong(value: string): number | null {
  const digits = value.replace(/[\s.,₫đ]/giu, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : null;
}

/** An S10 label number as typed or scanned, or its problem in the reader's language; '' is no label. */
export function checkItemNumber(value: string, language: Language): { ok: true; value: string | null } | { ok: false; message: string } {
  if (value.trim() === '') return { ok: true, value: null };
  const result = validateS10(value, { country: 'VN' });
  return result.ok ? { ok: true, value: result.value } : { ok: false, message: result.problem[language] };
}

export type IntakeCheck = { ok: true; body: IntakeBody; missing: ChecklistItem[] } | { ok: false; errors: IntakeErrors };

export function checkIntake(state: IntakeFormState, checklist: readonly ChecklistItem[] | null, place: Place, texts: IntakeCheckTexts, language: Language): IntakeCheck {
  const errors: IntakeErrors = {};
  if (state.procedureCode === '' || checklist === null) errors.procedure = texts.procedureRequired;
  if (state.name.trim() === '') errors.name = texts.nameRequired;
  const phone = cleanPhone(state.phone);
  if (!/^\+?[0-9]{9,15}$/.test(phone)) errors.phone = texts.phoneInvalid;
  if (state.email.trim() !== '' && !EMAIL.test(state.email.trim())) errors.email = texts.emailInvalid;
  const idNumber = state.idNumber.replace(/\s/g, '').toUpperCase();
  if (idNumber !== '' && !/^[0-9A-Z]{6,12}$/.test(idNumber)) errors.idNumber = texts.idNumberInvalid;
  if (!/^[0-9]{5}$/.test(state.unitCode)) errors.unit = texts.unitRequired;
  if (state.address.trim().length < 3) errors.address = texts.addressRequired;
  const tally = checklist === null ? null : buildTally(checklist, state.marks);
  if (tally !== null && !tally.ok) errors.tally = texts.tallyUndecided(tally.undecided.length);
  const weight = Number(state.weightGrams);
  if (!/^\d+$/.test(state.weightGrams.trim()) || weight < 1 || weight > 30_000) errors.weight = texts.weightInvalid;
  const fee = state.collectFees ? parseDong(state.feeAmount) : null;
  if (state.collectFees && (fee === null || fee < 1)) errors.fees = texts.feeInvalid;
  if (state.signatureCitizen === null) errors.signatureCitizen = texts.signatureRequired;
  if (state.signatureStaff === null) errors.signatureStaff = texts.signatureRequired;
  const label = checkItemNumber(state.itemNumber, language);
  if (!label.ok) errors.itemNumber = label.message;

  if (Object.keys(errors).length > 0 || tally === null || !tally.ok || !label.ok || state.signatureCitizen === null || state.signatureStaff === null) return { ok: false, errors };
  const email = state.email.trim();
  const body: IntakeBody = {
    ...(state.pickupId === null ? {} : { pickupId: state.pickupId }),
    procedureCode: state.procedureCode,
    serviceForm: state.serviceForm,
    place,
    applicant: {
      name: state.name.trim(),
      phone,
      ...(email === '' ? {} : { email }),
      ...(idNumber === '' ? {} : { idNumber }),
      address: state.address.trim(),
      unitCode: state.unitCode,
    },
    tally: tally.entries,
    weightGrams: weight,
    ...(fee === null ? {} : { fees: { amount: fee, method: state.feeMethod } }),
    signatures: { citizen: state.signatureCitizen, staff: state.signatureStaff },
    ...(label.value === null ? {} : { itemNumber: label.value }),
  };
  return { ok: true, body, missing: tally.missing };
}

/** The first field in error, in the order of the form, to take the focus. */
export function firstError(errors: IntakeErrors): IntakeField | null {
  return INTAKE_FIELDS.find((field) => errors[field] !== undefined) ?? null;
}

/** The server's field names (body paths) mapped to the form's fields. */
export function intakeFieldOf(name: string): IntakeField | null {
  const n = name.replace(/^body\./, '');
  if (n === 'procedureCode' || n === 'agencyCode') return 'procedure';
  if (n.startsWith('applicant.name')) return 'name';
  if (n.startsWith('applicant.phone')) return 'phone';
  if (n.startsWith('applicant.email')) return 'email';
  if (n.startsWith('applicant.idNumber')) return 'idNumber';
  if (n.startsWith('applicant.address')) return 'address';
  if (n.startsWith('applicant.unitCode') || n === 'unitCode') return 'unit';
  if (n.startsWith('tally')) return 'tally';
  if (n.startsWith('weightGrams')) return 'weight';
  if (n.startsWith('fees')) return 'fees';
  if (n === 'signatures.citizen') return 'signatureCitizen';
  if (n === 'signatures.staff' || n === 'signatures') return 'signatureStaff';
  if (n === 'itemNumber') return 'itemNumber';
  return null;
}

/** Field errors from the server's problem details, beside the fields they name. */
export function serverErrors(fields: readonly { name: string; message: string }[]): IntakeErrors {
  const errors: IntakeErrors = {};
  for (const field of fields) {
    const mapped = intakeFieldOf(field.name);
    if (mapped !== null) errors[mapped] = errors[mapped] === undefined ? field.message : `${errors[mapped]}; ${field.message}`;
  }
  return errors;
}

// ── Reading a form back: drafts and refused writes ───────────────────────────────────────────

const text = (r: Record<string, unknown>, key: string): string => {
  const value = r[key];
  return typeof value === 'string' ? value : '';
};

const textOrNull = (r: Record<string, unknown>, key: string): string | null => {
  const value = r[key];
  return typeof value === 'string' ? value : null;
};

function serviceFormOf(value: unknown): ServiceForm {
  return SERVICE_FORMS.find((f) => f === value) ?? 'both';
}

function marksOf(value: unknown): TallyMarks {
  const marks: TallyMarks = {};
  if (!isRecord(value)) return marks;
  for (const [id, mark] of Object.entries(value)) {
    if (!isRecord(mark)) continue;
    const status = TALLY_CHOICES.find((c) => c === mark['status']) ?? null;
    const copyKind = COPY_KINDS.find((k) => k === mark['copyKind']) ?? 'original';
    marks[id] = { status, copyKind };
  }
  return marks;
}

/** A draft kept in sessionStorage; null when it does not read as one. */
export function decodeDraft(value: unknown): IntakeFormState | null {
  if (!isRecord(value) || typeof value['procedureCode'] !== 'string') return null;
  return {
    pickupId: textOrNull(value, 'pickupId'),
    procedureCode: text(value, 'procedureCode'),
    procedureName: text(value, 'procedureName'),
    serviceForm: serviceFormOf(value['serviceForm']),
    name: text(value, 'name'),
    phone: text(value, 'phone'),
    email: text(value, 'email'),
    idNumber: text(value, 'idNumber'),
    address: text(value, 'address'),
    unitCode: text(value, 'unitCode'),
    marks: marksOf(value['marks']),
    weightGrams: text(value, 'weightGrams') || '100',
    collectFees: value['collectFees'] === true,
    feeAmount: text(value, 'feeAmount'),
    feeMethod: value['feeMethod'] === 'transfer' ? 'transfer' : 'cash',
    signatureCitizen: textOrNull(value, 'signatureCitizen'),
    signatureStaff: textOrNull(value, 'signatureStaff'),
    itemNumber: text(value, 'itemNumber'),
  };
}

function tallyOf(value: unknown): TallyEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown) => {
    if (!isRecord(e) || typeof e['id'] !== 'string') return [];
    const status = TALLY_CHOICES.find((c) => c === e['status']);
    if (status === undefined) return [];
    return [{ id: e['id'], status, copyKind: COPY_KINDS.find((k) => k === e['copyKind']) ?? null, note: null }];
  });
}

/** The form as it was when a write now refused was made, to correct and send again. */
export function formFromBody(body: Record<string, unknown>, procedureName: string, checklist: readonly ChecklistItem[] | null): IntakeFormState {
  const applicant = isRecord(body['applicant']) ? body['applicant'] : {};
  const fees = isRecord(body['fees']) ? body['fees'] : null;
  const signatures = isRecord(body['signatures']) ? body['signatures'] : {};
  const tally = tallyOf(body['tally']);
  return {
    pickupId: textOrNull(body, 'pickupId'),
    procedureCode: text(body, 'procedureCode'),
    procedureName,
    serviceForm: serviceFormOf(body['serviceForm']),
    name: text(applicant, 'name'),
    phone: text(applicant, 'phone'),
    email: text(applicant, 'email'),
    idNumber: text(applicant, 'idNumber'),
    address: text(applicant, 'address'),
    unitCode: text(applicant, 'unitCode'),
    marks: checklist === null ? {} : marksFromTally(checklist, tally),
    weightGrams: typeof body['weightGrams'] === 'number' ? String(body['weightGrams']) : '100',
    collectFees: fees !== null,
    feeAmount: fees !== null && typeof fees['amount'] === 'number' ? String(fees['amount']) : '',
    feeMethod: fees !== null && fees['method'] === 'transfer' ? 'transfer' : 'cash',
    signatureCitizen: textOrNull(signatures, 'citizen'),
    signatureStaff: textOrNull(signatures, 'staff'),
    itemNumber: text(body, 'itemNumber'),
  };
}

