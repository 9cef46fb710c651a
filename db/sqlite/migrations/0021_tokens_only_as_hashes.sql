DROP INDEX `examples_review_token_unique`;--> statement-breakpoint
ALTER TABLE `examples` DROP COLUMN `review_token`;--> statement-breakpoint
DROP INDEX `subscriptions_token_unique`;--> statement-breakpoint
ALTER TABLE `subscriptions` DROP COLUMN `token`;