/** Training records (R6): the list of the administrator's scope, newest first, and recording one (/api/v1/training-records). */
import { type Decoder, fetchJson } from '../../api.js';
import { arrayField, nullableString, numberField, recordOf, stringArray, stringField } from './decode.js';

export interface TrainingRecord {
  id: string;
  staffName: string;
  organisationName: string | null;
  procedureCodes: string[];
  course: string;
  trainedOn: string;
  trainerName: string | null;
  certificateRef: string | null;
}

export interface TrainingPage {
  total: number;
  page: number;
  pageSize: number;
  items: TrainingRecord[];
}

const nameOf = (value: unknown, what: string): string | null => (value === null || value === undefined ? null : stringField(recordOf(value, what), 'name'));

const decodeRecord = (value: unknown): TrainingRecord => {
  const r = recordOf(value, 'training record');
  return {
    id: stringField(r, 'id'),
    staffName: stringField(recordOf(r['staff'], 'staff'), 'name'),
    organisationName: nameOf(r['organisation'], 'organisation'),
    procedureCodes: stringArray(r, 'procedureCodes'),
    course: stringField(r, 'course'),
    trainedOn: stringField(r, 'trainedOn'),
    trainerName: nameOf(r['trainer'], 'trainer'),
    certificateRef: nullableString(r, 'certificateRef'),
  };
};

const decodePage: Decoder<TrainingPage> = (value) => {
  const r = recordOf(value, 'page');
  return { total: numberField(r, 'total'), page: numberField(r, 'page'), pageSize: numberField(r, 'pageSize'), items: arrayField(r, 'items').map(decodeRecord) };
};

export const TRAINING_PAGE_SIZE = 20;

export function fetchTraining(page: number, signal: AbortSignal): Promise<TrainingPage> {
  return fetchJson(`/api/v1/training-records?page=${page}&pageSize=${TRAINING_PAGE_SIZE}`, decodePage, { signal });
}

export interface NewTraining {
  staffId: string;
  procedureCodes: string[];
  course: string;
  trainedOn: string;
  trainerOrganisationCode?: string;
  certificateRef?: string;
}

export function recordTraining(body: NewTraining): Promise<TrainingRecord> {
  return fetchJson('/api/v1/training-records', decodeRecord, { method: 'POST', body });
}
