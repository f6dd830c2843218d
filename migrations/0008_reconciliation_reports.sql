CREATE TABLE "reconciliation_reports" (
	"day" date PRIMARY KEY NOT NULL,
	"report" jsonb NOT NULL,
	"differences" integer NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
COMMENT ON TABLE "reconciliation_reports" IS 'Daily reconciliation of what the postal side handed over against what the one-stop side received (items, results, fees), computed from the event log; one report per day (Vietnam time).';--> statement-breakpoint
COMMENT ON COLUMN "reconciliation_reports"."report" IS 'The report: counts of the day and every difference found.';--> statement-breakpoint
COMMENT ON COLUMN "reconciliation_reports"."differences" IS 'Number of differences, for lists and alerts.';
