-- Comments and checks for idempotency keys and status mappings.

COMMENT ON TABLE "idempotency_keys" IS 'Idempotency-Key of every mutating call from a partner system or a mobile client, with the first response: a replay returns it, a reuse with another body is refused (DESIGN.md invariant 2). Written in the same transaction as the change.';--> statement-breakpoint
COMMENT ON COLUMN "idempotency_keys"."principal" IS 'Who sent the key (api_key:<id> or account:<id>): keys are scoped to their sender.';--> statement-breakpoint
COMMENT ON COLUMN "idempotency_keys"."fingerprint" IS 'SHA-256 of method, route and body: the same key with another request is refused.';--> statement-breakpoint
COMMENT ON COLUMN "idempotency_keys"."response" IS 'The response body first returned.';--> statement-breakpoint

COMMENT ON TABLE "status_mappings" IS 'Status codes of other systems (a province''s one-stop software, the postal operator, the national portal) mapped to our canonical dossier statuses and item custody states. Data, not code: an unmapped code is refused, never guessed.';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."system" IS 'The other system, e.g. national-portal, or the partner''s own name.';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."subject" IS 'dossier (canonical statuses of src/domain/dossier/lifecycle.ts) or item (custody states of src/domain/postal-item/custody.ts).';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."direction" IS 'inbound (their code to ours), outbound (ours to their code), or both.';--> statement-breakpoint
ALTER TABLE "status_mappings" ADD CONSTRAINT "status_mappings_direction_check" CHECK ("direction" IN ('inbound','outbound','both'));--> statement-breakpoint
ALTER TABLE "status_mappings" ADD CONSTRAINT "status_mappings_subject_check" CHECK ("subject" IN ('dossier','item'));--> statement-breakpoint

COMMENT ON TABLE "unmapped_status_reports" IS 'Status reports refused because their code has no mapping, kept for an administrator to review and map.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."report" IS 'The report as received (may hold personal data: never logged).';
