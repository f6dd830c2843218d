-- Comments on every remaining column, so the schema documents itself (a test checks none is missing).

COMMENT ON COLUMN "accounts"."id" IS 'Account id.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."display_name" IS 'Full name shown to colleagues and on records (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."email" IS 'Work e-mail (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."phone" IS 'Work phone (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."organisation_id" IS 'Organisation the account belongs to; decides what it may see.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."active" IS 'False when the account is disabled; sign-in is refused.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."last_login_at" IS 'Last successful sign-in.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."is_demo" IS 'True for demonstration accounts created by the demo data loader.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."created_at" IS 'When the account was created.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."name" IS 'Short name, e.g. Trấn Biên.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."full_name" IS 'Name with the unit type, e.g. Phường Trấn Biên.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."name_en" IS 'Name without tone marks, for English screens.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."type" IS 'Unit type as published: tỉnh, thành phố, quận, huyện, thị xã, phường, xã, thị trấn.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."province_code" IS 'Code of the province the unit belongs to in its era.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."id" IS 'API key id.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."secret_hash" IS 'SHA-256 of the whole key; the key itself is never stored.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."name" IS 'What the key is for, e.g. the partner system''s name.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."organisation_id" IS 'Organisation the partner system acts for; decides what it may see.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."created_by" IS 'Account that created the key.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."created_at" IS 'When the key was created.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."last_used_at" IS 'Last use, recorded at most once a minute.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."id" IS 'Entry number, in order of writing.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."at" IS 'When it happened.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."actor_id" IS 'Account or API key id; NULL for anonymous and system actors.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."organisation_id" IS 'Organisation of the actor at the time.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."subject_type" IS 'Kind of record acted on, e.g. account, organisation, api_key.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."subject_id" IS 'Id of the record acted on.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."ip" IS 'Client address as seen by the server (behind a trusted proxy, the forwarded one).';--> statement-breakpoint
COMMENT ON COLUMN "calendar_schedules"."year" IS 'The year the schedule is for (1900-2100).';--> statement-breakpoint
COMMENT ON COLUMN "calendar_schedules"."updated_at" IS 'When the schedule was last entered.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_code_sequences"."last_value" IS 'Last sequence number issued that day (1-9999).';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."recorded_at" IS 'When the event was written.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."dossier_code" IS 'Dossier code, once the desk has given one.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_events"."item_number" IS 'UPU S10 postal item number, when the event is about an item.';--> statement-breakpoint
COMMENT ON COLUMN "idempotency_keys"."key" IS 'The Idempotency-Key header sent.';--> statement-breakpoint
COMMENT ON COLUMN "idempotency_keys"."status" IS 'HTTP status first returned; NULL only inside the first transaction.';--> statement-breakpoint
COMMENT ON COLUMN "idempotency_keys"."created_at" IS 'When the key was first used.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."id" IS 'Organisation id.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."code" IS 'Stable code, e.g. P75 (province), X26041-TTPVHCC (a commune centre), X26041-BD (its post office).';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."name_vi" IS 'Official name in Vietnamese.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."name_en" IS 'Name in English.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."address" IS 'Street address, shown to citizens.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."phone" IS 'Public phone number of the office.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."active" IS 'False when the organisation no longer exists (e.g. after a merger); kept for history.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."created_at" IS 'When the row was created.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."id" IS 'Outbox row id; order of delivery within a subject and subscription.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."event_seq" IS 'The event to deliver (exchange_events.seq).';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."subscription_id" IS 'The subscriber to deliver to.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."subject_key" IS 'Copy of the event''s subject key, for the in-order check.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."last_error" IS 'Error of the last failed attempt.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."delivered_at" IS 'When the subscriber acknowledged it.';--> statement-breakpoint
COMMENT ON COLUMN "outbox"."created_at" IS 'When the row was written (with the event).';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."id" IS 'Procedure id.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."name" IS 'Name as published.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."field" IS 'Field (lĩnh vực) as published, e.g. Hộ tịch.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."publishing_decision" IS 'Decision that published the procedure, e.g. 163/QĐ-BTP.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."source" IS 'Data set the row came from, e.g. national-sample.';--> statement-breakpoint
COMMENT ON COLUMN "reconciliation_reports"."day" IS 'The day reconciled (Vietnam time).';--> statement-breakpoint
COMMENT ON COLUMN "reconciliation_reports"."generated_at" IS 'When the report was made.';--> statement-breakpoint
COMMENT ON COLUMN "s10_numbers"."range_id" IS 'Range the number was last issued from.';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."id" IS 'Range id.';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."country" IS 'ISO 3166 two-letter country code ending the numbers, VN.';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."first_serial" IS 'First serial of the block (inclusive).';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."last_serial" IS 'Last serial of the block (inclusive).';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."active" IS 'False when the block must no longer be used.';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."note" IS 'Where the block comes from (e.g. the operator''s allotment letter).';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."created_at" IS 'When the block was entered.';--> statement-breakpoint
COMMENT ON COLUMN "sessions"."token_hash" IS 'SHA-256 of the session cookie''s token.';--> statement-breakpoint
COMMENT ON COLUMN "sessions"."account_id" IS 'Account signed in.';--> statement-breakpoint
COMMENT ON COLUMN "sessions"."created_at" IS 'When the session started.';--> statement-breakpoint
COMMENT ON COLUMN "sessions"."expires_at" IS 'Idle expiry; slides forward while the session is used.';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."id" IS 'Mapping id.';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."external_code" IS 'The other system''s code.';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."canonical_status" IS 'Our dossier status or item custody state.';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."note" IS 'Why the mapping is so, or its source.';--> statement-breakpoint
COMMENT ON COLUMN "status_mappings"."updated_at" IS 'When the mapping set was last replaced.';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."id" IS 'Tariff table id, e.g. sample-da-nang-2021.';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."name_vi" IS 'Name of the tariff in Vietnamese.';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."name_en" IS 'Name in English.';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."valid_from" IS 'First day in force (inclusive).';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."valid_to" IS 'Last day in force (inclusive); NULL while in force.';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."table" IS 'The TariffTable (src/domain/tariff/types.ts): rates by direction, zone and weight tier, surcharge, discounts.';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."created_at" IS 'When the table was entered.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."id" IS 'Report id.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."system" IS 'System that sent the code.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."subject" IS 'dossier or item.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."external_code" IS 'The code that had no mapping.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."reported_by" IS 'API key or account that sent it.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."received_at" IS 'When it was refused.';--> statement-breakpoint
COMMENT ON COLUMN "unmapped_status_reports"."resolved_at" IS 'When an administrator dealt with it.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_attempts"."id" IS 'Attempt id.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_attempts"."outbox_id" IS 'Outbox row attempted.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_attempts"."attempted_at" IS 'When the attempt was made.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_attempts"."duration_ms" IS 'How long until the answer or the failure.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_attempts"."status_code" IS 'HTTP status of the answer; NULL when there was none.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_attempts"."error" IS 'Why the attempt failed (timeout, refused address, HTTP status).';--> statement-breakpoint
COMMENT ON COLUMN "webhook_attempts"."response_excerpt" IS 'First 512 bytes of the answer.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."id" IS 'Subscription id.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."name" IS 'Name of the partner system.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."organisation_id" IS 'Organisation that owns the subscription; decides who may manage it.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."url" IS 'Where events are POSTed.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."previous_secret_expires_at" IS 'Until when the previous secret also signs.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."active" IS 'False when deactivated: no new outbox rows.';--> statement-breakpoint
COMMENT ON COLUMN "webhook_subscriptions"."created_at" IS 'When the subscription was made.';
