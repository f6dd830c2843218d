/**
 * The level of the agency that handles a procedure, as the national catalogue writes it
 * ("Cấp thực hiện": "Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác"), with stable ids for links
 * and filters. The labels are data and may change spelling or case; the ids do not. There has
 * been no district level since 1 July 2025: an old "Cấp huyện" label, or any label not known
 * here, is filed under `other` rather than guessed.
 */
import { foldForSearch } from '../text/fold.js';

export const AGENCY_LEVELS = ['ministry', 'province', 'commune', 'other'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const AGENCY_LEVEL_INFO = {
  ministry: { vi: 'Cấp bộ', en: 'Ministry' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune or ward' },
  other: { vi: 'Cơ quan khác', en: 'Other agency' },
} as const satisfies Record<AgencyLevel, { vi: string; en: string }>;

const BY_FOLDED_LABEL = new Map<string, AgencyLevel>(AGENCY_LEVELS.map((id) => [foldForSearch(AGENCY_LEVEL_INFO[id].vi), id]));

export function isAgencyLevel(value: string): value is AgencyLevel {
  return (AGENCY_LEVELS as readonly string[]).includes(value);
}

/** The id of a label from the data, whatever its case or marks; `other` when not known. */
export function agencyLevelOf(label: string): AgencyLevel {
  return BY_FOLDED_LABEL.get(foldForSearch(label)) ?? 'other';
}

/**
 * What a filter names: an id ("province") or a label as shown ("Cấp tỉnh", "cap tinh"). Null
 * when it names neither, so the caller can refuse it instead of returning nothing.
 */
export function parseAgencyLevel(value: string): AgencyLevel | null {
  const trimmed = value.trim();
  if (isAgencyLevel(trimmed)) return trimmed;
  return BY_FOLDED_LABEL.get(foldForSearch(trimmed)) ?? null;
}
