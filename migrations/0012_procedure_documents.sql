CREATE TABLE "procedure_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_code" text NOT NULL,
	"kind" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "postal_decision" text;--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "postal_since" date;--> statement-breakpoint
ALTER TABLE "procedure_documents" ADD CONSTRAINT "procedure_documents_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedure_documents_procedure_idx" ON "procedure_documents" USING btree ("procedure_code");--> statement-breakpoint
ALTER TABLE "procedure_documents" ADD CONSTRAINT "procedure_documents_kind_check" CHECK ("kind" IN ('sample-set', 'form'));--> statement-breakpoint
COMMENT ON COLUMN "procedures"."postal_decision" IS 'Provincial decision that published the procedure for the postal service (R4), e.g. its number and title.';--> statement-breakpoint
COMMENT ON COLUMN "procedures"."postal_since" IS 'Day that decision takes effect: dossiers count toward the postal target (R11) from this day.';--> statement-breakpoint
COMMENT ON TABLE "procedure_documents" IS 'Files published with a procedure (R5): sample dossier sets and blank forms; replaced files are kept.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."id" IS 'File id.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."procedure_code" IS 'Procedure the file belongs to.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."kind" IS 'sample-set (hồ sơ mẫu) or form (blank form).';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."title_vi" IS 'Title shown in Vietnamese.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."title_en" IS 'Title shown in English.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."file_name" IS 'File name offered on download.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."media_type" IS 'Media type, e.g. application/pdf.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."byte_size" IS 'Size in bytes.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."sha256" IS 'SHA-256 of the content, hex; also the download ETag.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."content" IS 'The file.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."uploaded_by" IS 'Account that uploaded it; NULL for files loaded with the reference data.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."uploaded_at" IS 'When it was uploaded.';--> statement-breakpoint
COMMENT ON COLUMN "procedure_documents"."replaced_at" IS 'When a newer file took its place; NULL while current.';
