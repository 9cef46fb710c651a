CREATE TABLE "forwarding_stop_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"example_id" integer NOT NULL,
	"report_id" integer,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forwarding_stop_links" ADD CONSTRAINT "forwarding_stop_links_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forwarding_stop_links" ADD CONSTRAINT "forwarding_stop_links_report_id_adoption_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."adoption_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forwarding_stop_links_created_idx" ON "forwarding_stop_links" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "forwarding_stop_links_example_idx" ON "forwarding_stop_links" USING btree ("example_id");--> statement-breakpoint
CREATE INDEX "forwarding_stop_links_report_idx" ON "forwarding_stop_links" USING btree ("report_id");