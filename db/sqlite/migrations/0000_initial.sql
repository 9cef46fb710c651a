CREATE TABLE `example_themes` (
	`example_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`example_id`, `theme_id`),
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `example_themes_theme_idx` ON `example_themes` (`theme_id`);--> statement-breakpoint
CREATE TABLE `examples` (
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
	`contact_name` text,
	`contact_email` text,
	`contact_consent` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	`review_due_at` integer,
	CONSTRAINT "examples_status_check" CHECK("examples"."status" IN ('pending', 'published', 'rejected', 'withdrawn')),
	CONSTRAINT "examples_care_setting_check" CHECK("examples"."care_setting" IS NULL OR "examples"."care_setting" IN ('acute', 'mental-health', 'community', 'ambulance', 'specialist', 'primary-care', 'group-or-system')),
	CONSTRAINT "examples_region_check" CHECK("examples"."region" IS NULL OR "examples"."region" IN ('east-of-england', 'london', 'midlands', 'north-east-and-yorkshire', 'north-west', 'south-east', 'south-west')),
	CONSTRAINT "examples_reference_check" CHECK("examples"."reference" GLOB 'IX-[0-9][0-9][0-9][0-9]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `examples_slug_unique` ON `examples` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `examples_reference_unique` ON `examples` (`reference`);--> statement-breakpoint
CREATE INDEX `examples_status_published_idx` ON `examples` (`status`,`published_at`);--> statement-breakpoint
CREATE TABLE `slug_redirects` (
	`old_slug` text PRIMARY KEY NOT NULL,
	`example_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `statement_themes` (
	`statement_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`statement_id`, `theme_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `survey_statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `survey_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`survey_name` text NOT NULL,
	`survey_year` integer NOT NULL,
	`statement` text NOT NULL,
	`finding` text NOT NULL,
	`strongly_agree` integer,
	`agree` integer,
	`neither` integer,
	`disagree` integer,
	`strongly_disagree` integer,
	`note` text,
	`source_title` text NOT NULL,
	`source_chapter` text,
	`source_url` text NOT NULL,
	`position` integer NOT NULL,
	CONSTRAINT "survey_statements_shares_check" CHECK(coalesce("survey_statements"."strongly_agree", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."agree", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."neither", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."disagree", 0) BETWEEN 0 AND 100
      AND coalesce("survey_statements"."strongly_disagree", 0) BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_statements_slug_unique` ON `survey_statements` (`slug`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `themes_slug_unique` ON `themes` (`slug`);