CREATE TABLE `example_contacts` (
	`day` text NOT NULL,
	`example_id` integer NOT NULL,
	`contacts` integer NOT NULL,
	PRIMARY KEY(`day`, `example_id`),
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `example_contacts_example_idx` ON `example_contacts` (`example_id`,`day`);