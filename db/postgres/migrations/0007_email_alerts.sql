CREATE TABLE "mail_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"example_id" integer,
	"due_at" timestamp with time zone NOT NULL,
	"claimed_until" timestamp with time zone,
	"done_at" timestamp with time zone,
	CONSTRAINT "mail_jobs_key_unique" UNIQUE("key"),
	CONSTRAINT "mail_jobs_kind_check" CHECK ("mail_jobs"."kind" IN ('alerts', 'daily', 'weekly', 'waiting'))
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"filters" jsonb NOT NULL,
	"description" text NOT NULL,
	"frequency" text NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"last_sent_at" timestamp with time zone,
	CONSTRAINT "subscriptions_token_unique" UNIQUE("token"),
	CONSTRAINT "subscriptions_frequency_check" CHECK ("subscriptions"."frequency" IN ('immediately', 'daily', 'weekly'))
);
--> statement-breakpoint
ALTER TABLE "moderators" ADD COLUMN "waiting_work_emails" text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_jobs" ADD CONSTRAINT "mail_jobs_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_jobs_due_idx" ON "mail_jobs" USING btree ("done_at","due_at");--> statement-breakpoint
CREATE INDEX "subscriptions_frequency_idx" ON "subscriptions" USING btree ("frequency","confirmed_at");