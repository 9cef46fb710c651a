CREATE TABLE `alert_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`subscription_id` integer,
	`created_at` integer NOT NULL,
	`stopped_at` integer,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_links_subscription_idx` ON `alert_links` (`subscription_id`);--> statement-breakpoint
CREATE INDEX `alert_links_created_idx` ON `alert_links` (`created_at`);--> statement-breakpoint
CREATE TABLE `sign_in_steps` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`moderator_id` integer NOT NULL,
	`step` text NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "sign_in_steps_step_check" CHECK("sign_in_steps"."step" IN ('code', 'set-up'))
);
--> statement-breakpoint
CREATE INDEX `sign_in_steps_expiry_idx` ON `sign_in_steps` (`expires_at`);--> statement-breakpoint
ALTER TABLE `examples` ADD `review_token_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `examples_review_token_hash_unique` ON `examples` (`review_token_hash`);--> statement-breakpoint
-- Links already mailed keep working: each token's hash takes its place (sha256_base64url is
-- given to every connection by db/sqlite/engine.ts; db/accounts/digest.ts makes the same hash).
UPDATE `examples` SET `review_token_hash` = sha256_base64url(`review_token`) WHERE `review_token` IS NOT NULL;--> statement-breakpoint
INSERT INTO `alert_links` (`token_hash`, `subscription_id`, `created_at`) SELECT sha256_base64url(`token`), `id`, `created_at` FROM `subscriptions`;
