/**
 * The vocabularies of the records the reports count: how a complaint came in, what it is about
 * and how it ended (Decision 45/2016: complaints within 6 months, answered within 5 working
 * days); what happened to a lost or damaged item and on which leg.
 */
export const COMPLAINT_CHANNELS = ['counter', 'phone', 'online', 'letter', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CATEGORIES = ['lost', 'damaged', 'late', 'fees', 'staff-conduct', 'wrong-address', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_STATUSES = ['open', 'resolved', 'rejected'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const INCIDENT_KINDS = ['lost', 'damaged'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_LEGS = ['dossier', 'result'] as const;
export type IncidentLeg = (typeof INCIDENT_LEGS)[number];
