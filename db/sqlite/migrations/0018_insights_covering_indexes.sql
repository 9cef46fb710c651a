DROP INDEX `search_counts_query_idx`;--> statement-breakpoint
CREATE INDEX `search_counts_day_idx` ON `search_counts` (`day`,`results`,`searches`);--> statement-breakpoint
CREATE INDEX `search_counts_query_idx` ON `search_counts` (`query`,`day`,`results`,`searches`);--> statement-breakpoint
CREATE INDEX `search_opens_query_idx` ON `search_opens` (`query`,`day`);--> statement-breakpoint
CREATE INDEX `search_opens_day_idx` ON `search_opens` (`day`,`example_id`,`position`,`opens`);