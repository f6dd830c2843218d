CREATE TABLE "calendar_schedules" (
	"year" integer PRIMARY KEY NOT NULL,
	"schedule" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "s10_numbers" (
	"number" text PRIMARY KEY NOT NULL,
	"range_id" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"times_issued" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "s10_ranges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "s10_ranges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"prefix" text NOT NULL,
	"country" text NOT NULL,
	"first_serial" integer NOT NULL,
	"last_serial" integer NOT NULL,
	"next_serial" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_code_sequences" (
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "dossier_code_sequences_agency_code_day_pk" PRIMARY KEY("agency_code","day")
);
--> statement-breakpoint
ALTER TABLE "s10_numbers" ADD CONSTRAINT "s10_numbers_range_id_s10_ranges_id_fk" FOREIGN KEY ("range_id") REFERENCES "public"."s10_ranges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "s10_numbers_range_idx" ON "s10_numbers" USING btree ("range_id");--> statement-breakpoint
CREATE UNIQUE INDEX "s10_ranges_block_idx" ON "s10_ranges" USING btree ("prefix","country","first_serial");