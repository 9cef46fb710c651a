CREATE TABLE "alert_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"subscription_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	"stopped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sign_in_steps" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"moderator_id" integer NOT NULL,
	"step" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_steps_step_check" CHECK ("sign_in_steps"."step" IN ('code', 'set-up'))
);
--> statement-breakpoint
ALTER TABLE "examples" ADD COLUMN "review_token_hash" text;--> statement-breakpoint
ALTER TABLE "alert_links" ADD CONSTRAINT "alert_links_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_in_steps" ADD CONSTRAINT "sign_in_steps_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_links_subscription_idx" ON "alert_links" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "alert_links_created_idx" ON "alert_links" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sign_in_steps_expiry_idx" ON "sign_in_steps" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "examples" ADD CONSTRAINT "examples_review_token_hash_unique" UNIQUE("review_token_hash");--> statement-breakpoint
-- Links already mailed keep working: each token's hash takes its place, in base64url as
-- db/accounts/digest.ts makes it.
UPDATE "examples" SET "review_token_hash" = rtrim(translate(encode(sha256(convert_to("review_token", 'UTF8')), 'base64'), '+/', '-_'), '=') WHERE "review_token" IS NOT NULL;--> statement-breakpoint
INSERT INTO "alert_links" ("token_hash", "subscription_id", "created_at") SELECT rtrim(translate(encode(sha256(convert_to("token", 'UTF8')), 'base64'), '+/', '-_'), '='), "id", "created_at" FROM "subscriptions";
