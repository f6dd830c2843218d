CREATE TABLE "custody_transfers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_number" text NOT NULL,
	"seq" integer NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"from_kind" text NOT NULL,
	"from_ref" text NOT NULL,
	"to_kind" text NOT NULL,
	"to_ref" text NOT NULL,
	"place" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "delivery_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_number" text NOT NULL,
	"attempt" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"note" text,
	"next_attempt_on" date,
	"identity_kind" text,
	"identity_number_masked" text,
	"received_by" text,
	"signature" text,
	"photo" text,
	"postman_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manifest_items" (
	"manifest_id" uuid NOT NULL,
	"item_number" text NOT NULL,
	"fees" integer NOT NULL,
	"outcome" text,
	CONSTRAINT "manifest_items_manifest_id_item_number_pk" PRIMARY KEY("manifest_id","item_number")
);
--> statement-breakpoint
CREATE TABLE "manifests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"direction" text NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"carrier_id" uuid,
	"status" text NOT NULL,
	"fees_total" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledgement" jsonb,
	"signature_sender" text,
	"signature_receiver" text,
	CONSTRAINT "manifests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "pickup_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"procedure_code" text NOT NULL,
	"service_form" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_email" text,
	"address_line" text NOT NULL,
	"unit_code" text NOT NULL,
	"given_unit_code" text NOT NULL,
	"post_office_id" uuid NOT NULL,
	"window_from" timestamp with time zone NOT NULL,
	"window_to" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"postman_id" uuid,
	"access_token_hash" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"item_number" text,
	CONSTRAINT "pickup_requests_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "postal_items" (
	"item_number" text PRIMARY KEY NOT NULL,
	"slip_number" text NOT NULL,
	"pickup_id" uuid,
	"procedure_code" text NOT NULL,
	"service_form" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"post_office_id" uuid NOT NULL,
	"place" text NOT NULL,
	"state" text NOT NULL,
	"custodian_kind" text NOT NULL,
	"custodian_ref" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_email" text,
	"applicant_id_number" text,
	"address_line" text NOT NULL,
	"unit_code" text NOT NULL,
	"weight_grams" integer NOT NULL,
	"postage" integer NOT NULL,
	"discount_code" text,
	"quote_lines" jsonb NOT NULL,
	"fees_collected" integer DEFAULT 0 NOT NULL,
	"fees_method" text,
	"tally" jsonb NOT NULL,
	"signature_citizen" text,
	"signature_staff" text,
	"taken_in_at" timestamp with time zone NOT NULL,
	"taken_in_by" uuid NOT NULL,
	"transit_due_on" date NOT NULL,
	"filed_at" timestamp with time zone,
	"dossier_code" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "postal_items_slip_number_unique" UNIQUE("slip_number")
);
--> statement-breakpoint
CREATE TABLE "transit_limits" (
	"scope" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"days" integer NOT NULL,
	"days_with_appointment_slip" integer NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "transit_limits_scope_valid_from_pk" PRIMARY KEY("scope","valid_from")
);
--> statement-breakpoint
ALTER TABLE "custody_transfers" ADD CONSTRAINT "custody_transfers_item_number_postal_items_item_number_fk" FOREIGN KEY ("item_number") REFERENCES "public"."postal_items"("item_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_item_number_postal_items_item_number_fk" FOREIGN KEY ("item_number") REFERENCES "public"."postal_items"("item_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_postman_id_accounts_id_fk" FOREIGN KEY ("postman_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manifest_items" ADD CONSTRAINT "manifest_items_manifest_id_manifests_id_fk" FOREIGN KEY ("manifest_id") REFERENCES "public"."manifests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manifest_items" ADD CONSTRAINT "manifest_items_item_number_postal_items_item_number_fk" FOREIGN KEY ("item_number") REFERENCES "public"."postal_items"("item_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manifests" ADD CONSTRAINT "manifests_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manifests" ADD CONSTRAINT "manifests_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manifests" ADD CONSTRAINT "manifests_carrier_id_accounts_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_requests" ADD CONSTRAINT "pickup_requests_post_office_id_organisations_id_fk" FOREIGN KEY ("post_office_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_requests" ADD CONSTRAINT "pickup_requests_postman_id_accounts_id_fk" FOREIGN KEY ("postman_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickup_requests" ADD CONSTRAINT "pickup_requests_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_items" ADD CONSTRAINT "postal_items_pickup_id_pickup_requests_id_fk" FOREIGN KEY ("pickup_id") REFERENCES "public"."pickup_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_items" ADD CONSTRAINT "postal_items_agency_id_organisations_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_items" ADD CONSTRAINT "postal_items_post_office_id_organisations_id_fk" FOREIGN KEY ("post_office_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_items" ADD CONSTRAINT "postal_items_taken_in_by_accounts_id_fk" FOREIGN KEY ("taken_in_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custody_transfers_item_seq_idx" ON "custody_transfers" USING btree ("item_number","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_attempts_item_attempt_idx" ON "delivery_attempts" USING btree ("item_number","attempt");--> statement-breakpoint
CREATE INDEX "manifest_items_item_idx" ON "manifest_items" USING btree ("item_number");--> statement-breakpoint
CREATE INDEX "manifests_to_idx" ON "manifests" USING btree ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "pickup_requests_office_idx" ON "pickup_requests" USING btree ("post_office_id","status");--> statement-breakpoint
CREATE INDEX "pickup_requests_postman_idx" ON "pickup_requests" USING btree ("postman_id","status");--> statement-breakpoint
CREATE INDEX "postal_items_custodian_idx" ON "postal_items" USING btree ("custodian_kind","custodian_ref","state");--> statement-breakpoint
CREATE INDEX "postal_items_agency_idx" ON "postal_items" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "postal_items_office_idx" ON "postal_items" USING btree ("post_office_id","state");--> statement-breakpoint
CREATE INDEX "postal_items_dossier_idx" ON "postal_items" USING btree ("dossier_code");
--> statement-breakpoint
COMMENT ON TABLE "pickup_requests" IS 'Requests for a postman to collect a dossier or deliver a result at an address (Decision 45/2016 Art. 5).';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."id" IS 'Pickup id.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."reference" IS 'Short reference given to the citizen (e.g. YC-7KQ2M9TA).';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."procedure_code" IS 'Procedure code from the catalogue.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."service_form" IS 'send-dossier, receive-result or both (Decision 45/2016 Art. 3).';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."applicant_name" IS 'Applicant name (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."applicant_phone" IS 'Applicant phone (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."applicant_email" IS 'Applicant e-mail, optional (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."address_line" IS 'Street address as given (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."unit_code" IS 'Current administrative unit (commune or ward) of the address.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."given_unit_code" IS 'Unit code as entered, possibly of an earlier era; resolved into unit_code.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."post_office_id" IS 'Post office serving the area.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."window_from" IS 'Start of the preferred time window.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."window_to" IS 'End of the preferred time window.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."channel" IS 'public (web site), hotline or counter.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."status" IS 'requested, assigned, taken-in, refused-incomplete or cancelled.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."postman_id" IS 'Postman assigned.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."access_token_hash" IS 'SHA-256 of the token that lets the citizen follow or cancel the request.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."created_by" IS 'Staff account that entered it; NULL for the public site.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."created_at" IS 'When it was requested.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."cancelled_at" IS 'When it was cancelled.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."cancel_reason" IS 'Why it was cancelled.';--> statement-breakpoint
COMMENT ON COLUMN "pickup_requests"."item_number" IS 'Item number given at intake.';--> statement-breakpoint
COMMENT ON TABLE "postal_items" IS 'Dossiers taken in by the post, one row per S10 item, with the current custodian (invariant 3).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."item_number" IS 'UPU S10 item number.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."slip_number" IS 'Number of the phiếu gửi hồ sơ.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."pickup_id" IS 'Pickup request that led to the intake, if any.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."procedure_code" IS 'Procedure code.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."service_form" IS 'send-dossier, receive-result or both.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."agency_id" IS 'Competent one-stop desk the dossier goes to.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."post_office_id" IS 'Post office that took it in.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."place" IS 'address or post-office.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."state" IS 'Custody state (src/domain/postal-item/custody.ts).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."custodian_kind" IS 'Kind of party holding the item now.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."custodian_ref" IS 'Who holds it: account id, organisation code or citizen.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."applicant_name" IS 'Applicant name (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."applicant_phone" IS 'Applicant phone (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."applicant_email" IS 'Applicant e-mail (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."applicant_id_number" IS 'Identity card number given at intake (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."address_line" IS 'Return address (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."unit_code" IS 'Administrative unit of the return address.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."weight_grams" IS 'Weight used for the postage.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."postage" IS 'Postage charged, đồng.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."discount_code" IS 'Circular 22/2017 discount category applied, if any.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."fees_collected" IS 'Procedure fees collected on behalf of the agency, đồng.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."fees_method" IS 'cash or transfer.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."tally" IS 'The document tally: each checklist item present, missing or not applicable, original or copy, note.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."signature_citizen" IS 'Citizen signature (PNG data URL).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."signature_staff" IS 'Postal staff signature (PNG data URL).';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."taken_in_at" IS 'When the slip was signed.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."taken_in_by" IS 'Postal staff account that took it in.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."transit_due_on" IS 'Last day of the transit limit J+n.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."filed_at" IS 'Legal filing time: when the desk signed the handover record.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."dossier_code" IS 'Dossier code given by the desk, when known.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."failed_attempts" IS 'Failed delivery attempts of the result so far.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."next_attempt_on" IS 'Date of the next delivery invitation.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."version" IS 'Optimistic-lock version: a custody change succeeds only against the version it read.';--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."updated_at" IS 'Last change.';--> statement-breakpoint
COMMENT ON TABLE "custody_transfers" IS 'Every change of custodian of an item, naming both parties; append-only.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."id" IS 'Transfer id.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."item_number" IS 'Item.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."seq" IS 'Order of the transfer within the item; unique, so a transfer cannot be recorded twice.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."from_state" IS 'Custody state before.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."to_state" IS 'Custody state after.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."from_kind" IS 'Kind of party handing over.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."from_ref" IS 'Party handing over.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."to_kind" IS 'Kind of party receiving.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."to_ref" IS 'Party receiving, who confirms.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."place" IS 'Organisation code where it happened.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."at" IS 'When it happened.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."recorded_by" IS 'Account or API key that recorded it.';--> statement-breakpoint
COMMENT ON COLUMN "custody_transfers"."note" IS 'Free note.';--> statement-breakpoint
COMMENT ON TABLE "manifests" IS 'Handover records (biên bản giao nhận) between the post and a one-stop desk, either way.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."id" IS 'Manifest id.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."number" IS 'Printed number.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."direction" IS 'dossier (post to desk) or result (desk to post).';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."from_organisation_id" IS 'Organisation handing over.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."to_organisation_id" IS 'Organisation receiving.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."carrier_id" IS 'Postman carrying the items.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."status" IS 'sent or acknowledged.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."fees_total" IS 'Fees collected on behalf handed over with the items, đồng.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."created_at" IS 'When it was drawn up.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."created_by" IS 'Account or API key that drew it up.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."acknowledged_at" IS 'When the receiver signed: the legal filing time for dossiers.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."acknowledgement" IS 'Items received, missing, extra and damaged, as signed.';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."signature_sender" IS 'Sender signature (PNG data URL).';--> statement-breakpoint
COMMENT ON COLUMN "manifests"."signature_receiver" IS 'Receiver signature (PNG data URL), when signed here.';--> statement-breakpoint
COMMENT ON TABLE "manifest_items" IS 'Items listed on a handover record.';--> statement-breakpoint
COMMENT ON COLUMN "manifest_items"."manifest_id" IS 'Manifest.';--> statement-breakpoint
COMMENT ON COLUMN "manifest_items"."item_number" IS 'Item.';--> statement-breakpoint
COMMENT ON COLUMN "manifest_items"."fees" IS 'Fees collected on behalf for this item, đồng.';--> statement-breakpoint
COMMENT ON COLUMN "manifest_items"."outcome" IS 'received, missing or damaged, once acknowledged.';--> statement-breakpoint
COMMENT ON TABLE "delivery_attempts" IS 'Every attempt to deliver a result: failed with a reason, or delivered against an identity check.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."id" IS 'Attempt id.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."item_number" IS 'Item.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."attempt" IS 'Attempt number, from 1.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."at" IS 'When.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."outcome" IS 'failed or delivered.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."reason" IS 'Normalised reason of a failure.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."note" IS 'Free note.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."next_attempt_on" IS 'Date of the next invitation after a failure.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."identity_kind" IS 'cccd, passport or authorisation.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."identity_number_masked" IS 'Last four characters of the card number shown.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."received_by" IS 'applicant or authorised-person.';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."signature" IS 'Recipient signature (PNG data URL).';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."photo" IS 'Optional photo of the handover (JPEG/PNG data URL).';--> statement-breakpoint
COMMENT ON COLUMN "delivery_attempts"."postman_id" IS 'Postman.';--> statement-breakpoint
COMMENT ON TABLE "transit_limits" IS 'Transit limits J+n in working days (Circular 17/2017 Art. 7), as data with validity dates.';--> statement-breakpoint
COMMENT ON COLUMN "transit_limits"."scope" IS 'same-district, intra-province, inter-province-near or inter-province-far.';--> statement-breakpoint
COMMENT ON COLUMN "transit_limits"."valid_from" IS 'First day in force.';--> statement-breakpoint
COMMENT ON COLUMN "transit_limits"."valid_to" IS 'Last day in force; NULL while in force.';--> statement-breakpoint
COMMENT ON COLUMN "transit_limits"."days" IS 'Working days after J.';--> statement-breakpoint
COMMENT ON COLUMN "transit_limits"."days_with_appointment_slip" IS 'Working days when an appointment slip must be brought back.';--> statement-breakpoint
COMMENT ON COLUMN "transit_limits"."source" IS 'Legal source.';--> statement-breakpoint
CREATE FUNCTION custody_transfers_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'custody_transfers is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER custody_transfers_no_update_delete BEFORE UPDATE OR DELETE ON "custody_transfers"
  FOR EACH ROW EXECUTE FUNCTION custody_transfers_append_only();--> statement-breakpoint
INSERT INTO "transit_limits" ("scope", "valid_from", "days", "days_with_appointment_slip", "source") VALUES
  ('same-district', '2017-08-15', 1, 2, 'Circular 17/2017/TT-BTTTT Art. 7(2)'),
  ('intra-province', '2017-08-15', 2, 4, 'Circular 17/2017/TT-BTTTT Art. 7(2)'),
  ('inter-province-near', '2017-08-15', 3, 6, 'Circular 17/2017/TT-BTTTT Art. 7(2)'),
  ('inter-province-far', '2017-08-15', 4, 8, 'Circular 17/2017/TT-BTTTT Art. 7(2)');
--> statement-breakpoint
COMMENT ON COLUMN "postal_items"."quote_lines" IS 'The tariff quote lines charged (postage per leg, fee collection, discount), đồng.';
