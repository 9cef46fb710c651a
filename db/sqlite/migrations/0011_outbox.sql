CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` text NOT NULL,
	`kind` text NOT NULL,
	`recipient` text NOT NULL,
	`reply_to` text,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`headers` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer,
	`created_at` integer NOT NULL,
	`give_up_at` integer NOT NULL,
	`last_attempt_at` integer,
	`sent_at` integer,
	`server_answer` text,
	CONSTRAINT "outbox_status_check" CHECK("outbox"."status" IN ('queued', 'sent', 'failed')),
	CONSTRAINT "outbox_attempts_check" CHECK("outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_id_unique` ON `outbox` (`message_id`);--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_created_idx` ON `outbox` (`created_at`);--> statement-breakpoint
CREATE INDEX `outbox_last_attempt_idx` ON `outbox` (`last_attempt_at`);--> statement-breakpoint
ALTER TABLE `adoption_reports` ADD `email_updates` integer;--> statement-breakpoint
ALTER TABLE `examples` ADD `email_updates` integer;