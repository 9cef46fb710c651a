CREATE TABLE "search_counts" (
	"day" text NOT NULL,
	"query" text NOT NULL,
	"filters" text DEFAULT '' NOT NULL,
	"results" text NOT NULL,
	"searches" integer NOT NULL,
	CONSTRAINT "search_counts_day_query_filters_results_pk" PRIMARY KEY("day","query","filters","results")
);
--> statement-breakpoint
CREATE TABLE "search_opens" (
	"day" text NOT NULL,
	"query" text NOT NULL,
	"example_id" integer NOT NULL,
	"position" integer NOT NULL,
	"opens" integer NOT NULL,
	CONSTRAINT "search_opens_day_query_example_id_position_pk" PRIMARY KEY("day","query","example_id","position")
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"id" serial PRIMARY KEY NOT NULL,
	"word" text NOT NULL,
	"means" text NOT NULL,
	"note" text NOT NULL,
	"added_by" integer,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_opens" ADD CONSTRAINT "search_opens_example_id_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_added_by_moderators_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."moderators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_counts_query_idx" ON "search_counts" USING btree ("query","day");--> statement-breakpoint
CREATE INDEX "search_opens_example_idx" ON "search_opens" USING btree ("example_id");--> statement-breakpoint
CREATE UNIQUE INDEX "search_synonyms_word_means_idx" ON "search_synonyms" USING btree ("word","means");--> statement-breakpoint

-- Marks the transaction as one that changed the catalogue, so the instance that commits it moves
-- its own change version only then (db/postgres/engine.ts): search counts, sessions and the outbox
-- no longer drop every cache.
CREATE OR REPLACE FUNCTION catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('catalogue_changed', TG_TABLE_NAME);
	PERFORM set_config('app.catalogue_changed', 'yes', true);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "search_synonyms_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "search_synonyms"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
