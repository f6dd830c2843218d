/** Publishing a new tariff version (POST /api/v1/admin/tariffs); the tables are read with the public page's decoder. */
import { type Decoder, fetchJson } from '../../api.js';
import type { TariffTable } from '../../../domain/tariff/types.js';
import { arrayField, recordOf, stringField } from './decode.js';

export interface Published {
  id: string;
  /** Ids of the versions this one closed. */
  closed: string[];
}

const decodePublished: Decoder<Published> = (value) => {
  const answer = recordOf(value, 'answer');
  return { id: stringField(recordOf(answer['table'], 'table'), 'id'), closed: arrayField(answer, 'closed').map((c) => stringField(recordOf(c, 'closed'), 'id')) };
};

export function publishTariff(table: TariffTable): Promise<Published> {
  return fetchJson('/api/v1/admin/tariffs', decodePublished, { method: 'POST', body: table });
}
