CREATE TABLE `example_views` (
	`day` text NOT NULL,
	`example_id` integer NOT NULL,
	`views` integer NOT NULL,
	PRIMARY KEY(`day`, `example_id`),
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `example_views_example_idx` ON `example_views` (`example_id`,`day`);