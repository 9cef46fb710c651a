ALTER TABLE "examples" ADD COLUMN "review_token" text;--> statement-breakpoint
ALTER TABLE "examples" ADD COLUMN "review_asked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "examples" ADD COLUMN "due_for_review_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "examples" ADD CONSTRAINT "examples_review_token_unique" UNIQUE("review_token");