CREATE TABLE `recovery_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`moderator_id` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_moderator_idx` ON `recovery_codes` (`moderator_id`);--> statement-breakpoint
ALTER TABLE `moderators` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `moderators` ADD `totp_last_step` integer;