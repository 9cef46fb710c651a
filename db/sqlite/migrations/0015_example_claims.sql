CREATE TABLE `example_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`example_id` integer NOT NULL,
	`organisation` text NOT NULL,
	`involvement` text NOT NULL,
	`contact_name` text,
	`contact_email` text,
	`contact_consent` integer,
	`contact_forwarding` integer,
	`email_updates` integer,
	`submission_key` text,
	`version` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	`decided_by` integer,
	`reason` text,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `example_claims_reference_unique` ON `example_claims` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `example_claims_submission_key_unique` ON `example_claims` (`submission_key`);--> statement-breakpoint
CREATE INDEX `example_claims_status_idx` ON `example_claims` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `example_claims_example_idx` ON `example_claims` (`example_id`);