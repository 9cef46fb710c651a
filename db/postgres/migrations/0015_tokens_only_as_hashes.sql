ALTER TABLE "examples" DROP CONSTRAINT "examples_review_token_unique";--> statement-breakpoint
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_token_unique";--> statement-breakpoint
ALTER TABLE "examples" DROP COLUMN "review_token";--> statement-breakpoint
ALTER TABLE "subscriptions" DROP COLUMN "token";