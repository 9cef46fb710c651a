ALTER TABLE `examples` ADD `review_token` text;--> statement-breakpoint
ALTER TABLE `examples` ADD `review_asked_at` integer;--> statement-breakpoint
ALTER TABLE `examples` ADD `due_for_review_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `examples_review_token_unique` ON `examples` (`review_token`);