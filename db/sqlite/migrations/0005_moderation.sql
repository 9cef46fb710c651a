CREATE TABLE `moderation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`example_id` integer NOT NULL,
	`moderator_id` integer,
	`action` text NOT NULL,
	`reason` text,
	`changes` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "moderation_events_action_check" CHECK("moderation_events"."action" IN ('submitted', 'edited', 'approved', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE INDEX `moderation_events_example_idx` ON `moderation_events` (`example_id`);--> statement-breakpoint
CREATE TABLE `moderator_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`moderator_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `moderator_sessions_expiry_idx` ON `moderator_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `moderators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `moderators_email_unique` ON `moderators` (`email`);--> statement-breakpoint
ALTER TABLE `examples` ADD `more_info_url` text;--> statement-breakpoint
ALTER TABLE `examples` ADD `submission_key` text;--> statement-breakpoint
ALTER TABLE `examples` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `examples_submission_key_unique` ON `examples` (`submission_key`);