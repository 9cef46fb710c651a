import type { ReactNode } from "react";
import { AdminBar } from "@/app/admin/admin-bar";
import { ModerationHistory } from "@/app/admin/moderation-history";
import {
  OutcomeBanner,
  SimilarExamplesSection,
  StatusTag,
} from "@/app/admin/review-parts";
import type { ExampleStatus } from "@/db/options";
import type { ModeratorProfile } from "@/db/accounts";
import type { ReviewEvent } from "@/db/moderation";
import type { SimilarExample } from "@/db/search";
import { SummaryRow } from "@/components/summary-list";

/** What the success banner says after each action, for an example, a report or a claim. */
export function outcomeMessage(
  noun: "Example" | "Report" | "Claim",
  outcome: string | string[] | undefined,
): string | undefined {
  const messages: Record<string, string> = {
    save: "Your changes have been saved",
    approve: noun === "Claim" ? "Claim approved" : `${noun} published`,
    reject: `${noun} rejected`,
    withdraw: `${noun} withdrawn`,
    unchanged: "Nothing needed changing",
  };
  return messages[String(outcome)];
}

/**
 * A review page, for an example or a "we tried this too" report: the outcome of the last action,
 * the reference and status, who sent it, a preview as it is or would be published, the published
 * examples most like it, the moderator's forms and the history.
 */
export function ReviewPage({
  moderator,
  outcome,
  publishedLink,
  reference,
  heading,
  status,
  rows,
  preview,
  similar,
  forms,
  history,
}: {
  moderator: ModeratorProfile;
  outcome?: string;
  /** Where the published item can be seen, once it is. */
  publishedLink?: { href: string; text: string };
  reference: string;
  heading: string;
  status: ExampleStatus;
  /** Summary rows after the status: who sent it, and what it is about. */
  rows: ReactNode;
  preview: ReactNode;
  similar: { examples: SimilarExample[]; advice: string };
  forms: ReactNode;
  history: ReviewEvent[];
}) {
  return (
    <>
      <AdminBar moderator={moderator} />
      {outcome ? (
        <OutcomeBanner
          message={outcome}
          link={status === "published" ? publishedLink : undefined}
        />
      ) : null}
      <span className="nhsuk-caption-l">{reference}</span>
      <h1>{heading}</h1>
      <dl className="nhsuk-summary-list">
        <SummaryRow label="Status">
          <StatusTag status={status} />
        </SummaryRow>
        {rows}
      </dl>

      <section aria-labelledby="preview-heading" className="app-preview">
        <h2 id="preview-heading" className="nhsuk-heading-s app-preview__label">
          {status === "published" ? "As published" : "As it would be published"}
        </h2>
        {preview}
      </section>

      <SimilarExamplesSection
        examples={similar.examples}
        advice={similar.advice}
      />

      {forms}

      <ModerationHistory events={history} />
    </>
  );
}
