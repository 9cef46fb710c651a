CREATE TABLE `measure_points` (
	`measure_id` integer NOT NULL,
	`date` text NOT NULL,
	`value` real NOT NULL,
	`note` text,
	`rebase` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`measure_id`, `date`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "measure_points_date_check" CHECK(length("measure_points"."date") = 10)
);
--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`example_id` integer,
	`report_id` integer,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`better` text NOT NULL,
	`target` real,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `adoption_reports`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "measures_owner_check" CHECK(("measures"."example_id" IS NULL) <> ("measures"."report_id" IS NULL)),
	CONSTRAINT "measures_better_check" CHECK("measures"."better" IN ('higher', 'lower', 'neither'))
);
--> statement-breakpoint
CREATE INDEX `measures_example_idx` ON `measures` (`example_id`);--> statement-breakpoint
CREATE INDEX `measures_report_idx` ON `measures` (`report_id`);