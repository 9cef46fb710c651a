-- What drizzle-kit cannot write: full-text search, the words table for spelling correction, the
-- "tried elsewhere" count, and the signal that tells every app instance that something changed.
-- The twin of SQLite's migrations 0001 (FTS5) and 0007 (report count triggers).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
ALTER TABLE "examples" ADD CONSTRAINT "examples_report_count_check" CHECK ("published_report_count" >= 0);
--> statement-breakpoint

-- Words as the search reads them: lower case, accents removed, anything but letters and digits a
-- space (as SQLite's unicode61 tokenizer does, and as db/search-query.ts reads a query).
CREATE FUNCTION catalogue_words(text) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT regexp_replace(lower(unaccent(coalesce($1, ''))), '[^[:alnum:]]+', ' ', 'g')
$$;
--> statement-breakpoint
-- Hyphenated words run together ("pre-op" → "preop"), so either spelling finds them.
CREATE FUNCTION catalogue_joined_words(text) RETURNS text LANGUAGE sql STABLE AS $$
	SELECT coalesce(string_agg(replace(m[1], '-', ''), ' '), '')
	FROM regexp_matches(lower(unaccent(coalesce($1, ''))), '([[:alnum:]]+(-[[:alnum:]]+)+)', 'g') AS m
$$;
--> statement-breakpoint

-- Published examples only, so neither results nor spelling suggestions can reveal a pending,
-- rejected or withdrawn example. Weights: A title and keywords, B summary, C organisation, D the
-- rest of the text.
ALTER TABLE "examples" ADD COLUMN "search_vector" tsvector;
--> statement-breakpoint
-- The title and keywords alone: small enough to rank thousands of matches of a common word
-- quickly, and they come first anyway.
ALTER TABLE "examples" ADD COLUMN "title_vector" tsvector;
--> statement-breakpoint
-- fastupdate off: writes are few, and a search should not have to read a pending list.
CREATE INDEX "examples_search_idx" ON "examples" USING gin ("search_vector") WITH (fastupdate = off);
--> statement-breakpoint
CREATE INDEX "examples_title_search_idx" ON "examples" USING gin ("title_vector") WITH (fastupdate = off);
--> statement-breakpoint
CREATE FUNCTION examples_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	keywords text := (SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(NEW.keywords));
BEGIN
	IF NEW.status <> 'published' THEN
		NEW.search_vector := NULL;
		NEW.title_vector := NULL;
		RETURN NEW;
	END IF;
	NEW.title_vector := setweight(to_tsvector('simple', catalogue_words(NEW.title) || ' ' || catalogue_words(keywords)
		|| ' ' || catalogue_joined_words(concat_ws(' ', NEW.title, keywords))), 'A');
	NEW.search_vector :=
		NEW.title_vector ||
		setweight(to_tsvector('simple', catalogue_words(NEW.summary) || ' ' || catalogue_joined_words(NEW.summary)), 'B') ||
		setweight(to_tsvector('simple', catalogue_words(NEW.organisation)), 'C') ||
		setweight(to_tsvector('simple', catalogue_words(concat_ws(' ', NEW.problem, NEW.approach, NEW.impact, NEW.learning))), 'D');
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "examples_search_vector_on_insert" BEFORE INSERT ON "examples"
FOR EACH ROW EXECUTE FUNCTION examples_search_vector();
--> statement-breakpoint
CREATE TRIGGER "examples_search_vector_on_update"
BEFORE UPDATE OF title, keywords, summary, problem, approach, impact, learning, organisation, status ON "examples"
FOR EACH ROW EXECUTE FUNCTION examples_search_vector();
--> statement-breakpoint

-- Every word of the published examples with how many use it, kept in step by the database: the
-- vocabulary each instance reads for spelling correction, as SQLite's instances read
-- examples_fts_vocab. Code point order (COLLATE "C"), as the search reads it.
CREATE TABLE "search_words" (
	"word" text COLLATE "C" PRIMARY KEY,
	"docs" integer NOT NULL CHECK ("docs" > 0)
);

--> statement-breakpoint
CREATE FUNCTION examples_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	old_words text[] := CASE WHEN TG_OP = 'INSERT' THEN '{}' ELSE coalesce(tsvector_to_array(OLD.search_vector), '{}') END;
	new_words text[] := CASE WHEN TG_OP = 'DELETE' THEN '{}' ELSE coalesce(tsvector_to_array(NEW.search_vector), '{}') END;
BEGIN
	-- A word no other example uses goes; the others count one fewer.
	DELETE FROM search_words
	WHERE word IN (SELECT unnest(old_words) EXCEPT SELECT unnest(new_words)) AND docs = 1;
	UPDATE search_words SET docs = docs - 1
	WHERE word IN (SELECT unnest(old_words) EXCEPT SELECT unnest(new_words));
	INSERT INTO search_words (word, docs)
	SELECT added, 1 FROM (SELECT unnest(new_words) EXCEPT SELECT unnest(old_words)) AS words(added)
	ORDER BY added
	ON CONFLICT (word) DO UPDATE SET docs = search_words.docs + 1;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "examples_search_words_on_insert" AFTER INSERT ON "examples"
FOR EACH ROW WHEN (NEW.search_vector IS NOT NULL) EXECUTE FUNCTION examples_search_words();
--> statement-breakpoint
CREATE TRIGGER "examples_search_words_on_update" AFTER UPDATE ON "examples"
FOR EACH ROW WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector) EXECUTE FUNCTION examples_search_words();
--> statement-breakpoint
CREATE TRIGGER "examples_search_words_on_delete" AFTER DELETE ON "examples"
FOR EACH ROW WHEN (OLD.search_vector IS NOT NULL) EXECUTE FUNCTION examples_search_words();
--> statement-breakpoint
-- Rebuilds the words table from scratch, after a bulk load with its triggers turned off.
CREATE FUNCTION rebuild_search_words() RETURNS void LANGUAGE sql AS $$
	DELETE FROM search_words;
	INSERT INTO search_words (word, docs)
	SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM examples WHERE search_vector IS NOT NULL');
