/** Administrative units in force on a day (GET /api/v1/units) and the directory of organisations (GET /api/v1/organisations). */
import { type Decoder, fetchJson } from '../../api.js';
import { booleanField, itemsOf, nullableString, numberField, recordOf, stringField } from './decode.js';

export interface Unit {
  code: string;
  fullName: string;
  nameEn: string;
  level: number;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface Organisation {
  id: string;
  code: string;
  kind: string;
  nameVi: string;
  nameEn: string;
  parentId: string | null;
  isDemo: boolean;
}

const decodeUnit = (value: unknown): Unit => {
  const r = recordOf(value, 'unit');
  return {
    code: stringField(r, 'code'),
    fullName: stringField(r, 'fullName'),
    nameEn: stringField(r, 'nameEn'),
    level: numberField(r, 'level'),
    parentCode: nullableString(r, 'parentCode'),
    validFrom: stringField(r, 'validFrom'),
    validTo: nullableString(r, 'validTo'),
  };
};

const decodeOrganisation = (value: unknown): Organisation => {
  const r = recordOf(value, 'organisation');
  return {
    id: stringField(r, 'id'),
    code: stringField(r, 'code'),
    kind: stringField(r, 'kind'),
    nameVi: stringField(r, 'nameVi'),
    nameEn: stringField(r, 'nameEn'),
    parentId: nullableString(r, 'parentId'),
    isDemo: booleanField(r, 'isDemo'),
  };
};

const decodeUnits: Decoder<Unit[]> = itemsOf(decodeUnit);
const decodeOrganisations: Decoder<Organisation[]> = itemsOf(decodeOrganisation);

export function fetchUnits(at: string, signal: AbortSignal): Promise<Unit[]> {
  return fetchJson(`/api/v1/units?${new URLSearchParams({ at }).toString()}`, decodeUnits, { signal });
}

export function fetchOrganisations(signal: AbortSignal): Promise<Organisation[]> {
  return fetchJson('/api/v1/organisations', decodeOrganisations, { signal });
}

/** "P75 — Ủy ban nhân dân tỉnh Đồng Nai", for choosing one in a list. */
export function organisationLabel(org: Organisation, language: 'vi' | 'en'): string {
  return `${org.code} — ${language === 'vi' ? org.nameVi : org.nameEn}`;
}
