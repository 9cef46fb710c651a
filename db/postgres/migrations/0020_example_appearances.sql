CREATE TABLE "example_appearances" (
	"day" text NOT NULL,
	"example_id" integer NOT NULL,
	"appearances" integer NOT NULL,
	CONSTRAINT "example_appearances_day_example_id_pk" PRIMARY KEY("day","example_id")
);
--> statement-breakpoint
ALTER TABLE "example_appearances" ADD CONSTRAINT "example_appearances_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_appearances_example_idx" ON "example_appearances" USING btree ("example_id","day");