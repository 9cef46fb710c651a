CREATE TABLE `adoption_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`example_id` integer NOT NULL,
	`organisation` text,
	`care_setting` text NOT NULL,
	`region` text,
	`changes` text NOT NULL,
	`results` text NOT NULL,
	`state` text NOT NULL,
	`stopped_reason` text,
	`contact_name` text,
	`contact_email` text,
	`contact_consent` integer,
	`submission_key` text,
	`version` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	`one_off_cost` integer,
	`running_cost` integer,
	`running_cost_period` text,
	`staff_hours` real,
	`staff_hours_period` text,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "adoption_reports_status_check" CHECK("adoption_reports"."status" IN ('pending', 'published', 'rejected', 'withdrawn')),
	CONSTRAINT "adoption_reports_care_setting_check" CHECK("adoption_reports"."care_setting" IN ('acute', 'mental-health', 'community', 'ambulance', 'specialist', 'primary-care', 'group-or-system')),
	CONSTRAINT "adoption_reports_region_check" CHECK("adoption_reports"."region" IS NULL OR "adoption_reports"."region" IN ('east-of-england', 'london', 'midlands', 'north-east-and-yorkshire', 'north-west', 'south-east', 'south-west')),
	CONSTRAINT "adoption_reports_state_check" CHECK(("adoption_reports"."state" = 'running' AND "adoption_reports"."stopped_reason" IS NULL) OR ("adoption_reports"."state" = 'stopped' AND "adoption_reports"."stopped_reason" IS NOT NULL)),
	CONSTRAINT "adoption_reports_reference_check" CHECK("adoption_reports"."reference" GLOB 'TR-[0-9][0-9][0-9][0-9]*'),
	CONSTRAINT "adoption_reports_costs_check" CHECK(coalesce("adoption_reports"."one_off_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("adoption_reports"."running_cost", 0) BETWEEN 0 AND 1000000000
      AND coalesce("adoption_reports"."staff_hours", 0) BETWEEN 0 AND 1000000
      AND ("adoption_reports"."running_cost" IS NULL) = ("adoption_reports"."running_cost_period" IS NULL)
      AND ("adoption_reports"."staff_hours" IS NULL) = ("adoption_reports"."staff_hours_period" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `adoption_reports_reference_unique` ON `adoption_reports` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `adoption_reports_submission_key_unique` ON `adoption_reports` (`submission_key`);--> statement-breakpoint
CREATE INDEX `adoption_reports_example_idx` ON `adoption_reports` (`example_id`,`status`);--> statement-breakpoint
CREATE INDEX `adoption_reports_status_idx` ON `adoption_reports` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`example_id` integer,
	`report_id` integer,
	`position` integer NOT NULL,
	`measure` text NOT NULL,
	`before` real NOT NULL,
	`after` real NOT NULL,
	`unit` text NOT NULL,
	`period` text NOT NULL,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `adoption_reports`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "outcomes_owner_check" CHECK(("outcomes"."example_id" IS NULL) <> ("outcomes"."report_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `outcomes_example_idx` ON `outcomes` (`example_id`);--> statement-breakpoint
CREATE INDEX `outcomes_report_idx` ON `outcomes` (`report_id`);--> statement-breakpoint
DROP INDEX `examples_facets_idx`;--> statement-breakpoint
ALTER TABLE `examples` ADD `stage` text CHECK (`stage` IS NULL OR `stage` IN ('idea', 'pilot', 'routine-use', 'sustained', 'stopped'));--> statement-breakpoint
ALTER TABLE `examples` ADD `evidence` text CHECK (`evidence` IS NULL OR `evidence` IN ('control-group', 'before-after', 'described'));--> statement-breakpoint
ALTER TABLE `examples` ADD `evidence_checked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `examples` ADD `published_report_count` integer DEFAULT 0 NOT NULL CHECK (`published_report_count` >= 0);--> statement-breakpoint
ALTER TABLE `examples` ADD `one_off_cost` integer CHECK (`one_off_cost` BETWEEN 0 AND 1000000000);--> statement-breakpoint
ALTER TABLE `examples` ADD `running_cost` integer CHECK (`running_cost` BETWEEN 0 AND 1000000000);--> statement-breakpoint
ALTER TABLE `examples` ADD `running_cost_period` text CHECK ((`running_cost_period` IS NULL OR `running_cost_period` IN ('month', 'year')) AND (`running_cost` IS NULL) = (`running_cost_period` IS NULL));--> statement-breakpoint
ALTER TABLE `examples` ADD `staff_hours` real CHECK (`staff_hours` BETWEEN 0 AND 1000000);--> statement-breakpoint
ALTER TABLE `examples` ADD `staff_hours_period` text CHECK ((`staff_hours_period` IS NULL OR `staff_hours_period` IN ('week', 'month', 'year', 'total')) AND (`staff_hours` IS NULL) = (`staff_hours_period` IS NULL));--> statement-breakpoint
CREATE INDEX `examples_facets_idx` ON `examples` (`id`,`status`,`care_setting`,`stage`,`evidence`,`published_report_count`);--> statement-breakpoint
ALTER TABLE `moderation_events` ADD `report_id` integer REFERENCES adoption_reports(id);--> statement-breakpoint
CREATE INDEX `moderation_events_report_idx` ON `moderation_events` (`report_id`);--> statement-breakpoint
-- "Tried elsewhere" is derived, never typed: the database recounts an example's published
-- reports whenever a report is added, changes status or is deleted.
CREATE TRIGGER `adoption_reports_count_after_insert` AFTER INSERT ON `adoption_reports`
WHEN new.status = 'published'
BEGIN
	UPDATE examples SET published_report_count =
		(SELECT count(*) FROM adoption_reports WHERE example_id = new.example_id AND status = 'published')
	WHERE id = new.example_id;
END;
--> statement-breakpoint
CREATE TRIGGER `adoption_reports_count_after_update` AFTER UPDATE OF status, example_id ON `adoption_reports`
BEGIN
	UPDATE examples SET published_report_count =
		(SELECT count(*) FROM adoption_reports r WHERE r.example_id = examples.id AND r.status = 'published')
	WHERE id IN (old.example_id, new.example_id);
END;
--> statement-breakpoint
CREATE TRIGGER `adoption_reports_count_after_delete` AFTER DELETE ON `adoption_reports`
WHEN old.status = 'published'
BEGIN
	UPDATE examples SET published_report_count =
		(SELECT count(*) FROM adoption_reports WHERE example_id = old.example_id AND status = 'published')
	WHERE id = old.example_id;
END;
--> statement-breakpoint
-- The source report describes each seeded example in words and gives no measurements, and the
-- respondents reported them themselves: "described, not measured", self-reported. It says
-- nothing about how far each has got, so their stage stays "not stated" (NULL).
UPDATE `examples` SET `evidence` = 'described'
WHERE `source_url` = 'https://nhsproviders.org/state-of-the-provider-sector-2023/innovation-within-trusts-and-systems';