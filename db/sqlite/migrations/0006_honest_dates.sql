ALTER TABLE `examples` ADD `source_period` text;--> statement-breakpoint
ALTER TABLE `examples` ADD `confirmed_at` integer;--> statement-breakpoint
UPDATE `examples` SET `confirmed_at` = `published_at` WHERE `published_at` IS NOT NULL;--> statement-breakpoint
-- Seeded examples describe a survey of autumn 2023 and have not been confirmed since: their
-- review date runs from the end of that season (30 November 2023), not from when the seed ran.
UPDATE `examples`
SET `source_period` = 'Reported by trust leaders in autumn 2023',
  `confirmed_at` = 1701302400,
  `review_due_at` = 1764460800
WHERE `source_url` = 'https://nhsproviders.org/state-of-the-provider-sector-2023/innovation-within-trusts-and-systems';
