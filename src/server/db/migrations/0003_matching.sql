CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"mentor_participant_id" uuid NOT NULL,
	"mentee_participant_id" uuid NOT NULL,
	"source" text NOT NULL,
	"run_id" uuid,
	"score" integer,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"proposed_by" uuid NOT NULL,
	"mentor_accepted_at" timestamp with time zone,
	"mentee_accepted_at" timestamp with time zone,
	"mentor_agreement_id" uuid,
	"mentee_agreement_id" uuid,
	"mentor_agreement_acknowledged_at" timestamp with time zone,
	"mentee_agreement_acknowledged_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"declined_by" uuid,
	"decline_reason" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"close_reason" text,
	"rematch" boolean,
	CONSTRAINT "matches_score_check" CHECK ("matches"."score" is null or ("matches"."score" between 0 and 100))
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"settings" jsonb NOT NULL,
	"pins" jsonb NOT NULL,
	"forbids" jsonb NOT NULL,
	"mentee_ids" jsonb,
	"result" jsonb NOT NULL,
	"figures" jsonb NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "matching_settings" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"min_overlap_minutes" integer NOT NULL,
	"require_shared_language" boolean NOT NULL,
	"age_gap_min" integer,
	"age_gap_max" integer,
	"objective" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_mentor_participant_id_participants_id_fk" FOREIGN KEY ("mentor_participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_mentee_participant_id_participants_id_fk" FOREIGN KEY ("mentee_participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_mentor_agreement_id_program_agreements_id_fk" FOREIGN KEY ("mentor_agreement_id") REFERENCES "public"."program_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_mentee_agreement_id_program_agreements_id_fk" FOREIGN KEY ("mentee_agreement_id") REFERENCES "public"."program_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_started_by_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_settings" ADD CONSTRAINT "matching_settings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matches_program_status_idx" ON "matches" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "matches_mentor_idx" ON "matches" USING btree ("mentor_participant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_one_open_per_mentee_key" ON "matches" USING btree ("mentee_participant_id") WHERE "matches"."status" in ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "matching_runs_program_idx" ON "matching_runs" USING btree ("program_id","started_at");