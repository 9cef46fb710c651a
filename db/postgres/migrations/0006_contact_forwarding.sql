ALTER TABLE "adoption_reports" ADD COLUMN "contact_forwarding" boolean;--> statement-breakpoint
ALTER TABLE "examples" ADD COLUMN "contact_forwarding" boolean;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_idempotency_key_unique" UNIQUE("idempotency_key");