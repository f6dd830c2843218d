/** Pickup requests and service forms (Decision 45/2016/QĐ-TTg Art. 3 and 5). */

/** (1) send the dossier by post, (2) receive the result by post, (3) both. */
export const SERVICE_FORMS = ['send-dossier', 'receive-result', 'both'] as const;
export type ServiceForm = (typeof SERVICE_FORMS)[number];

export const PICKUP_STATUSES = ['requested', 'assigned', 'taken-in', 'refused-incomplete', 'cancelled'] as const;
export type PickupStatus = (typeof PICKUP_STATUSES)[number];
