ALTER TABLE `moderators` ADD `sso_subject` text;--> statement-breakpoint
CREATE UNIQUE INDEX `moderators_sso_subject_unique` ON `moderators` (`sso_subject`);