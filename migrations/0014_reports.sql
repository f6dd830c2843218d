CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"dossier_code" text,
	"item_number" text,
	"procedure_code" text,
	"agency_id" uuid,
	"unit_code" text,
	"organisation_id" uuid NOT NULL,
	"summary" text NOT NULL,
	"status" text NOT NULL,
	"resolution" text,
	"resolved_on" date,
	"compensation" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "difficulties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"procedure_code" text,
	"unit_code" text,
	"dossier_code" text,
	"reported_by" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"routed_to_organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "difficulty_routes" (
	"category" text PRIMARY KEY NOT NULL,
	"organisation_code" text NOT NULL,
	"label_vi" text NOT NULL,
	"label_en" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_number" text NOT NULL,
	"kind" text NOT NULL,
	"leg" text NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text,
	"compensation" integer DEFAULT 0 NOT NULL,
	"organisation_id" uuid NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_name" text,
	"media_type" text,
	"byte_size" integer,
	"sha256" text,
	"content" "bytea",
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_account" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"section" text NOT NULL,
	"section_title" text NOT NULL,
	"number" integer NOT NULL,
	"position" integer NOT NULL,
	"content" text NOT NULL,
	"product" text NOT NULL,
	"lead_agencies" text NOT NULL,
	"coordinating_agencies" text NOT NULL,
	"deadline_text" text NOT NULL,
	"deadline_kind" text NOT NULL,
	"due_on" date,
	"status" text NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"issuer" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plans_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "report_dossiers" (
	"case_key" text PRIMARY KEY NOT NULL,
	"dossier_code" text,
	"item_number" text,
	"procedure_code" text NOT NULL,
	"field" text,
	"agency_id" uuid,
	"post_office_id" uuid,
	"unit_code_at_filing" text,
	"channel" text NOT NULL,
	"sent_by_post" boolean NOT NULL,
	"result_by_post" boolean NOT NULL,
	"filed_at" timestamp with time zone,
	"filed_on" date,
	"due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decision" text,
	"result_handed_to_post_at" timestamp with time zone,
	"delivered_by_post_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"delivery_failures" integer NOT NULL,
	"returned_to_agency" boolean NOT NULL,
	"taken_in_at" timestamp with time zone,
	"taken_in_on" date,
	"transit_due_on" date,
	"arrived_on" date,
	"fees_collected" integer NOT NULL,
	"fees_remitted" integer NOT NULL,
	"postage" integer NOT NULL,
	"lost_or_damaged" boolean NOT NULL,
	"status" text,
	"last_event_seq" bigint,
	"projected_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_dossiers_dossier_code_unique" UNIQUE("dossier_code"),
	CONSTRAINT "report_dossiers_item_number_unique" UNIQUE("item_number")
);
--> statement-breakpoint
CREATE TABLE "report_monthly" (
	"month" date NOT NULL,
	"basis" text NOT NULL,
	"procedure_code" text NOT NULL,
	"field" text,
	"agency_id" uuid,
	"post_office_id" uuid,
	"unit_code_at_filing" text,
	"total" integer NOT NULL,
	"in_person" integer NOT NULL,
	"online" integer NOT NULL,
	"postal" integer NOT NULL,
	"unknown_channel" integer NOT NULL,
	"sent_by_post" integer NOT NULL,
	"result_by_post" integer NOT NULL,
	"delivered_by_post" integer NOT NULL,
	"decided_on_time" integer NOT NULL,
	"decided_late" integer NOT NULL,
	"delivery_failures" integer NOT NULL,
	"with_failure" integer NOT NULL,
	"returned_to_agency" integer NOT NULL,
	"transit_on_time" integer NOT NULL,
	"transit_late_arrived" integer NOT NULL,
	"lost_or_damaged" integer NOT NULL,
	"fees_collected" bigint NOT NULL,
	"fees_remitted" bigint NOT NULL,
	"postage" bigint NOT NULL,
	CONSTRAINT "report_monthly_key" UNIQUE NULLS NOT DISTINCT("month","basis","procedure_code","field","agency_id","post_office_id","unit_code_at_filing")
);
--> statement-breakpoint
CREATE TABLE "report_reminders" (
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"stage" text NOT NULL,
	"due_on" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_reminders_kind_period_stage_pk" PRIMARY KEY("kind","period","stage")
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"submitted_on" date NOT NULL,
	"reference" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_submissions_kind_period_pk" PRIMARY KEY("kind","period")
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"procedure_codes" text[] NOT NULL,
	"course" text NOT NULL,
	"trained_on" date NOT NULL,
	"trainer_organisation_id" uuid,
	"certificate_ref" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_agency_id_organisations_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_reported_by_accounts_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_routed_to_organisation_id_organisations_id_fk" FOREIGN KEY ("routed_to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_answered_by_accounts_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_incidents" ADD CONSTRAINT "item_incidents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_incidents" ADD CONSTRAINT "item_incidents_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_added_by_accounts_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_status_changes" ADD CONSTRAINT "plan_task_status_changes_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_status_changes" ADD CONSTRAINT "plan_task_status_changes_by_account_accounts_id_fk" FOREIGN KEY ("by_account") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_staff_id_accounts_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_trainer_organisation_id_organisations_id_fk" FOREIGN KEY ("trainer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_received_idx" ON "complaints" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "complaints_organisation_idx" ON "complaints" USING btree ("organisation_id","received_on");--> statement-breakpoint
CREATE INDEX "complaints_agency_idx" ON "complaints" USING btree ("agency_id","received_on");--> statement-breakpoint
CREATE INDEX "difficulties_reported_idx" ON "difficulties" USING btree ("reported_at");--> statement-breakpoint
CREATE INDEX "difficulties_organisation_idx" ON "difficulties" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "difficulties_routed_idx" ON "difficulties" USING btree ("routed_to_organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "item_incidents_item_idx" ON "item_incidents" USING btree ("item_number","kind","leg");--> statement-breakpoint
CREATE INDEX "item_incidents_occurred_idx" ON "item_incidents" USING btree ("occurred_on");--> statement-breakpoint
CREATE INDEX "plan_task_evidence_task_idx" ON "plan_task_evidence" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_task_status_changes_seq_idx" ON "plan_task_status_changes" USING btree ("task_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_tasks_number_idx" ON "plan_tasks" USING btree ("plan_id","section","number");--> statement-breakpoint
CREATE INDEX "plan_tasks_due_idx" ON "plan_tasks" USING btree ("due_on","status");--> statement-breakpoint
CREATE INDEX "report_dossiers_filed_idx" ON "report_dossiers" USING btree ("filed_on");--> statement-breakpoint
CREATE INDEX "report_dossiers_taken_in_idx" ON "report_dossiers" USING btree ("taken_in_on");--> statement-breakpoint
CREATE INDEX "report_dossiers_handed_idx" ON "report_dossiers" USING btree ("result_handed_to_post_at");--> statement-breakpoint
CREATE INDEX "report_dossiers_agency_idx" ON "report_dossiers" USING btree ("agency_id","filed_on");--> statement-breakpoint
CREATE INDEX "report_dossiers_office_idx" ON "report_dossiers" USING btree ("post_office_id","taken_in_on");--> statement-breakpoint
CREATE INDEX "report_dossiers_procedure_idx" ON "report_dossiers" USING btree ("procedure_code","filed_on");--> statement-breakpoint
CREATE INDEX "report_dossiers_unit_idx" ON "report_dossiers" USING btree ("unit_code_at_filing","filed_on");--> statement-breakpoint
CREATE INDEX "report_dossiers_undecided_idx" ON "report_dossiers" USING btree ("filed_on") WHERE decided_at is null;--> statement-breakpoint
CREATE INDEX "report_dossiers_in_transit_idx" ON "report_dossiers" USING btree ("taken_in_on") WHERE arrived_on is null and transit_due_on is not null;--> statement-breakpoint
CREATE INDEX "report_monthly_agency_idx" ON "report_monthly" USING btree ("agency_id","month");--> statement-breakpoint
CREATE INDEX "report_monthly_office_idx" ON "report_monthly" USING btree ("post_office_id","month");--> statement-breakpoint
CREATE INDEX "training_records_trained_idx" ON "training_records" USING btree ("trained_on");--> statement-breakpoint
CREATE INDEX "training_records_organisation_idx" ON "training_records" USING btree ("organisation_id","trained_on");--> statement-breakpoint
CREATE INDEX "training_records_staff_idx" ON "training_records" USING btree ("staff_id");--> statement-breakpoint
COMMENT ON TABLE "complaints" IS 'Complaints about the postal service (Decision 45/2016), recorded by postal staff; no personal data, the case identifies the person.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."id" IS 'Complaint id.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."received_on" IS 'Day the complaint was received.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."channel" IS 'How it was received: counter, phone, online, letter, other.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."category" IS 'What it is about: lost, damaged, late, fees, staff-conduct, wrong-address, other.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."dossier_code" IS 'Dossier it is about.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."item_number" IS 'Postal item it is about.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."procedure_code" IS 'Procedure of that case, copied for grouping.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."agency_id" IS 'Agency of that case, copied for grouping and scope.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."unit_code" IS 'Address unit of that case as recorded at filing.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."organisation_id" IS 'Organisation of the staff member who recorded it.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."summary" IS 'What the complaint says, without personal data.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."status" IS 'open, resolved or rejected.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."resolution" IS 'How it was settled.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."resolved_on" IS 'Day it was settled.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."compensation" IS 'Compensation paid (đồng).';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."recorded_by" IS 'Account that recorded it.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."recorded_at" IS 'When it was recorded.';--> statement-breakpoint
COMMENT ON COLUMN "complaints"."updated_at" IS 'Last change.';--> statement-breakpoint
COMMENT ON TABLE "difficulties" IS 'Difficulties met by staff, reported upward (R14), routed to the handling department, answered, closed.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."id" IS 'Difficulty id.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."category" IS 'Category (difficulty_routes).';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."title" IS 'Short title.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."description" IS 'What the difficulty is.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."procedure_code" IS 'Procedure concerned, if any.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."unit_code" IS 'Administrative unit concerned, if any.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."dossier_code" IS 'Dossier concerned, if any.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."reported_by" IS 'Who reported it.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."organisation_id" IS 'Their organisation.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."routed_to_organisation_id" IS 'Department it was routed to.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."status" IS 'open, answered or closed.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."reported_at" IS 'When it was reported.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."answer" IS 'The department’s answer, kept as given.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."answered_by" IS 'Who answered.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."answered_at" IS 'When.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."closed_at" IS 'When it was closed.';--> statement-breakpoint
COMMENT ON COLUMN "difficulties"."version" IS 'Incremented on each change.';--> statement-breakpoint
COMMENT ON TABLE "difficulty_routes" IS 'Which department handles each category of difficulty (R14); loaded from data/plans/difficulty-routing.json, edited by administrators.';--> statement-breakpoint
COMMENT ON COLUMN "difficulty_routes"."category" IS 'Category id.';--> statement-breakpoint
COMMENT ON COLUMN "difficulty_routes"."organisation_code" IS 'Code of the handling organisation.';--> statement-breakpoint
COMMENT ON COLUMN "difficulty_routes"."label_vi" IS 'Label in Vietnamese.';--> statement-breakpoint
COMMENT ON COLUMN "difficulty_routes"."label_en" IS 'Label in English.';--> statement-breakpoint
COMMENT ON COLUMN "difficulty_routes"."source" IS 'Where the route comes from.';--> statement-breakpoint
COMMENT ON TABLE "item_incidents" IS 'Postal items found lost or damaged, as the post recorded them (a loss cannot be derived from the events).';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."id" IS 'Incident id.';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."item_number" IS 'The item.';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."kind" IS 'lost or damaged.';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."leg" IS 'dossier (to the desk) or result (to the citizen).';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."occurred_on" IS 'Day it happened or was found.';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."note" IS 'What happened.';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."compensation" IS 'Compensation paid for it (đồng).';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."organisation_id" IS 'Organisation of the staff member who recorded it.';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."recorded_by" IS 'Account that recorded it.';--> statement-breakpoint
COMMENT ON COLUMN "item_incidents"."recorded_at" IS 'When it was recorded.';--> statement-breakpoint
COMMENT ON TABLE "plan_task_evidence" IS 'Evidence that a task was done: links, or files kept in the database; append-only.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."id" IS 'Evidence id.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."task_id" IS 'Task.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."kind" IS 'link or file.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."title" IS 'What it is.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."url" IS 'The link (kind link).';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."file_name" IS 'File name as uploaded.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."media_type" IS 'Media type, checked against the content.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."byte_size" IS 'Size in bytes.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."sha256" IS 'SHA-256 of the content.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."content" IS 'The file (at most 5 MB).';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."added_by" IS 'Account that added it.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_evidence"."added_at" IS 'When.';--> statement-breakpoint
COMMENT ON TABLE "plan_task_status_changes" IS 'Every status change of a plan task, with who and why; append-only.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."id" IS 'Row id.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."task_id" IS 'Task.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."seq" IS 'Order within the task (1: its first status).';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."from_status" IS 'Status before (null for the first).';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."to_status" IS 'Status after.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."at" IS 'When.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."by_account" IS 'Who; null when loaded from data.';--> statement-breakpoint
COMMENT ON COLUMN "plan_task_status_changes"."note" IS 'Why.';--> statement-breakpoint
COMMENT ON TABLE "plan_tasks" IS 'Tasks of a plan (its appendix): product, lead and coordinating agencies, deadline, status.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."id" IS 'Task id.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."plan_id" IS 'Plan.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."section" IS 'Section of the appendix (I, II, …).';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."section_title" IS 'Title of that section.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."number" IS 'Number within the section.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."position" IS 'Order in the plan.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."content" IS 'What is to be done.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."product" IS 'Expected product.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."lead_agencies" IS 'Lead agencies, as written.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."coordinating_agencies" IS 'Coordinating agencies, as written.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."deadline_text" IS 'Deadline as the plan writes it.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."deadline_kind" IS 'date (a day could be read), ongoing (standing task) or event (tied to an event).';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."due_on" IS 'The day read from the deadline: overdue after it.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."status" IS 'not-started, in-progress, done or cancelled.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."status_changed_at" IS 'When the status last changed.';--> statement-breakpoint
COMMENT ON COLUMN "plan_tasks"."version" IS 'Incremented on each change.';--> statement-breakpoint
COMMENT ON TABLE "plans" IS 'Plans of the province with their own tasks (R13): Plan 1106/KH-UBND of 2019 loaded from data/plans, later ones entered.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."id" IS 'Plan id.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."code" IS 'Number of the plan document, e.g. 1106/KH-UBND.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."title" IS 'Title.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."issued_on" IS 'Date of issue.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."issuer" IS 'Who issued it.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."organisation_id" IS 'Organisation the plan belongs to (its territory: readers in its subtree and above see it).';--> statement-breakpoint
COMMENT ON COLUMN "plans"."source" IS 'Where the text comes from.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."note" IS 'Remarks on the source.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."created_by" IS 'Account that entered it; null when loaded from data.';--> statement-breakpoint
COMMENT ON COLUMN "plans"."created_at" IS 'When it was entered.';--> statement-breakpoint
COMMENT ON TABLE "report_dossiers" IS 'Reporting projection (issue 9): one row per dossier, and one per postal item not yet registered as a dossier, recomputed from the event log and the owners'' tables on every relayed event; derived data, rebuilt by npm run reports:rebuild.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."case_key" IS 'The dossier code, or the item number while the item is not registered as a dossier.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."dossier_code" IS 'Dossier code (mã hồ sơ); null for an item not yet registered.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."item_number" IS 'UPU S10 number of the postal item of the dossier, if it went through the post.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."procedure_code" IS 'Procedure of the dossier (national catalogue code).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."field" IS 'Field (lĩnh vực) of the procedure when the row was computed.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."agency_id" IS 'Agency (desk) that registered the dossier, or that the item is addressed to.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."post_office_id" IS 'Post office that took the item in.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."unit_code_at_filing" IS 'Administrative unit of the applicant’s address as recorded when filed (may be a unit of before a merger; the unit it belongs to today is derived when reading, from the succession of units).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."channel" IS 'How the dossier was filed: in-person, online, postal, or unknown when a partner system did not say.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."sent_by_post" IS 'The dossier leg went through the post (service form send-dossier or both).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."result_by_post" IS 'The result was asked for by post (service form receive-result or both).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."filed_at" IS 'Legal filing time (handover record signature or desk receipt).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."filed_on" IS 'Filing date in Vietnam time: places the dossier in a period.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."due_at" IS 'Due date, after any supplement restart or the one delay.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."decided_at" IS 'When processing ended: result ready, refused, stopped or withdrawn (earliest).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."decision" IS 'What ended processing: result, refused, stopped or withdrawn.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."result_handed_to_post_at" IS 'When the desk handed the result to the post.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."delivered_by_post_at" IS 'When the post delivered the result to the citizen.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."returned_at" IS 'When the citizen received the result (by post, or in person at the desk).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."delivery_failures" IS 'Failed delivery attempts of the result.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."returned_to_agency" IS 'The result went back to the agency after the failed invitations.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."taken_in_at" IS 'When the post took the dossier in.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."taken_in_on" IS 'Intake date in Vietnam time: places postal volumes, transit, fees and losses in a period.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."transit_due_on" IS 'Last day of the J+n transit limit of the dossier leg.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."arrived_on" IS 'Day the desk signed for the item (Vietnam time).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."fees_collected" IS 'Fees collected on behalf of the agency at intake (đồng).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."fees_remitted" IS 'Fees remitted to the agency with the handover record (đồng).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."postage" IS 'Postage charged (đồng): the post’s revenue.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."lost_or_damaged" IS 'The item was reported lost or damaged (handover record or item_incidents).';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."status" IS 'Last known status of the dossier, or custody state of the item.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."last_event_seq" IS 'Highest event sequence about the dossier when the row was computed.';--> statement-breakpoint
COMMENT ON COLUMN "report_dossiers"."projected_at" IS 'When the row was last computed.';--> statement-breakpoint
COMMENT ON TABLE "report_monthly" IS 'Monthly rollup of report_dossiers (derived, rebuilt with it): counts by month of a case''s date (filed, taken in, result handed to the post), procedure, field, agency, post office and address unit at filing; kept in step with every change of the projection in the same transaction. What depends on the moment of reading (undecided dossiers, items on their way) is not summed here.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."month" IS 'First day of the month (Vietnam time) of the date the row counts by.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."basis" IS 'Which date: filed, taken-in or handed (result handed to the post).';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."procedure_code" IS 'Procedure.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."field" IS 'Field of the procedure as projected.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."agency_id" IS 'Agency of the cases.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."post_office_id" IS 'Post office of the cases.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."unit_code_at_filing" IS 'Address unit as recorded at filing.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."total" IS 'Cases counted by this date: dossiers filed, items taken in, or results handed to the post.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."in_person" IS 'Dossiers filed in person.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."online" IS 'Dossiers filed online.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."postal" IS 'Dossiers filed through the post.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."unknown_channel" IS 'Dossiers whose channel a partner did not report.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."sent_by_post" IS 'Dossiers whose dossier leg went by post.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."result_by_post" IS 'Dossiers whose result was asked for by post.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."delivered_by_post" IS 'Results delivered by post.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."decided_on_time" IS 'Dossiers decided by their due date.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."decided_late" IS 'Dossiers decided after their due date (undecided ones are read from report_dossiers).';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."delivery_failures" IS 'Failed delivery attempts (sum).';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."with_failure" IS 'Results with at least one failed delivery.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."returned_to_agency" IS 'Results returned to the agency.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."transit_on_time" IS 'Items handed to the desk within J+n.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."transit_late_arrived" IS 'Items handed to the desk after J+n (items still on their way are read from report_dossiers).';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."lost_or_damaged" IS 'Items lost or damaged.';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."fees_collected" IS 'Fees collected on behalf (đồng).';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."fees_remitted" IS 'Fees remitted to agencies (đồng).';--> statement-breakpoint
COMMENT ON COLUMN "report_monthly"."postage" IS 'Postage charged (đồng).';--> statement-breakpoint
COMMENT ON TABLE "report_reminders" IS 'Reminders the worker recorded before and after each report deadline, once per stage.';--> statement-breakpoint
COMMENT ON COLUMN "report_reminders"."kind" IS 'Report kind.';--> statement-breakpoint
COMMENT ON COLUMN "report_reminders"."period" IS 'Period key.';--> statement-breakpoint
COMMENT ON COLUMN "report_reminders"."stage" IS 'due-soon or overdue.';--> statement-breakpoint
COMMENT ON COLUMN "report_reminders"."due_on" IS 'The deadline.';--> statement-breakpoint
COMMENT ON COLUMN "report_reminders"."recorded_at" IS 'When the reminder was recorded.';--> statement-breakpoint
COMMENT ON TABLE "report_submissions" IS 'Periodic reports recorded as sent, so their deadline stops being flagged.';--> statement-breakpoint
COMMENT ON COLUMN "report_submissions"."kind" IS 'Report kind (data/plans/report-deadlines.json).';--> statement-breakpoint
COMMENT ON COLUMN "report_submissions"."period" IS 'Period key (2025-Q3, 2025-H1, 2025).';--> statement-breakpoint
COMMENT ON COLUMN "report_submissions"."submitted_on" IS 'Day it was sent.';--> statement-breakpoint
COMMENT ON COLUMN "report_submissions"."reference" IS 'Number of the report document.';--> statement-breakpoint
COMMENT ON COLUMN "report_submissions"."recorded_by" IS 'Who recorded it.';--> statement-breakpoint
COMMENT ON COLUMN "report_submissions"."recorded_at" IS 'When.';--> statement-breakpoint
COMMENT ON TABLE "training_records" IS 'Training of staff per procedure (R6).';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."id" IS 'Record id.';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."staff_id" IS 'Staff member trained.';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."organisation_id" IS 'Their organisation when trained (scope).';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."procedure_codes" IS 'Procedures the course covered (empty: none in particular).';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."course" IS 'Name of the course.';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."trained_on" IS 'Day of the training (or its end).';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."trainer_organisation_id" IS 'Organisation that gave it.';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."certificate_ref" IS 'Certificate number or reference.';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."recorded_by" IS 'Account that recorded it.';--> statement-breakpoint
COMMENT ON COLUMN "training_records"."recorded_at" IS 'When it was recorded.';--> statement-breakpoint
CREATE FUNCTION reports_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER plan_task_status_changes_no_update_delete BEFORE UPDATE OR DELETE ON "plan_task_status_changes"
  FOR EACH ROW EXECUTE FUNCTION reports_append_only();--> statement-breakpoint
CREATE TRIGGER plan_task_evidence_no_update_delete BEFORE UPDATE OR DELETE ON "plan_task_evidence"
  FOR EACH ROW EXECUTE FUNCTION reports_append_only();--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_compensation_check" CHECK ("compensation" >= 0);--> statement-breakpoint
ALTER TABLE "item_incidents" ADD CONSTRAINT "item_incidents_compensation_check" CHECK ("compensation" >= 0);--> statement-breakpoint
ALTER TABLE "report_dossiers" ADD CONSTRAINT "report_dossiers_channel_check" CHECK ("channel" in ('in-person', 'online', 'postal', 'unknown'));--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_status_check" CHECK ("status" in ('not-started', 'in-progress', 'done', 'cancelled'));--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_status_check" CHECK ("status" in ('open', 'answered', 'closed'));--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_kind_check" CHECK (("kind" = 'link' and "url" is not null) or ("kind" = 'file' and "content" is not null and "media_type" is not null));
