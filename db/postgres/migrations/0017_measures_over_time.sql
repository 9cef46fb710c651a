CREATE TABLE "measure_points" (
	"measure_id" integer NOT NULL,
	"date" text NOT NULL,
	"value" double precision NOT NULL,
	"note" text,
	"rebase" boolean DEFAULT false NOT NULL,
	CONSTRAINT "measure_points_measure_id_date_pk" PRIMARY KEY("measure_id","date"),
	CONSTRAINT "measure_points_date_check" CHECK (length("measure_points"."date") = 10)
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"example_id" integer,
	"report_id" integer,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"better" text NOT NULL,
	"target" double precision,
	CONSTRAINT "measures_owner_check" CHECK (("measures"."example_id" IS NULL) <> ("measures"."report_id" IS NULL)),
	CONSTRAINT "measures_better_check" CHECK ("measures"."better" IN ('higher', 'lower', 'neither'))
);
--> statement-breakpoint
ALTER TABLE "measure_points" ADD CONSTRAINT "measure_points_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_report_id_adoption_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."adoption_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measures_example_idx" ON "measures" USING btree ("example_id");--> statement-breakpoint
CREATE INDEX "measures_report_idx" ON "measures" USING btree ("report_id");