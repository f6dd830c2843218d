/**
 * Agency codes (QCVN 102:2016/BTTTT) and dossier codes (mã số hồ sơ, Decree 61/2018 Art. 26,
 * Circular 01/2018/TT-VPCP Art. 19).
 *
 * An agency code names a unit by up to four levels:
 *   level 1  M X1 X2   one letter and two digits (e.g. H19: a province)
 *   level 2  Y1 Y2     two digits, 00 = none
 *   level 3  Z1 Z2     two digits, 00 = none
 *   level 4  V1V2V3    three digits, 000 = none
 * Circular 01/2018 writes it right to left, always four groups: `000.00.17.H19`.
 * Decision 20/2020/QĐ-TTg writes it left to right and drops empty lower levels: `H19.17`.
 * Both are accepted; `AgencyCode` is the one value behind both spellings.
 *
 * Our reading, to confirm against the standard's text: lower levels are digits only, and a level
 * cannot be set while the one above it is empty (`000.17.00.H19` is refused).
 *
 * A dossier code is `<agency, right to left>-YYMMDD-NNNN`: the day of receipt and that agency's
 * sequence number for the day. The registry that hands out sequences is database-backed
 * elsewhere; this is the format.
 */
import { daysInMonth, plainDate, type PlainDate } from '../time/plain-date.js';
import { DossierCodeError } from './errors.js';

const LEVEL1 = /^[A-Z]\d{2}$/;
/** Levels 2–4 in order: their width in digits and the value meaning "no unit at this level". */
const LOWER_LEVELS = [
  { level: 2, width: 2, empty: '00' },
  { level: 3, width: 2, empty: '00' },
  { level: 4, width: 3, empty: '000' },
] as const;

/** The one value behind both notations. Build it with `parseAgencyCode`. */
export class AgencyCode {
  private constructor(
    /** Level 1, e.g. "H19". */
    readonly level1: string,
    /** Levels 2–4 as written, "00"/"000" when absent. */
    readonly level2: string,
    readonly level3: string,
    readonly level4: string,
  ) {}

  /** Same as `parseAgencyCode`; the constructor stays private so every instance was checked. */
  static parse(input: string): AgencyCode {
    const [level1, level2, level3, level4] = parseParts(input);
    return new AgencyCode(level1, level2, level3, level4);
  }

  /** Circular 01/2018 notation, always four groups: `000.00.17.H19`. */
  toRightToLeft(): string {
    return `${this.level4}.${this.level3}.${this.level2}.${this.level1}`;
  }

  /** Decision 20/2020 notation, empty lower levels dropped: `H19.17`. */
  toLeftToRight(): string {
    const parts = [this.level1];
    const lower = [this.level2, this.level3, this.level4];
    // Parsing guarantees no set level under an empty one, so the first empty level ends the code.
    for (const [i, spec] of LOWER_LEVELS.entries()) {
      const part = lower[i];
      if (part === undefined || part === spec.empty) break;
      parts.push(part);
    }
    return parts.join('.');
  }

  /** How many levels are set (1 = a level-1 unit itself). */
  get depth(): 1 | 2 | 3 | 4 {
    if (this.level2 === '00') return 1;
    if (this.level3 === '00') return 2;
    if (this.level4 === '000') return 3;
    return 4;
  }

  equals(other: AgencyCode): boolean {
    return this.toRightToLeft() === other.toRightToLeft();
  }

  /** Right to left, the notation printed in dossier codes. */
  toString(): string {
    return this.toRightToLeft();
  }
}

function malformed(input: string, whyVi: string, whyEn: string): DossierCodeError {
  return new DossierCodeError(
    'malformed-agency-code',
    `Mã cơ quan "${input}" không đúng định dạng: ${whyVi}. Ví dụ đúng: 000.00.17.H19 hoặc H19.17`,
    `Agency code "${input}" is malformed: ${whyEn}. Valid examples: 000.00.17.H19 or H19.17`,
  );
}

/**
 * Reads an agency code in either notation (trimmed, case-insensitive). Throws
 * `DossierCodeError` ('malformed-agency-code' or 'agency-code-gap') saying which group is wrong.
 */
