/**
 * Printable documents for the postal service: the intake slip, the guidance slip for an
 * incomplete dossier, and the handover manifests between post and desk. Renderers take plain
 * views (already read and checked by the calling service) and return PDF bytes.
 */
export { renderIntakeSlip, INTAKE_SLIP_TITLE, SERVICE_FORM_LABEL, COPY_KIND_LABEL, FEES_METHOD_LABEL } from './intake-slip.js';
export type { IntakeSlipView, IntakeSlipDocument, ServiceForm, CopyKind, FeesMethod } from './intake-slip.js';
export { renderGuidanceSlip, GUIDANCE_SLIP_TITLE } from './guidance-slip.js';
export type { GuidanceSlipView } from './guidance-slip.js';
export { renderHandoverManifest, MANIFEST_TITLE } from './handover-manifest.js';
export type { ManifestView, ManifestItem, ManifestAcknowledgement, ManifestDirection } from './handover-manifest.js';
// Publicity of the service (R1): the A4 poster and the A5 leaflet.
export { renderPoster, renderPublicity, PUBLICITY_TITLE, SERVICE_STEPS, SERVICE_SUMMARY } from './poster.js';
export type { PublicityView, PublicityFormat } from './poster.js';
export { renderLeaflet } from './leaflet.js';
export { code128Png, qrPng } from './codes.js';
export { formatDate, formatDateTime, formatMoney, moneyInWords } from './format.js';
// The one-stop desk's statutory forms: versioned template sets and their renderers.
export * from './forms/index.js';
