CREATE TABLE `example_appearances` (
	`day` text NOT NULL,
	`example_id` integer NOT NULL,
	`appearances` integer NOT NULL,
	PRIMARY KEY(`day`, `example_id`),
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `example_appearances_example_idx` ON `example_appearances` (`example_id`,`day`);