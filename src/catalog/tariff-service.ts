/** Tariff tables with validity dates, and quotes from the table in force on a date. */
import { asc } from 'drizzle-orm';
import { tariffs } from './catalog.schema.js';
import { TariffError } from '../domain/tariff/errors.js';
import { tariffInForce } from '../domain/tariff/in-force.js';
import { type Quote, quote } from '../domain/tariff/quote.js';
import type { QuoteRequest, TariffTable } from '../domain/tariff/types.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { referenceCache } from '../platform/reference-cache.js';

function toAppError(error: unknown): never {
  if (error instanceof TariffError) {
    const status = error.code === 'no-tariff-in-force' ? 'NOT_FOUND' : 'VALIDATION_FAILED';
    throw new AppError(status, { detail: { vi: error.vi, en: error.message }, extra: { reason: error.code } });
  }
  throw error;
}

export function createTariffService(db: Db) {
  // Every quote reads the tables; they change when a new tariff is decided. Kept 30 s.
  const cache = referenceCache<TariffTable[]>(30_000);
  function tables(): Promise<TariffTable[]> {
    return cache('all', async () => {
      const rows = await db.select().from(tariffs).orderBy(asc(tariffs.validFrom));
      return rows.map((r) => r.table as unknown as TariffTable);
    });
  }

  async function inForce(date: string): Promise<TariffTable> {
    try {
      return tariffInForce(await tables(), date);
    } catch (error) {
      return toAppError(error);
    }
  }

  async function quoteOn(date: string, request: QuoteRequest): Promise<Quote> {
    const table = await inForce(date);
    try {
      return quote(table, request);
    } catch (error) {
      return toAppError(error);
    }
  }

  return { tables, inForce, quoteOn };
}

export type TariffService = ReturnType<typeof createTariffService>;
