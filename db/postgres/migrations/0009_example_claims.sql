CREATE TABLE "example_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"example_id" integer NOT NULL,
	"organisation" text NOT NULL,
	"involvement" text NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_consent" boolean,
	"contact_forwarding" boolean,
	"email_updates" boolean,
	"submission_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"decided_by" integer,
	"reason" text,
	CONSTRAINT "example_claims_reference_unique" UNIQUE("reference"),
	CONSTRAINT "example_claims_submission_key_unique" UNIQUE("submission_key")
);
--> statement-breakpoint
ALTER TABLE "example_claims" ADD CONSTRAINT "example_claims_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_claims" ADD CONSTRAINT "example_claims_decided_by_moderators_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."moderators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_claims_status_idx" ON "example_claims" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "example_claims_example_idx" ON "example_claims" USING btree ("example_id");