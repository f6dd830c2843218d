/**
 * The public procedure catalogue: `GET /api/v1/procedures` (search with facets) and
 * `GET /api/v1/procedures/{code}` (one procedure, with what to prepare and the expected result
 * date if filed by post now). Field values stay in Vietnamese, as the national catalogue
 * publishes them.
 */
import { DecodeError, type Decoder, fetchJson, stringField } from '../../api.js';
import { arrayField, booleanField, nullableNumber, nullableString, numberField, recordOf, stringArray } from './decode.js';

export interface ProcessingTime {
  /** As published ("1", "03 ngày làm việc"). */
  text: string;
  /** The same in working days when the catalogue says so plainly, else null. */
  workingDays: number | null;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  field: string;
  /** Agency levels as published: "Cấp tỉnh", "Cấp xã", … */
  levels: string[];
  byPost: boolean;
  processingTime: ProcessingTime | null;
  fee: string | null;
}

export interface FieldFacet {
  value: string;
  count: number;
}

export interface LevelFacet {
  /** Stable id: "province", "commune", "ministry", "other". */
  id: string;
  /** As published: "Cấp tỉnh". */
  label: string;
  count: number;
}

export interface ProcedureSearchResult {
  total: number;
  items: ProcedureSummary[];
  facets: { fields: FieldFacet[]; levels: LevelFacet[] };
}

export type PostalBasis = 'national-catalogue' | 'provincial-decision';

export interface ProcedureDocumentGroup {
  /** The published group title ("Giấy tờ phải nộp"), or null when the portal gave none. */
  group: string | null;
  /** Documents to show (originals checked and handed back), not to hand in. */
  toShow: boolean;
  /** Notes ("Lưu ý"), not documents: nothing in the group is asked for. */
  note: boolean;
  items: Array<{ document: string; quantity: string | null; conditional: boolean }>;
}

export interface ProcedureFile {
  id: string;
  /** "sample-set" (bộ hồ sơ mẫu) or "form"; kept as text so a new kind still shows. */
  kind: string;
  title: string;
  titleEn: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  url: string;
}

export interface SubmissionMethod {
  method: string;
  processingTime: ProcessingTime | null;
  fee: string | null;
  description: string | null;
}

export interface ExpectedResult {
  /** ISO instant: now, as the server counted. */
  filedAt: string;
  /** ISO instant, or null when the time cannot be counted in working days. */
  dueAt: string | null;
  /** How the date was counted, or why there is none (in the answer's language). */
  basis: string;
}

export interface ProcedureDetail {
  code: string;
  name: string;
  field: string;
  levels: string[];
  type: string | null;
  applicants: string | null;
  agency: { competent: string | null; implementing: string | null };
  publishingDecision: string | null;
  postal: {
    offered: boolean;
    basis: PostalBasis | null;
    decision: string | null;
    /** 'YYYY-MM-DD'. */
    since: string | null;
    serviceForms: string[];
  };
  submissionMethods: SubmissionMethod[];
  documents: ProcedureDocumentGroup[];
  results: string[];
  expectedResult: ExpectedResult | null;
  files: ProcedureFile[];
  source: string | null;
}

function decodeProcessingTime(value: unknown): ProcessingTime | null {
  if (value === null) return null;
  const record = recordOf(value, 'processingTime');
  return { text: stringField(record, 'text'), workingDays: nullableNumber(record, 'workingDays') };
}

function decodeSummary(value: unknown): ProcedureSummary {
  const record = recordOf(value, 'item');
  return {
    code: stringField(record, 'code'),
    name: stringField(record, 'name'),
    field: stringField(record, 'field'),
    levels: stringArray(record, 'levels'),
    byPost: booleanField(record, 'byPost'),
    processingTime: decodeProcessingTime(record['processingTime']),
    fee: nullableString(record, 'fee'),
  };
}

export const decodeSearchResult: Decoder<ProcedureSearchResult> = (value) => {
  const record = recordOf(value, 'answer');
  const facets = recordOf(record['facets'], 'facets');
  return {
    total: numberField(record, 'total'),
    items: arrayField(record, 'items').map(decodeSummary),
    facets: {
      fields: arrayField(facets, 'fields').map((item) => {
        const facet = recordOf(item, 'field facet');
        return { value: stringField(facet, 'value'), count: numberField(facet, 'count') };
      }),
      levels: arrayField(facets, 'levels').map((item) => {
        const facet = recordOf(item, 'level facet');
        return { id: stringField(facet, 'id'), label: stringField(facet, 'label'), count: numberField(facet, 'count') };
      }),
    },
  };
};

