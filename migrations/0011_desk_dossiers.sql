CREATE TABLE "assisted_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"outcome" text NOT NULL,
	"online_dossier_code" text,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desk_postal_staff" (
	"desk_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"procedure_codes" text[] NOT NULL,
	CONSTRAINT "desk_postal_staff_desk_id_account_id_since_pk" PRIMARY KEY("desk_id","account_id","since")
);
--> statement-breakpoint
CREATE TABLE "dossier_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_account" uuid,
	"by_role" text NOT NULL,
	"to_organisation_id" uuid,
	"note" text,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"result_method" text NOT NULL,
	"item_number" text,
	"manifest_id" text,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_email" text,
	"applicant_id_number" text,
	"applicant_address" text NOT NULL,
	"unit_code" text,
	"documents" jsonb NOT NULL,
	"status" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"clock_started_at" timestamp with time zone NOT NULL,
	"processing_time" jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"forward_by" timestamp with time zone NOT NULL,
	"due_moved" boolean DEFAULT false NOT NULL,
	"processing_unit_id" uuid,
	"received_by" uuid NOT NULL,
	"result_ready_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "incoming_manifests" (
	"manifest_id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"from_code" text NOT NULL,
	"from_name" text NOT NULL,
	"fees_total" integer NOT NULL,
	"dossiers" jsonb NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid
);
--> statement-breakpoint
ALTER TABLE "assisted_filings" ADD CONSTRAINT "assisted_filings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assisted_filings" ADD CONSTRAINT "assisted_filings_staff_id_accounts_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_postal_staff" ADD CONSTRAINT "desk_postal_staff_desk_id_organisations_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_postal_staff" ADD CONSTRAINT "desk_postal_staff_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_by_account_accounts_id_fk" FOREIGN KEY ("by_account") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_agency_id_organisations_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_processing_unit_id_organisations_id_fk" FOREIGN KEY ("processing_unit_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_received_by_accounts_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_manifests" ADD CONSTRAINT "incoming_manifests_agency_id_organisations_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_manifests" ADD CONSTRAINT "incoming_manifests_acknowledged_by_accounts_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assisted_filings_org_idx" ON "assisted_filings" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_steps_seq_idx" ON "dossier_steps" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "dossiers_agency_idx" ON "dossiers" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_item_idx" ON "dossiers" USING btree ("item_number");--> statement-breakpoint
CREATE INDEX "dossiers_filed_idx" ON "dossiers" USING btree ("agency_id","filed_at");--> statement-breakpoint
CREATE INDEX "incoming_manifests_agency_idx" ON "incoming_manifests" USING btree ("agency_id","status");--> statement-breakpoint
COMMENT ON TABLE "dossiers" IS 'Dossiers received by the built-in one-stop desk (Decree 61/2018, Decree 118/2025).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."id" IS 'Dossier id.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."code" IS 'Dossier code <agency code>-<YYMMDD>-<NNNN> (Circular 01/2018 Art. 19).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."agency_id" IS 'The desk that received it.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."procedure_code" IS 'Procedure code.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."channel" IS 'in-person, online or postal (national portal channel 1, 2, 3).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."result_method" IS 'in-person or postal (national portal result method 0, 1).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."item_number" IS 'Postal item number of a postal dossier, or of the result sent by post.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."manifest_id" IS 'Handover record it came on, for a postal dossier.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."applicant_name" IS 'Applicant name (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."applicant_phone" IS 'Applicant phone (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."applicant_email" IS 'Applicant e-mail (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."applicant_id_number" IS 'Identity card number (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."applicant_address" IS 'Applicant address (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."unit_code" IS 'Administrative unit of the address, when known.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."documents" IS 'Documents received: name, original or copy, quantity (printed on form 01).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."status" IS 'Lifecycle status (src/domain/dossier/lifecycle.ts).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."filed_at" IS 'Legal filing time: handover record signed, or receipt at the desk.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."clock_started_at" IS 'When the processing time started: the filing time, or when the dossier became complete after a supplement.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."processing_time" IS 'The procedure''s processing time used: working days or working hours.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."due_at" IS 'Due date and time of the result.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."forward_by" IS 'When it must reach the processing unit: same day, or next morning after 15:00.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."due_moved" IS 'True once the due date was moved with an apology (only once).';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."processing_unit_id" IS 'Unit it was forwarded to.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."received_by" IS 'Officer (or postal staff working at the desk) who received it.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."result_ready_at" IS 'When the result reached the desk.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."returned_at" IS 'When the result was returned to the citizen.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."version" IS 'Incremented at every step.';--> statement-breakpoint
COMMENT ON COLUMN "dossiers"."updated_at" IS 'Last change.';--> statement-breakpoint
COMMENT ON TABLE "dossier_steps" IS 'Every step of a dossier (the processing control slip, form 05); append-only.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."id" IS 'Step id.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."dossier_id" IS 'Dossier.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."seq" IS 'Order within the dossier.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."action" IS 'Lifecycle action.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."from_status" IS 'Status before.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."to_status" IS 'Status after.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."at" IS 'When.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."by_account" IS 'Staff account that did it.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."by_role" IS 'Role it was done in.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."to_organisation_id" IS 'Unit the dossier was sent to, for a forward.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."note" IS 'Reason or note.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_steps"."data" IS 'Details of the step (items requested, dates).';--> statement-breakpoint
COMMENT ON TABLE "incoming_manifests" IS 'Handover records from the post as the built-in desk received them by the exchange.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."manifest_id" IS 'Id of the record on the post''s side.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."number" IS 'Printed number.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."agency_id" IS 'Desk it is addressed to.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."from_code" IS 'Post office code.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."from_name" IS 'Post office name.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."fees_total" IS 'Fees collected on behalf handed over, đồng.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."dossiers" IS 'The dossiers listed, as sent (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."sent_at" IS 'When the post sent it.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."status" IS 'pending or acknowledged.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."acknowledged_at" IS 'When the desk signed: the legal filing time.';--> statement-breakpoint
COMMENT ON COLUMN "incoming_manifests"."acknowledged_by" IS 'Officer who signed.';--> statement-breakpoint
COMMENT ON TABLE "assisted_filings" IS 'Help given to citizens filing online (R7).';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."id" IS 'Record id.';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."organisation_id" IS 'Desk or post office where the help was given.';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."staff_id" IS 'Staff member who helped.';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."procedure_code" IS 'Procedure filed.';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."outcome" IS 'submitted or not-completed.';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."online_dossier_code" IS 'Code the online system gave, when submitted.';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."note" IS 'Free note.';--> statement-breakpoint
COMMENT ON COLUMN "assisted_filings"."at" IS 'When.';--> statement-breakpoint
COMMENT ON TABLE "desk_postal_staff" IS 'Postal staff working at a one-stop desk for procedures transferred to the post (R8); published.';--> statement-breakpoint
COMMENT ON COLUMN "desk_postal_staff"."desk_id" IS 'Desk.';--> statement-breakpoint
COMMENT ON COLUMN "desk_postal_staff"."account_id" IS 'Postal staff account.';--> statement-breakpoint
COMMENT ON COLUMN "desk_postal_staff"."since" IS 'First day at the desk.';--> statement-breakpoint
COMMENT ON COLUMN "desk_postal_staff"."until" IS 'Last day; NULL while working there.';--> statement-breakpoint
COMMENT ON COLUMN "desk_postal_staff"."procedure_codes" IS 'Procedures transferred to the post at this desk.';--> statement-breakpoint
CREATE FUNCTION dossier_steps_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_steps is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER dossier_steps_no_update_delete BEFORE UPDATE OR DELETE ON "dossier_steps"
  FOR EACH ROW EXECUTE FUNCTION dossier_steps_append_only();
