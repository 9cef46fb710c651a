CREATE TABLE `forwarding_stop_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`example_id` integer NOT NULL,
	`report_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `adoption_reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `forwarding_stop_links_created_idx` ON `forwarding_stop_links` (`created_at`);--> statement-breakpoint
CREATE INDEX `forwarding_stop_links_example_idx` ON `forwarding_stop_links` (`example_id`);--> statement-breakpoint
CREATE INDEX `forwarding_stop_links_report_idx` ON `forwarding_stop_links` (`report_id`);