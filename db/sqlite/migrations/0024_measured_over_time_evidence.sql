-- Adds 'over-time' ("Measured over time") to examples_evidence_check. SQLite cannot change a
-- CHECK in place, so the table is rebuilt with the same rows, then given back its indexes and
-- triggers exactly as earlier migrations made them. The triggers on adoption_reports that update
-- examples go first, or renaming the new table would fail on them. db/sqlite/engine.ts runs
-- migrations with foreign keys off, so dropping the old table deletes nothing that refers to it,
-- and checks every foreign key after.
DROP TRIGGER `adoption_reports_count_after_delete`;--> statement-breakpoint
DROP TRIGGER `adoption_reports_count_after_insert`;--> statement-breakpoint
DROP TRIGGER `adoption_reports_count_after_update`;--> statement-breakpoint
CREATE TABLE `__new_examples` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`problem` text NOT NULL,
	`approach` text NOT NULL,
	`impact` text NOT NULL,
	`learning` text,
	`organisation` text,
	`care_setting` text,
	`region` text,
	`keywords` text DEFAULT '[]' NOT NULL,
	`source_title` text,
	`source_chapter` text,
	`source_url` text,
	`source_period` text,
	`contact_name` text,
	`contact_email` text,
	`contact_consent` integer,
	`contact_forwarding` integer,
	`email_updates` integer,
	`more_info_url` text,
	`submission_key` text,
	`version` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	`confirmed_at` integer,
	`review_due_at` integer,
	`review_token_hash` text,
	`review_asked_at` integer,
	`due_for_review_at` integer,
	`stage` text,
	`evidence` text,
	`evidence_checked` integer DEFAULT false NOT NULL,
	`published_report_count` integer DEFAULT 0 NOT NULL,
	`one_off_cost` integer,
	`running_cost` integer,
	`running_cost_period` text,
	`staff_hours` real,
	`staff_hours_period` text,
	CONSTRAINT "examples_status_check" CHECK("__new_examples"."status" IN ('pending', 'published', 'rejected', 'withdrawn')),
	CONSTRAINT "examples_care_setting_check" CHECK("__new_examples"."care_setting" IS NULL OR "__new_examples"."care_setting" IN ('acute', 'mental-health', 'community', 'ambulance', 'specialist', 'primary-care', 'group-or-system')),
	CONSTRAINT "examples_region_check" CHECK("__new_examples"."region" IS NULL OR "__new_examples"."region" IN ('east-of-england', 'london', 'midlands', 'north-east-and-yorkshire', 'north-west', 'south-east', 'south-west')),
	CONSTRAINT "examples_reference_check" CHECK("__new_examples"."reference" GLOB 'IX-[0-9][0-9][0-9][0-9]*'),
	CONSTRAINT "examples_stage_check" CHECK("__new_examples"."stage" IS NULL OR "__new_examples"."stage" IN ('idea', 'pilot', 'routine-use', 'sustained', 'stopped')),
	CONSTRAINT "examples_evidence_check" CHECK("__new_examples"."evidence" IS NULL OR "__new_examples"."evidence" IN ('control-group', 'over-time', 'before-after', 'described')),
	CONSTRAINT "examples_costs_check" CHECK(coalesce("__new_examples"."one_off_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("__new_examples"."running_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("__new_examples"."staff_hours", 0) BETWEEN 0 AND 1000000
      AND ("__new_examples"."running_cost" IS NULL) = ("__new_examples"."running_cost_period" IS NULL)
      AND ("__new_examples"."staff_hours" IS NULL) = ("__new_examples"."staff_hours_period" IS NULL)),
	CONSTRAINT "examples_report_count_check" CHECK("__new_examples"."published_report_count" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_examples`("id", "slug", "reference", "title", "summary", "problem", "approach", "impact", "learning", "organisation", "care_setting", "region", "keywords", "source_title", "source_chapter", "source_url", "source_period", "contact_name", "contact_email", "contact_consent", "contact_forwarding", "email_updates", "more_info_url", "submission_key", "version", "status", "created_at", "updated_at", "published_at", "confirmed_at", "review_due_at", "review_token_hash", "review_asked_at", "due_for_review_at", "stage", "evidence", "evidence_checked", "published_report_count", "one_off_cost", "running_cost", "running_cost_period", "staff_hours", "staff_hours_period") SELECT "id", "slug", "reference", "title", "summary", "problem", "approach", "impact", "learning", "organisation", "care_setting", "region", "keywords", "source_title", "source_chapter", "source_url", "source_period", "contact_name", "contact_email", "contact_consent", "contact_forwarding", "email_updates", "more_info_url", "submission_key", "version", "status", "created_at", "updated_at", "published_at", "confirmed_at", "review_due_at", "review_token_hash", "review_asked_at", "due_for_review_at", "stage", "evidence", "evidence_checked", "published_report_count", "one_off_cost", "running_cost", "running_cost_period", "staff_hours", "staff_hours_period" FROM `examples`;--> statement-breakpoint
DROP TABLE `examples`;--> statement-breakpoint
ALTER TABLE `__new_examples` RENAME TO `examples`;--> statement-breakpoint
CREATE UNIQUE INDEX `examples_slug_unique` ON `examples` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `examples_reference_unique` ON `examples` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `examples_submission_key_unique` ON `examples` (`submission_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `examples_review_token_hash_unique` ON `examples` (`review_token_hash`);--> statement-breakpoint
CREATE INDEX `examples_status_published_idx` ON `examples` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `examples_status_title_idx` ON `examples` (`status`,`title`);--> statement-breakpoint
CREATE INDEX `examples_care_setting_idx` ON `examples` (`care_setting`);--> statement-breakpoint
CREATE INDEX `examples_facets_idx` ON `examples` (`id`,`status`,`care_setting`,`stage`,`evidence`,`published_report_count`);--> statement-breakpoint
CREATE TRIGGER `adoption_reports_count_after_delete` AFTER DELETE ON `adoption_reports`
WHEN old.status = 'published'
BEGIN
	UPDATE examples SET published_report_count =
		(SELECT count(*) FROM adoption_reports WHERE example_id = old.example_id AND status = 'published')
	WHERE id = old.example_id;
END;--> statement-breakpoint
CREATE TRIGGER `adoption_reports_count_after_insert` AFTER INSERT ON `adoption_reports`
WHEN new.status = 'published'
BEGIN
	UPDATE examples SET published_report_count =
		(SELECT count(*) FROM adoption_reports WHERE example_id = new.example_id AND status = 'published')
	WHERE id = new.example_id;
END;--> statement-breakpoint
CREATE TRIGGER `adoption_reports_count_after_update` AFTER UPDATE OF status, example_id ON `adoption_reports`
BEGIN
	UPDATE examples SET published_report_count =
		(SELECT count(*) FROM adoption_reports r WHERE r.example_id = examples.id AND r.status = 'published')
	WHERE id IN (old.example_id, new.example_id);
END;--> statement-breakpoint
CREATE TRIGGER `examples_changed_on_delete` AFTER DELETE ON `examples` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `examples_changed_on_insert` AFTER INSERT ON `examples` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `examples_changed_on_update` AFTER UPDATE ON `examples` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;--> statement-breakpoint
CREATE TRIGGER `examples_fts_after_delete` AFTER DELETE ON `examples`
BEGIN
	DELETE FROM examples_fts WHERE rowid = old.id;
END;--> statement-breakpoint
CREATE TRIGGER `examples_fts_after_insert` AFTER INSERT ON `examples`
WHEN new.status = 'published'
BEGIN
	INSERT INTO examples_fts (rowid, title, keywords, summary, body, organisation, joined)
	SELECT new.id, new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary,
		concat_ws(' ', new.problem, new.approach, new.impact, new.learning),
		new.organisation,
		replace(concat_ws(' ', new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary), '-', '')
;
END;--> statement-breakpoint
CREATE TRIGGER `examples_fts_after_update`
AFTER UPDATE OF title, keywords, summary, problem, approach, impact, learning, organisation, status ON `examples`
BEGIN
	DELETE FROM examples_fts WHERE rowid = old.id;
	INSERT INTO examples_fts (rowid, title, keywords, summary, body, organisation, joined)
	SELECT new.id, new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary,
		concat_ws(' ', new.problem, new.approach, new.impact, new.learning),
		new.organisation,
		replace(concat_ws(' ', new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary), '-', '')
	WHERE new.status = 'published';
END;
