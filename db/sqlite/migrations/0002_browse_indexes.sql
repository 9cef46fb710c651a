CREATE INDEX `examples_status_title_idx` ON `examples` (`status`,`title`);--> statement-breakpoint
CREATE INDEX `examples_care_setting_idx` ON `examples` (`care_setting`);