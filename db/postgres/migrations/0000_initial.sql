CREATE TABLE "adoption_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"example_id" integer NOT NULL,
	"organisation" text,
	"care_setting" text NOT NULL,
	"region" text,
	"changes" text NOT NULL,
	"results" text NOT NULL,
	"state" text NOT NULL,
	"stopped_reason" text,
	"contact_name" text,
	"contact_email" text,
	"contact_consent" boolean,
	"submission_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"one_off_cost" integer,
	"running_cost" integer,
	"running_cost_period" text,
	"staff_hours" double precision,
	"staff_hours_period" text,
	CONSTRAINT "adoption_reports_reference_unique" UNIQUE("reference"),
	CONSTRAINT "adoption_reports_submission_key_unique" UNIQUE("submission_key"),
	CONSTRAINT "adoption_reports_status_check" CHECK ("adoption_reports"."status" IN ('pending', 'published', 'rejected', 'withdrawn')),
	CONSTRAINT "adoption_reports_care_setting_check" CHECK ("adoption_reports"."care_setting" IN ('acute', 'mental-health', 'community', 'ambulance', 'specialist', 'primary-care', 'group-or-system')),
	CONSTRAINT "adoption_reports_region_check" CHECK ("adoption_reports"."region" IS NULL OR "adoption_reports"."region" IN ('east-of-england', 'london', 'midlands', 'north-east-and-yorkshire', 'north-west', 'south-east', 'south-west')),
	CONSTRAINT "adoption_reports_state_check" CHECK (("adoption_reports"."state" = 'running' AND "adoption_reports"."stopped_reason" IS NULL) OR ("adoption_reports"."state" = 'stopped' AND "adoption_reports"."stopped_reason" IS NOT NULL)),
	CONSTRAINT "adoption_reports_reference_check" CHECK ("adoption_reports"."reference" ~ '^TR-[0-9]{4}'),
	CONSTRAINT "adoption_reports_costs_check" CHECK (coalesce("adoption_reports"."one_off_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("adoption_reports"."running_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("adoption_reports"."staff_hours", 0) BETWEEN 0 AND 1000000
      AND ("adoption_reports"."running_cost" IS NULL) = ("adoption_reports"."running_cost_period" IS NULL)
      AND ("adoption_reports"."staff_hours" IS NULL) = ("adoption_reports"."staff_hours_period" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "example_themes" (
	"example_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	CONSTRAINT "example_themes_example_id_theme_id_pk" PRIMARY KEY("example_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "examples" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"problem" text NOT NULL,
	"approach" text NOT NULL,
	"impact" text NOT NULL,
	"learning" text,
	"organisation" text,
	"care_setting" text,
	"region" text,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_title" text,
	"source_chapter" text,
	"source_url" text,
	"source_period" text,
	"contact_name" text,
	"contact_email" text,
	"contact_consent" boolean,
	"more_info_url" text,
	"submission_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"review_due_at" timestamp with time zone,
	"stage" text,
	"evidence" text,
	"evidence_checked" boolean DEFAULT false NOT NULL,
	"published_report_count" integer DEFAULT 0 NOT NULL,
	"one_off_cost" integer,
	"running_cost" integer,
	"running_cost_period" text,
	"staff_hours" double precision,
	"staff_hours_period" text,
	CONSTRAINT "examples_slug_unique" UNIQUE("slug"),
	CONSTRAINT "examples_reference_unique" UNIQUE("reference"),
	CONSTRAINT "examples_submission_key_unique" UNIQUE("submission_key"),
	CONSTRAINT "examples_status_check" CHECK ("examples"."status" IN ('pending', 'published', 'rejected', 'withdrawn')),
	CONSTRAINT "examples_care_setting_check" CHECK ("examples"."care_setting" IS NULL OR "examples"."care_setting" IN ('acute', 'mental-health', 'community', 'ambulance', 'specialist', 'primary-care', 'group-or-system')),
	CONSTRAINT "examples_region_check" CHECK ("examples"."region" IS NULL OR "examples"."region" IN ('east-of-england', 'london', 'midlands', 'north-east-and-yorkshire', 'north-west', 'south-east', 'south-west')),
	CONSTRAINT "examples_reference_check" CHECK ("examples"."reference" ~ '^IX-[0-9]{4}'),
	CONSTRAINT "examples_stage_check" CHECK ("examples"."stage" IS NULL OR "examples"."stage" IN ('idea', 'pilot', 'routine-use', 'sustained', 'stopped')),
	CONSTRAINT "examples_evidence_check" CHECK ("examples"."evidence" IS NULL OR "examples"."evidence" IN ('control-group', 'before-after', 'described')),
	CONSTRAINT "examples_costs_check" CHECK (coalesce("examples"."one_off_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("examples"."running_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("examples"."staff_hours", 0) BETWEEN 0 AND 1000000
      AND ("examples"."running_cost" IS NULL) = ("examples"."running_cost_period" IS NULL)
      AND ("examples"."staff_hours" IS NULL) = ("examples"."staff_hours_period" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "moderation_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"example_id" integer NOT NULL,
	"report_id" integer,
	"moderator_id" integer,
	"action" text NOT NULL,
	"reason" text,
	"changes" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "moderation_events_action_check" CHECK ("moderation_events"."action" IN ('submitted', 'edited', 'approved', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "moderator_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"moderator_id" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderators" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "moderators_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" serial PRIMARY KEY NOT NULL,
	"example_id" integer,
	"report_id" integer,
	"position" integer NOT NULL,
	"measure" text NOT NULL,
	"before" double precision NOT NULL,
	"after" double precision NOT NULL,
	"unit" text NOT NULL,
	"period" text NOT NULL,
	CONSTRAINT "outcomes_owner_check" CHECK (("outcomes"."example_id" IS NULL) <> ("outcomes"."report_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "slug_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"example_id" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_themes" (
	"statement_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	CONSTRAINT "statement_themes_statement_id_theme_id_pk" PRIMARY KEY("statement_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "survey_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"survey_name" text NOT NULL,
	"survey_year" integer NOT NULL,
	"statement" text NOT NULL,
	"finding" text NOT NULL,
	"chart_label" text,
	"strongly_agree" integer,
	"agree" integer,
	"neither" integer,
	"disagree" integer,
	"strongly_disagree" integer,
	"note" text,
	"source_title" text NOT NULL,
	"source_chapter" text,
	"source_url" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "survey_statements_slug_unique" UNIQUE("slug"),
	CONSTRAINT "survey_statements_shares_check" CHECK (coalesce("survey_statements"."strongly_agree", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."agree", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."neither", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."disagree", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."strongly_disagree", 0) BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "themes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "adoption_reports" ADD CONSTRAINT "adoption_reports_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_themes" ADD CONSTRAINT "example_themes_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_themes" ADD CONSTRAINT "example_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_report_id_adoption_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."adoption_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderator_sessions" ADD CONSTRAINT "moderator_sessions_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_report_id_adoption_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."adoption_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slug_redirects" ADD CONSTRAINT "slug_redirects_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_themes" ADD CONSTRAINT "statement_themes_statement_id_survey_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."survey_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_themes" ADD CONSTRAINT "statement_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoption_reports_example_idx" ON "adoption_reports" USING btree ("example_id","status");--> statement-breakpoint
CREATE INDEX "adoption_reports_status_idx" ON "adoption_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "example_themes_theme_idx" ON "example_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "examples_status_published_idx" ON "examples" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "examples_status_title_idx" ON "examples" USING btree ("status","title");--> statement-breakpoint
CREATE INDEX "examples_care_setting_idx" ON "examples" USING btree ("care_setting");--> statement-breakpoint
CREATE INDEX "examples_facets_idx" ON "examples" USING btree ("id","status","care_setting","stage","evidence","published_report_count");--> statement-breakpoint
CREATE INDEX "moderation_events_example_idx" ON "moderation_events" USING btree ("example_id");--> statement-breakpoint
CREATE INDEX "moderation_events_report_idx" ON "moderation_events" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "moderator_sessions_expiry_idx" ON "moderator_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "outcomes_example_idx" ON "outcomes" USING btree ("example_id");--> statement-breakpoint
CREATE INDEX "outcomes_report_idx" ON "outcomes" USING btree ("report_id");