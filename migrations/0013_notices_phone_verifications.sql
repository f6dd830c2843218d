CREATE TABLE "notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid,
	"verification_id" uuid,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"reference" text,
	"organisation_id" uuid,
	"recipient_masked" text,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"provider_message_id" text,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "phone_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"phone_hash" text NOT NULL,
	"ip_hash" text,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"send_failed" boolean DEFAULT false NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"token_hash" text,
	"token_expires_at" timestamp with time zone,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_verification_id_phone_verifications_id_fk" FOREIGN KEY ("verification_id") REFERENCES "public"."phone_verifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notices_event_channel_idx" ON "notices" USING btree ("event_id","channel");--> statement-breakpoint
CREATE INDEX "notices_organisation_idx" ON "notices" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE INDEX "notices_status_idx" ON "notices" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "phone_verifications_phone_idx" ON "phone_verifications" USING btree ("phone_hash","created_at");--> statement-breakpoint
CREATE INDEX "phone_verifications_ip_idx" ON "phone_verifications" USING btree ("ip_hash","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "phone_verifications_token_idx" ON "phone_verifications" USING btree ("token_hash");--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_channel_check" CHECK ("channel" IN ('email', 'sms'));--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_status_check" CHECK ("status" IN ('pending', 'sending', 'sent', 'logged', 'failed', 'skipped-no-contact'));--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_cause_check" CHECK (("event_id" IS NULL) <> ("verification_id" IS NULL));--> statement-breakpoint
COMMENT ON TABLE "notices" IS 'Notices to citizens (email, SMS): one row per event and channel, or per one-time code. No message text and no full address or number are kept.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."id" IS 'Notice id; given to the SMS gateway as reference notice-<id>.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."event_id" IS 'The exchange event that called for the notice (unique with channel, so a redelivered event sends nothing twice); NULL for a one-time code.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."verification_id" IS 'The phone verification whose code this SMS carried; NULL for an event notice.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."kind" IS 'What it tells: pickup-requested, dossier-registered, supplement-requested, result-ready, out-for-delivery, delivered, returned-to-agency, phone-otp.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."channel" IS 'email or sms.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."language" IS 'Language of the text: vi, or en when the applicant chose it.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."reference" IS 'Dossier code, item number or pickup reference the notice is about.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."organisation_id" IS 'Organisation whose staff see the notice: the agency of the dossier or the post office of the item or pickup; NULL for one-time codes.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."recipient_masked" IS 'Masked recipient (091****678, h***@example.vn); NULL when there was none on file.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."status" IS 'pending, sending (a send under way), sent, logged (no provider configured: written to the server log), failed (retried by the relay), skipped-no-contact.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."attempts" IS 'Sends attempted.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."provider_message_id" IS 'Message id given by the SMTP server or the SMS gateway.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."last_error" IS 'Error of the last failed attempt, with addresses and numbers masked.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."created_at" IS 'When the notice was first recorded.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."last_attempt_at" IS 'When the last send started.';--> statement-breakpoint
COMMENT ON COLUMN "notices"."sent_at" IS 'When the provider accepted it (or it was logged).';--> statement-breakpoint
COMMENT ON TABLE "phone_verifications" IS 'One-time codes sent by SMS to verify a phone before a public pickup request; only hashes are kept.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."id" IS 'Verification id, returned to the client.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."purpose" IS 'What the verified phone is for: pickup.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."phone_hash" IS 'SHA-256 of the phone number in its national form (0…): for the limits per phone and to match the pickup''s phone.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."ip_hash" IS 'SHA-256 of the requesting address, for the limit per address.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."code_hash" IS 'SHA-256 of the verification id and the six-digit code.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."created_at" IS 'When the code was asked for.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."expires_at" IS 'Until when the code may be confirmed (10 minutes; at once when the SMS could not be sent).';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."send_failed" IS 'The SMS gateway refused the code: the request does not count towards the one-a-minute limit.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."attempts" IS 'Wrong codes entered; five end the verification.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."confirmed_at" IS 'When the right code was entered.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."token_hash" IS 'SHA-256 of the token handed out on confirmation.';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."token_expires_at" IS 'Until when the token may be used (30 minutes after confirmation).';--> statement-breakpoint
COMMENT ON COLUMN "phone_verifications"."consumed_at" IS 'When a pickup request used the token up (single use).';
