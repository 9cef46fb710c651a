CREATE TABLE "account_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"moderator_id" integer NOT NULL,
	"actor_id" integer,
	"action" text NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_events_action_check" CHECK ("account_events"."action" IN ('signed_in', 'sign_in_failed', 'locked', 'signed_out_elsewhere', 'sessions_ended', 'invited', 'joined', 'role_changed', 'removed', 'factor_added', 'factor_removed', 'recovery_code_used'))
);
--> statement-breakpoint
CREATE TABLE "moderator_invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"invited_by" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "moderator_invitations_email_unique" UNIQUE("email"),
	CONSTRAINT "moderator_invitations_role_check" CHECK ("moderator_invitations"."role" IN ('moderator', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"account_key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
-- Sessions gain when they were last used and in which browser: everyone signed in signs in once
-- more.
DELETE FROM "moderator_sessions";--> statement-breakpoint
ALTER TABLE "moderator_sessions" ADD COLUMN "last_seen_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "moderator_sessions" ADD COLUMN "browser" text NOT NULL;--> statement-breakpoint
ALTER TABLE "moderators" ADD COLUMN "role" text DEFAULT 'moderator' NOT NULL;--> statement-breakpoint
ALTER TABLE "moderators" ADD COLUMN "last_signed_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "moderators" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_events" ADD CONSTRAINT "account_events_moderator_id_moderators_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."moderators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_events" ADD CONSTRAINT "account_events_actor_id_moderators_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."moderators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderator_invitations" ADD CONSTRAINT "moderator_invitations_invited_by_moderators_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."moderators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_events_moderator_idx" ON "account_events" USING btree ("moderator_id","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_throttles_last_failure_idx" ON "sign_in_throttles" USING btree ("last_failure_at");--> statement-breakpoint
CREATE INDEX "moderator_sessions_moderator_idx" ON "moderator_sessions" USING btree ("moderator_id");--> statement-breakpoint
ALTER TABLE "moderators" ADD CONSTRAINT "moderators_role_check" CHECK ("moderators"."role" IN ('moderator', 'admin'));--> statement-breakpoint
-- Everyone added so far was added from the server's terminal: they keep full control as admins.
UPDATE "moderators" SET "role" = 'admin';