function decodeBasis(value: unknown): PostalBasis | null {
  switch (value) {
    case null:
    case undefined:
      return null;
    case 'national-catalogue':
    case 'provincial-decision':
      return value;
    default:
      throw new DecodeError(`unknown postal basis ${JSON.stringify(value)}`);
  }
}

function decodeAgency(value: unknown): ProcedureDetail['agency'] {
  const record = recordOf(value, 'agency');
  return { competent: nullableString(record, 'competent'), implementing: nullableString(record, 'implementing') };
}

/** A result is published as a name and a code of the national result catalogue; the name is what a reader needs. */
function decodeResult(value: unknown): string {
  return stringField(recordOf(value, 'result'), 'name');
}

function decodeDocumentGroup(value: unknown): ProcedureDocumentGroup {
  const record = recordOf(value, 'document group');
  return {
    group: nullableString(record, 'group'),
    toShow: booleanField(record, 'toShow'),
    note: booleanField(record, 'note'),
    items: arrayField(record, 'items').map((item) => {
      const document = recordOf(item, 'document');
      return { document: stringField(document, 'document'), quantity: nullableString(document, 'quantity'), conditional: booleanField(document, 'conditional') };
    }),
  };
}

function decodeFile(value: unknown): ProcedureFile {
  const record = recordOf(value, 'file');
  return {
    id: stringField(record, 'id'),
    kind: stringField(record, 'kind'),
    title: stringField(record, 'title'),
    titleEn: stringField(record, 'titleEn'),
    fileName: stringField(record, 'fileName'),
    mediaType: stringField(record, 'mediaType'),
    byteSize: numberField(record, 'byteSize'),
    url: stringField(record, 'url'),
  };
}

function decodeMethod(value: unknown): SubmissionMethod {
  const record = recordOf(value, 'submission method');
  return {
    method: stringField(record, 'method'),
    processingTime: decodeProcessingTime(record['processingTime']),
    fee: nullableString(record, 'fee'),
    description: nullableString(record, 'description'),
  };
}

function decodeExpected(value: unknown): ExpectedResult | null {
  if (value === null || value === undefined) return null;
  const record = recordOf(value, 'expectedResult');
  return { filedAt: stringField(record, 'filedAt'), dueAt: nullableString(record, 'dueAt'), basis: stringField(record, 'basis') };
}

export const decodeProcedure: Decoder<ProcedureDetail> = (value) => {
  const record = recordOf(value, 'procedure');
  const postal = recordOf(record['postal'], 'postal');
  return {
    code: stringField(record, 'code'),
    name: stringField(record, 'name'),
    field: stringField(record, 'field'),
    levels: stringArray(record, 'levels'),
    type: nullableString(record, 'type'),
    applicants: nullableString(record, 'applicants'),
    agency: decodeAgency(record['agency']),
    publishingDecision: nullableString(record, 'publishingDecision'),
    postal: {
      offered: booleanField(postal, 'offered'),
      basis: decodeBasis(postal['basis']),
      decision: nullableString(postal, 'decision'),
      since: nullableString(postal, 'since'),
      serviceForms: stringArray(postal, 'serviceForms'),
    },
    submissionMethods: arrayField(record, 'submissionMethods').map(decodeMethod),
    documents: arrayField(record, 'documents').map(decodeDocumentGroup),
    results: arrayField(record, 'results').map(decodeResult),
    expectedResult: decodeExpected(record['expectedResult']),
    files: arrayField(record, 'files').map(decodeFile),
    source: nullableString(record, 'source'),
  };
};

export function searchProcedures(path: string, signal: AbortSignal): Promise<ProcedureSearchResult> {
  return fetchJson(path, decodeSearchResult, { signal });
}

export function fetchProcedure(code: string, signal: AbortSignal): Promise<ProcedureDetail> {
  return fetchJson(`/api/v1/procedures/${encodeURIComponent(code)}`, decodeProcedure, { signal });
}
