DROP INDEX "search_counts_query_idx";--> statement-breakpoint
CREATE INDEX "search_counts_day_idx" ON "search_counts" USING btree ("day","results","searches");--> statement-breakpoint
CREATE INDEX "search_opens_query_idx" ON "search_opens" USING btree ("query","day");--> statement-breakpoint
CREATE INDEX "search_opens_day_idx" ON "search_opens" USING btree ("day","example_id","position","opens");--> statement-breakpoint
CREATE INDEX "search_counts_query_idx" ON "search_counts" USING btree ("query","day","results","searches");