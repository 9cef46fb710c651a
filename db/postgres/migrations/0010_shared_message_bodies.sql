CREATE TABLE "message_bodies" (
	"id" serial PRIMARY KEY NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "body_id" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "fills" jsonb;--> statement-breakpoint
CREATE INDEX "outbox_body_idx" ON "outbox" USING btree ("body_id");