/** Kinds of organisation in the directory: government agencies, postal organisations, partners. */
export const ORGANISATION_KINDS = [
  'province',
  'people_committee',
  'public_service_centre',
  'department',
  'processing_unit',
  'postal_operator',
  'post_office',
  'partner',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
