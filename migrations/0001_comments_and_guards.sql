-- Comments for auditors and the next team, value checks the ORM cannot express,
-- and the guard that keeps the audit log append-only.

COMMENT ON TABLE "administrative_units" IS 'Administrative units (province, district, commune/ward) of every era, with validity dates so old addresses stay resolvable. Source: GSO unit list via thanglequoc/vietnamese-provinces-database (MIT).';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."code" IS 'Official GSO code: province 2 digits, district 3, commune 5. The same code may appear in several eras.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."valid_from" IS 'First day this version of the unit is in force (inclusive).';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."valid_to" IS 'Last day this version is in force (inclusive); NULL while still in force.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."level" IS '1 province; 2 district (before 2025) or commune/ward (from 1 July 2025); 3 commune (before 2025).';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."parent_code" IS 'Code of the parent unit in the same era; NULL for a province.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."merged_from_text" IS 'Predecessor units as published free text (2025 merger); not codes.';--> statement-breakpoint
COMMENT ON COLUMN "administrative_units"."dataset" IS 'Reference file this row was loaded from, e.g. dongnai-2025-07.';--> statement-breakpoint

COMMENT ON TABLE "organisations" IS 'Agencies (people''s committees, public service centres, departments, processing units) and postal organisations (operator, post offices). Every staff account belongs to one; staff see the subtree below their organisation.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."kind" IS 'province, people_committee, public_service_centre, department, processing_unit, postal_operator, post_office or partner.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."parent_id" IS 'Parent organisation; the tree decides what each account may see.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."unit_code" IS 'Administrative unit where the organisation is located (administrative_units.code).';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."agency_code" IS 'QCVN 102:2016 agency code used in dossier codes, right-to-left notation (e.g. 000.00.17.H19); NULL for postal organisations.';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."is_demo" IS 'True for organisations created by the demo data loader.';--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_kind_check" CHECK ("kind" IN ('province','people_committee','public_service_centre','department','processing_unit','postal_operator','post_office','partner'));--> statement-breakpoint

COMMENT ON TABLE "procedures" IS 'Administrative procedures (TTHC) of the catalogue, with whether the national catalogue offers the postal channel. Details keep the published text.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."code" IS 'National procedure code, e.g. 1.001193.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."agency_levels" IS 'Levels that carry out the procedure as published (Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác).';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."postal_service_offered" IS 'The published catalogue lists the public postal service as a submission channel.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."details" IS 'Published details as JSON: submission methods, processing times, fees, dossier components, results, source URL.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."is_sample" IS 'True while the row comes from sample data rather than the province''s own published decision.';--> statement-breakpoint

COMMENT ON TABLE "tariffs" IS 'Postal tariff tables for dossier pickup and result delivery, with validity dates. The table column holds zones, weight tiers, surcharges and discount categories.';--> statement-breakpoint
COMMENT ON COLUMN "tariffs"."is_sample" IS 'True for published tariffs of other provinces shipped as samples; an administrator replaces them.';--> statement-breakpoint

COMMENT ON TABLE "accounts" IS 'Staff accounts. Personal data (display name, email, phone): reads by staff are audited.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."username" IS 'Login name, stored in lower case.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."password_hash" IS 'argon2id hash (PHC string); the password itself is never stored.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."role" IS 'One of the roles of src/domain/access/roles.ts.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."failed_logins" IS 'Consecutive failed logins; reset by a successful one.';--> statement-breakpoint
COMMENT ON COLUMN "accounts"."locked_until" IS 'Logins are refused until this instant after too many failures.';--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_role_check" CHECK ("role" IN ('postman','counter_clerk','postal_supervisor','desk_officer','processing_officer','province_admin','leader','partner_system'));--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_username_lower_check" CHECK ("username" = lower("username"));--> statement-breakpoint

COMMENT ON TABLE "sessions" IS 'Staff login sessions. Only a SHA-256 hash of the cookie token is stored, so a database leak does not leak sessions.';--> statement-breakpoint
COMMENT ON COLUMN "sessions"."csrf_token" IS 'Token the web app sends in X-CSRF-Token on every write made with the session cookie.';--> statement-breakpoint

COMMENT ON TABLE "api_keys" IS 'Keys of partner systems (one-stop software, postal operator software, national portal). The secret is shown once and stored as a SHA-256 hash.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."prefix" IS 'Public part of the key, shown in lists to tell keys apart.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."scopes" IS 'What the key may do, e.g. catalog:read, dossiers:read.';--> statement-breakpoint
COMMENT ON COLUMN "api_keys"."revoked_at" IS 'Set when an administrator revokes the key; a revoked key is refused.';--> statement-breakpoint

COMMENT ON TABLE "audit_log" IS 'Append-only record of who did what to which record, including every staff read of personal data and every refused access. Rows cannot be updated or deleted.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."actor_type" IS 'account, api_key, anonymous or system.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."action" IS 'Dotted action name, e.g. auth.login, account.read.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."outcome" IS 'success, denied (refused by access rules) or failed (e.g. wrong password).';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."personal_data" IS 'True when the action showed a person''s personal data to the actor.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."request_id" IS 'Request id, to join with the server log.';--> statement-breakpoint
COMMENT ON COLUMN "audit_log"."details" IS 'Context without personal data (e.g. the username tried is not stored; the reason code is).';--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_outcome_check" CHECK ("outcome" IN ('success','denied','failed'));--> statement-breakpoint
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