export function parseAgencyCode(input: string): AgencyCode {
  return AgencyCode.parse(input);
}

/** Levels 1–4 of a code in either notation, checked. */
function parseParts(input: string): [string, string, string, string] {
  const s = input.trim().toUpperCase();
  if (s === '') throw malformed(input, 'mã trống', 'it is empty');
  const groups = s.split('.');
  if (groups.length > 4) {
    throw malformed(input, `có ${String(groups.length)} nhóm, tối đa là 4`, `it has ${String(groups.length)} groups, at most 4`);
  }
  const first = groups[0] ?? '';
  const last = groups.at(-1) ?? '';
  let level1: string;
  let lower: string[];
  if (LEVEL1.test(first)) {
    // Left to right (Decision 20/2020); missing lower levels are empty.
    level1 = first;
    lower = groups.slice(1);
  } else if (LEVEL1.test(last)) {
    // Right to left (Circular 01/2018): exactly four groups, so a dropped group is not guessed.
    if (groups.length !== 4) {
      throw malformed(
        input,
        'khi viết từ phải sang trái phải đủ 4 nhóm (cấp 4.cấp 3.cấp 2.cấp 1)',
        'written right to left it needs all 4 groups (level 4.level 3.level 2.level 1)',
      );
    }
    level1 = last;
    lower = groups.slice(0, 3).reverse();
  } else {
    throw malformed(
      input,
      'không có nhóm cấp 1 gồm 1 chữ cái và 2 chữ số (ví dụ H19) ở đầu hoặc cuối',
      'no level-1 group of one letter and two digits (e.g. H19) at either end',
    );
  }
  const [level2, level3, level4] = LOWER_LEVELS.map((spec, i) => {
    const part = lower[i];
    if (part === undefined) return spec.empty;
    if (part.length !== spec.width || !/^\d+$/.test(part)) {
      throw malformed(
        input,
        `nhóm cấp ${spec.level} phải gồm ${String(spec.width)} chữ số, không phải "${part}"`,
        `the level-${spec.level} group must be ${String(spec.width)} digits, not "${part}"`,
      );
    }
    return part;
  }) as [string, string, string];
  // A unit hangs under its parent: level n set requires level n−1 set.
  const gap =
    (level3 !== '00' && level2 === '00') || (level4 !== '000' && level3 === '00');
  if (gap) {
    throw new DossierCodeError(
      'agency-code-gap',
      `Mã cơ quan "${input}" có cấp dưới nhưng thiếu cấp trên (một cấp bằng 0 nằm giữa các cấp khác 0)`,
      `Agency code "${input}" sets a lower level under an empty higher one`,
    );
  }
  return [level1, level2, level3, level4];
}

declare const dossierCodeBrand: unique symbol;
/** A dossier code in canonical form: agency right to left, upper case. */
export type DossierCode = string & { readonly [dossierCodeBrand]: 'DossierCode' };

export interface ReceivedOn {
  year: number;
  month: number;
  day: number;
}

export const MAX_DAILY_SEQUENCE = 9999;

function invalidDate(shown: string, whyVi: string, whyEn: string): DossierCodeError {
  return new DossierCodeError('invalid-date', `Ngày tiếp nhận "${shown}" không hợp lệ: ${whyVi}`, `Receipt date "${shown}" is invalid: ${whyEn}`);
}

/**
 * YYMMDD has no century: codes are read as 2000–2099 and only such dates are written, so a code
 * always reads back to the date it was made from.
 */
function checkReceivedOn(date: ReceivedOn, shown: string): ReceivedOn {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger)) throw invalidDate(shown, 'không phải ngày', 'not a date');
  if (year < 2000 || year > 2099) {
    throw invalidDate(shown, 'mã hồ sơ chỉ ghi 2 chữ số năm, nên năm phải từ 2000 đến 2099', 'the code keeps two year digits, so the year must be 2000–2099');
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidDate(shown, 'không có ngày này trong lịch', 'no such calendar day');
  }
  return date;
}