$$;
--> statement-breakpoint

-- "Tried elsewhere": how many published reports each example has, never typed by hand.
CREATE FUNCTION adoption_reports_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE examples e SET published_report_count = (
		SELECT count(*) FROM adoption_reports r WHERE r.example_id = e.id AND r.status = 'published'
	)
	WHERE e.id IN (
		CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.example_id END,
		CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.example_id END
	);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "adoption_reports_count_on_insert" AFTER INSERT ON "adoption_reports"
FOR EACH ROW EXECUTE FUNCTION adoption_reports_count();
--> statement-breakpoint
CREATE TRIGGER "adoption_reports_count_on_update" AFTER UPDATE OF status, example_id ON "adoption_reports"
FOR EACH ROW EXECUTE FUNCTION adoption_reports_count();
--> statement-breakpoint
CREATE TRIGGER "adoption_reports_count_on_delete" AFTER DELETE ON "adoption_reports"
FOR EACH ROW EXECUTE FUNCTION adoption_reports_count();
--> statement-breakpoint

-- Tells every app instance that the catalogue changed. PostgreSQL delivers a NOTIFY when the
-- transaction commits (never for one rolled back), once however many rows it touched.
CREATE FUNCTION catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('catalogue_changed', TG_TABLE_NAME);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "examples_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "examples"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "example_themes_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "example_themes"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "themes_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "themes"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "adoption_reports_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "adoption_reports"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "outcomes_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "outcomes"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "slug_redirects_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "slug_redirects"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "survey_statements_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "survey_statements"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER "statement_themes_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "statement_themes"
FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
--> statement-breakpoint

-- Submission and sign-in attempts per client, shared by every instance (rate-limiter-flexible's
-- RateLimiterPostgres, which would otherwise make this table itself at the first request).
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY,
	"points" integer NOT NULL DEFAULT 0,
	"expire" bigint
);
