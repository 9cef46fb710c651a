ALTER TABLE "moderators" ADD COLUMN "sso_subject" text;--> statement-breakpoint
ALTER TABLE "moderators" ADD CONSTRAINT "moderators_sso_subject_unique" UNIQUE("sso_subject");