function toReceivedOn(input: ReceivedOn | string): ReceivedOn {
  if (typeof input !== 'string') {
    return checkReceivedOn(input, `${String(input.year)}-${String(input.month)}-${String(input.day)}`);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!m) throw invalidDate(input, 'phải viết YYYY-MM-DD', 'expected YYYY-MM-DD');
  return checkReceivedOn({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, input);
}

const two = (n: number): string => String(n).padStart(2, '0');

function checkSequence(sequence: number, shown: string): number {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE) {
    throw new DossierCodeError(
      'sequence-out-of-range',
      `Số thứ tự hồ sơ trong ngày phải từ 1 đến ${String(MAX_DAILY_SEQUENCE)} (4 chữ số), không phải ${shown}`,
      `The daily sequence number must be 1 to ${String(MAX_DAILY_SEQUENCE)} (4 digits), not ${shown}`,
    );
  }
  return sequence;
}

/**
 * `<agency right to left>-YYMMDD-NNNN`, e.g. `000.00.17.H19-250701-0001`. `receivedOn` is the
 * plain date of receipt in Vietnam (not an instant). Throws `DossierCodeError`.
 */
export function formatDossierCode(agency: AgencyCode | string, receivedOn: ReceivedOn | string, sequence: number): DossierCode {
  const code = typeof agency === 'string' ? parseAgencyCode(agency) : agency;
  const { year, month, day } = toReceivedOn(receivedOn);
  const seq = checkSequence(sequence, String(sequence));
  return `${code.toRightToLeft()}-${two(year % 100)}${two(month)}${two(day)}-${String(seq).padStart(4, '0')}` as DossierCode;
}

export interface ParsedDossierCode {
  agency: AgencyCode;
  /** Day of receipt (Vietnam calendar day). */
  date: PlainDate;
  sequence: number;
  /** The same code in canonical form (agency right to left). */
  code: DossierCode;
}

/**
 * Reads a dossier code whose agency is in either notation (`000.00.17.H19-250701-0001` or
 * `H19.17-250701-0001`); trimmed and case-insensitive. Throws `DossierCodeError`.
 */
export function parseDossierCode(input: string): ParsedDossierCode {
  const s = input.trim().toUpperCase();
  const parts = s.split('-');
  const [agencyPart, datePart, sequencePart] = parts;
  if (parts.length !== 3 || agencyPart === undefined || datePart === undefined || sequencePart === undefined) {
    throw new DossierCodeError(
      'malformed-dossier-code',
      `Mã hồ sơ "${input}" phải có 3 phần nối bằng dấu gạch ngang: mã cơ quan-YYMMDD-số thứ tự (ví dụ 000.00.17.H19-250701-0001)`,
      `Dossier code "${input}" must have 3 parts joined by hyphens: agency-YYMMDD-sequence (e.g. 000.00.17.H19-250701-0001)`,
    );
  }
  const agency = parseAgencyCode(agencyPart);
  if (!/^\d{6}$/.test(datePart)) {
    throw new DossierCodeError(
      'malformed-dossier-code',
      `Phần ngày của mã hồ sơ phải gồm 6 chữ số YYMMDD, không phải "${datePart}"`,
      `The date part of a dossier code is 6 digits YYMMDD, not "${datePart}"`,
    );
  }
  if (!/^\d{4}$/.test(sequencePart)) {
    throw new DossierCodeError(
      'malformed-dossier-code',
      `Số thứ tự trong mã hồ sơ phải gồm 4 chữ số, không phải "${sequencePart}"`,
      `The sequence part of a dossier code is 4 digits, not "${sequencePart}"`,
    );
  }
  const received = checkReceivedOn(
    { year: 2000 + Number(datePart.slice(0, 2)), month: Number(datePart.slice(2, 4)), day: Number(datePart.slice(4, 6)) },
    datePart,
  );
  const sequence = checkSequence(Number(sequencePart), sequencePart);
  const date = plainDate(received.year, received.month, received.day);
  return { agency, date, sequence, code: formatDossierCode(agency, received, sequence) };
}
