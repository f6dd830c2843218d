-- Comments, checks and the append-only guard for the exchange tables.

COMMENT ON TABLE "exchange_events" IS 'Every event of the exchange contract, in the order recorded: the audit trail, the tracking timeline and the integration feed (DESIGN.md invariant 1). Append-only.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."seq" IS 'Order of recording; per subject it is the order of delivery.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."id" IS 'Event id, sent as webhook-id; receivers deduplicate on it.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."type" IS 'Event type from the catalogue (src/exchange/event-catalogue.ts), e.g. dossier.registered.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."version" IS 'Version of the event type''s schema.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."occurred_at" IS 'When it happened in the world (e.g. the signature of a handover record); recorded_at is when it was written.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."subject_key" IS 'What orders delivery: the dossier code, or the item number while a dossier has no code yet, or the pickup request id.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."source" IS 'Which side recorded it: postal, desk, or partner:<api key id>.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."data" IS 'The event body, valid against the schema of its type and version. May hold personal data: never logged.';--> statement-breakpoint
CREATE FUNCTION exchange_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'exchange_events is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER exchange_events_no_update_delete BEFORE UPDATE OR DELETE ON "exchange_events"
  FOR EACH ROW EXECUTE FUNCTION exchange_events_append_only();--> statement-breakpoint

COMMENT ON TABLE "webhook_subscriptions" IS 'Partner systems that receive events by webhook, signed per the Standard Webhooks specification.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."event_types" IS 'Event types delivered; * means all.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."secret" IS 'Signing secret (whsec_…); needed in clear to sign, so the table is readable by the application only.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."previous_secret" IS 'The secret before the last rotation; messages are signed with both until previous_secret_expires_at.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."allow_private_network" IS 'An administrator allowed delivery to a private or loopback address (refused otherwise).';--> statement-breakpoint

COMMENT ON TABLE "outbox" IS 'Transactional outbox: one row per event and subscription, written in the same transaction as the event. The relay delivers at least once, in order per subject and subscription.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."status" IS 'pending (to deliver), delivered, or dead (attempts exhausted; blocks later events of the same subject until replayed).';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."attempts" IS 'Delivery attempts made.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."next_attempt_at" IS 'Not delivered before this instant (exponential backoff with jitter).';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."lease_until" IS 'A relay worker holds the row until then; a worker that dies lets the lease run out and another takes the row.';--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_status_check" CHECK ("status" IN ('pending','delivered','dead'));--> statement-breakpoint

COMMENT ON TABLE "webhook_attempts" IS 'Every delivery attempt: when, how long, the answer or the error, and the start of the response.';
