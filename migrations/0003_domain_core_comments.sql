-- Comments and checks for the calendar data, postal item numbers and dossier-code sequences.

COMMENT ON TABLE "calendar_schedules" IS 'Official yearly schedules of days off and make-up working days, entered by an administrator; a year without one uses the computed defaults (Labour Code 2019 Art. 112, Vietnamese lunar calendar).';--> statement-breakpoint
COMMENT ON COLUMN "calendar_schedules"."schedule" IS 'OfficialSchedule (src/domain/calendar/holidays.ts): per holiday group, the days off and make-up working days, with the deciding document in source.';--> statement-breakpoint
COMMENT ON COLUMN "calendar_schedules"."updated_by" IS 'Account that last entered the schedule.';--> statement-breakpoint
ALTER TABLE "calendar_schedules" ADD CONSTRAINT "calendar_schedules_year_check" CHECK ("year" BETWEEN 1900 AND 2100);--> statement-breakpoint

COMMENT ON TABLE "s10_ranges" IS 'Blocks of UPU S10 serials allotted by the postal operator for dossier items, per service-indicator prefix and country.';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."prefix" IS 'Two-letter service indicator (which VNPost uses for these items is unconfirmed: configuration).';--> statement-breakpoint
COMMENT ON COLUMN "s10_ranges"."next_serial" IS 'Next serial to try; issuing wraps to first_serial after last_serial, skipping numbers issued within the last 12 months.';--> statement-breakpoint
ALTER TABLE "s10_ranges" ADD CONSTRAINT "s10_ranges_serials_check" CHECK ("first_serial" >= 0 AND "last_serial" <= 99999999 AND "first_serial" <= "last_serial" AND "next_serial" BETWEEN "first_serial" AND "last_serial");--> statement-breakpoint
ALTER TABLE "s10_ranges" ADD CONSTRAINT "s10_ranges_prefix_check" CHECK ("prefix" ~ '^[A-Z]{2}$' AND "country" ~ '^[A-Z]{2}$');--> statement-breakpoint

COMMENT ON TABLE "s10_numbers" IS 'Every item number issued and when it was last issued, so that no number is reused within 12 months (UPU S10).';--> statement-breakpoint
COMMENT ON COLUMN "s10_numbers"."number" IS 'The 13-character item number, e.g. RR473124829VN.';--> statement-breakpoint
COMMENT ON COLUMN "s10_numbers"."issued_at" IS 'When the number was last issued.';--> statement-breakpoint
COMMENT ON COLUMN "s10_numbers"."times_issued" IS 'How many times the number has been issued (a reuse after 12 months adds one).';--> statement-breakpoint

COMMENT ON TABLE "dossier_code_sequences" IS 'The last sequence number issued per agency and day for dossier codes <agency code>-YYMMDD-NNNN (Circular 01/2018 Art. 19). Incremented in the same transaction as the registration, so numbers have no gaps and no duplicates.';--> statement-breakpoint
COMMENT ON COLUMN "dossier_code_sequences"."agency_code" IS 'Agency code in right-to-left notation (e.g. 000.00.17.H19).';--> statement-breakpoint
COMMENT ON COLUMN "dossier_code_sequences"."day" IS 'Date of receipt in Vietnam time.';--> statement-breakpoint
ALTER TABLE "dossier_code_sequences" ADD CONSTRAINT "dossier_code_sequences_value_check" CHECK ("last_value" BETWEEN 1 AND 9999);
