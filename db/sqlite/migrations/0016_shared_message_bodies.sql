CREATE TABLE `message_bodies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `body_id` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `fills` text;--> statement-breakpoint
CREATE INDEX `outbox_body_idx` ON `outbox` (`body_id`);