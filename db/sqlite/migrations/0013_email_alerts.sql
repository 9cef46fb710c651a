CREATE TABLE `mail_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`example_id` integer,
	`due_at` integer NOT NULL,
	`claimed_until` integer,
	`done_at` integer,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mail_jobs_kind_check" CHECK("mail_jobs"."kind" IN ('alerts', 'daily', 'weekly', 'waiting'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_jobs_key_unique` ON `mail_jobs` (`key`);--> statement-breakpoint
CREATE INDEX `mail_jobs_due_idx` ON `mail_jobs` (`done_at`,`due_at`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`filters` text NOT NULL,
	`description` text NOT NULL,
	`frequency` text NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	`last_sent_at` integer,
	CONSTRAINT "subscriptions_frequency_check" CHECK("subscriptions"."frequency" IN ('immediately', 'daily', 'weekly'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_token_unique` ON `subscriptions` (`token`);--> statement-breakpoint
CREATE INDEX `subscriptions_frequency_idx` ON `subscriptions` (`frequency`,`confirmed_at`);--> statement-breakpoint
ALTER TABLE `moderators` ADD `waiting_work_emails` text DEFAULT 'daily' NOT NULL;