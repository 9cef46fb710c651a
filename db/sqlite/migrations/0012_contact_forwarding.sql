ALTER TABLE `adoption_reports` ADD `contact_forwarding` integer;--> statement-breakpoint
ALTER TABLE `examples` ADD `contact_forwarding` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_idempotency_key_unique` ON `outbox` (`idempotency_key`);