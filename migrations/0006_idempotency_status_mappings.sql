CREATE TABLE "idempotency_keys" (
	"principal" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_principal_key_pk" PRIMARY KEY("principal","key")
);
--> statement-breakpoint
CREATE TABLE "status_mappings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"system" text NOT NULL,
	"subject" text NOT NULL,
	"external_code" text NOT NULL,
	"canonical_status" text NOT NULL,
	"direction" text NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unmapped_status_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"system" text NOT NULL,
	"subject" text NOT NULL,
	"external_code" text NOT NULL,
	"report" jsonb NOT NULL,
	"reported_by" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "status_mappings_inbound_idx" ON "status_mappings" USING btree ("system","subject","external_code") WHERE direction in ('inbound', 'both');--> statement-breakpoint
CREATE UNIQUE INDEX "status_mappings_outbound_idx" ON "status_mappings" USING btree ("system","subject","canonical_status") WHERE direction in ('outbound', 'both');--> statement-breakpoint
CREATE INDEX "unmapped_status_reports_open_idx" ON "unmapped_status_reports" USING btree ("resolved_at","system");