/** Helpers for the postal flow tests: a signature image, a complete tally, staff sessions. */
import type { TestApp, Session } from '../support/app.js';

/** A 1×1 transparent PNG: stands in for a signature drawn on a phone. */
export const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Birth registration: a commune-level procedure offered by post; only the birth certificate is required. */
export const KHAI_SINH = '1.001193';
export const COMMUNE = '26041';
export const DESK = `X${COMMUNE}-TTPVHCC`;
export const OFFICE = `X${COMMUNE}-BD`;

export interface ChecklistItem {
  id: string;
  required: boolean;
}

export async function checklist(t: TestApp, session: Session, procedureCode = KHAI_SINH): Promise<ChecklistItem[]> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/postal/checklists/${procedureCode}`, headers: session.headers });
  if (response.statusCode !== 200) throw new Error(`checklist: ${response.statusCode} ${response.body}`);
  return (response.json() as { items: ChecklistItem[] }).items;
}

/** Every required item present as an original, the rest not applicable; `missing` ids marked missing. */
export function tally(items: readonly ChecklistItem[], missing: readonly string[] = []) {
  return items.map((i) => ({
    id: i.id,
    status: missing.includes(i.id) ? ('missing' as const) : i.required ? ('present' as const) : ('not-applicable' as const),
    copyKind: i.required && !missing.includes(i.id) ? ('original' as const) : null,
    note: null,
  }));
}

export function intakeBody(items: readonly ChecklistItem[], overrides: Record<string, unknown> = {}) {
  return {
    procedureCode: KHAI_SINH,
    serviceForm: 'both',
    place: 'address',
    applicant: { name: 'Nguyễn Thị Hoà', phone: '0912345678', idNumber: '075190001234', address: '12 Đường Võ Thị Sáu, khu phố 3', unitCode: COMMUNE },
    tally: tally(items),
    weightGrams: 100,
    signatures: { citizen: SIGNATURE, staff: SIGNATURE },
    ...overrides,
  };
}

let counter = 0;
/** A fresh Idempotency-Key. */
export function key(label: string): string {
  counter += 1;
  return `${label}-${process.pid}-${counter}`.slice(0, 128);
}
