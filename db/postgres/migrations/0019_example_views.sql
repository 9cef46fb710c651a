CREATE TABLE "example_views" (
	"day" text NOT NULL,
	"example_id" integer NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "example_views_day_example_id_pk" PRIMARY KEY("day","example_id")
);
--> statement-breakpoint
ALTER TABLE "example_views" ADD CONSTRAINT "example_views_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_views_example_idx" ON "example_views" USING btree ("example_id","day");