CREATE TABLE "example_contacts" (
	"day" text NOT NULL,
	"example_id" integer NOT NULL,
	"contacts" integer NOT NULL,
	CONSTRAINT "example_contacts_day_example_id_pk" PRIMARY KEY("day","example_id")
);
--> statement-breakpoint
ALTER TABLE "example_contacts" ADD CONSTRAINT "example_contacts_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_contacts_example_idx" ON "example_contacts" USING btree ("example_id","day");