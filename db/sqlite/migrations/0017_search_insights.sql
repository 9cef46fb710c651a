CREATE TABLE `search_counts` (
	`day` text NOT NULL,
	`query` text NOT NULL,
	`filters` text DEFAULT '' NOT NULL,
	`results` text NOT NULL,
	`searches` integer NOT NULL,
	PRIMARY KEY(`day`, `query`, `filters`, `results`)
);
--> statement-breakpoint
CREATE INDEX `search_counts_query_idx` ON `search_counts` (`query`,`day`);--> statement-breakpoint
CREATE TABLE `search_opens` (
	`day` text NOT NULL,
	`query` text NOT NULL,
	`example_id` integer NOT NULL,
	`position` integer NOT NULL,
	`opens` integer NOT NULL,
	PRIMARY KEY(`day`, `query`, `example_id`, `position`),
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `search_opens_example_idx` ON `search_opens` (`example_id`);--> statement-breakpoint
CREATE TABLE `search_synonyms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`word` text NOT NULL,
	`means` text NOT NULL,
	`note` text NOT NULL,
	`added_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`added_by`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_synonyms_word_means_idx` ON `search_synonyms` (`word`,`means`);
--> statement-breakpoint
-- The catalogue's change counter: every write to a table that public pages or the search read
-- moves it (the same tables PostgreSQL NOTIFYs for), and nothing else does, so sessions, the
-- outbox and search counts no longer drop the caches (db/sqlite/engine.ts changeVersion).
CREATE TABLE `catalogue_version` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `catalogue_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `examples_changed_on_insert` AFTER INSERT ON `examples` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `examples_changed_on_update` AFTER UPDATE ON `examples` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `examples_changed_on_delete` AFTER DELETE ON `examples` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `example_themes_changed_on_insert` AFTER INSERT ON `example_themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `example_themes_changed_on_update` AFTER UPDATE ON `example_themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `example_themes_changed_on_delete` AFTER DELETE ON `example_themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `themes_changed_on_insert` AFTER INSERT ON `themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `themes_changed_on_update` AFTER UPDATE ON `themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `themes_changed_on_delete` AFTER DELETE ON `themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `adoption_reports_changed_on_insert` AFTER INSERT ON `adoption_reports` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `adoption_reports_changed_on_update` AFTER UPDATE ON `adoption_reports` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `adoption_reports_changed_on_delete` AFTER DELETE ON `adoption_reports` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcomes_changed_on_insert` AFTER INSERT ON `outcomes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcomes_changed_on_update` AFTER UPDATE ON `outcomes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `outcomes_changed_on_delete` AFTER DELETE ON `outcomes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `slug_redirects_changed_on_insert` AFTER INSERT ON `slug_redirects` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `slug_redirects_changed_on_update` AFTER UPDATE ON `slug_redirects` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `slug_redirects_changed_on_delete` AFTER DELETE ON `slug_redirects` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `survey_statements_changed_on_insert` AFTER INSERT ON `survey_statements` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `survey_statements_changed_on_update` AFTER UPDATE ON `survey_statements` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `survey_statements_changed_on_delete` AFTER DELETE ON `survey_statements` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `statement_themes_changed_on_insert` AFTER INSERT ON `statement_themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `statement_themes_changed_on_update` AFTER UPDATE ON `statement_themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `statement_themes_changed_on_delete` AFTER DELETE ON `statement_themes` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `search_synonyms_changed_on_insert` AFTER INSERT ON `search_synonyms` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `search_synonyms_changed_on_update` AFTER UPDATE ON `search_synonyms` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `search_synonyms_changed_on_delete` AFTER DELETE ON `search_synonyms` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1; END;
