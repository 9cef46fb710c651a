import type { Metadata } from "next";
import Link from "@/components/link";
import { AdminBar } from "@/app/admin/admin-bar";
import { outcomeMessage } from "@/app/admin/review-page";
import { OutcomeBanner, SentByRows } from "@/app/admin/review-parts";
import { requireModerator } from "@/app/admin/session";
import { formatDateTime } from "@/components/format";
import { PageNotFound } from "@/components/page-not-found";
import { getClaimForReview } from "@/db/moderation";
import { ClaimDecisionForms } from "./decision-forms";
import type { SearchParams } from "@/app/search-params";
import { SummaryRow } from "@/components/summary-list";

// The decision forms render the title themselves, so an error can prefix it without JavaScript.
export const metadata: Metadata = { title: null };

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: SearchParams<"outcome">;
};

/** A claim's status in words: an approved claim is not "published", it named a contact. */
const claimStatuses = {
  pending: "Waiting for review",
  published: "Approved: the claimant is the example's contact",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
} as const;

/** /admin/claims/CL-0002: a moderator checks a team's claim to an example that names no one. */
export default async function ClaimReviewPage({ params, searchParams }: Props) {
  const reference = decodeURIComponent((await params).reference).toUpperCase();
  const moderator = await requireModerator(
    /^CL-\d+$/.test(reference) ? `/admin/claims/${reference}` : "/admin",
  );
  const claim = await getClaimForReview(reference);
  if (!claim) return <PageNotFound />;
  const outcome = outcomeMessage("Claim", (await searchParams).outcome);
  const hasContact = claim.example.contactEmail !== null;

  return (
    <>
      <AdminBar moderator={moderator} />
      {outcome ? (
        <OutcomeBanner
          message={outcome}
          link={{
            href: `/examples/${claim.example.slug}`,
            text: "View the example",
          }}
        />
      ) : null}
      <span className="nhsuk-caption-l">{claim.reference}</span>
      <h1>Review claim to an example</h1>
      <dl className="nhsuk-summary-list">
        <SummaryRow label="Status">{claimStatuses[claim.status]}</SummaryRow>
        <SummaryRow label="Example">
          <Link href={`/admin/examples/${claim.example.reference}`}>
            {claim.example.title} ({claim.example.reference})
          </Link>
          <span className="nhsuk-u-display-block">
            {hasContact ? "It has a contact already." : "It names no team yet."}
          </span>
        </SummaryRow>
        <SummaryRow label="NHS organisation">{claim.organisation}</SummaryRow>
        <SummaryRow label="Their part in the work">
          <span className="app-preserve-lines">{claim.involvement}</span>
        </SummaryRow>
        <SentByRows sentLabel="Sent" sent={claim} about="example" />
        {claim.otherPending.length > 0 ? (
          <SummaryRow label="Other claims to this example">
            {claim.otherPending.map((other, index) => (
              <span key={other}>
                {index > 0 ? ", " : null}
                <Link href={`/admin/claims/${other}`}>{other}</Link>
              </span>
            ))}
          </SummaryRow>
        ) : null}
        {claim.status !== "pending" ? (
          <SummaryRow label="Decided">
            {claim.decidedByName ?? "A moderator"},{" "}
            {formatDateTime(claim.updatedAt)}
            {claim.reason ? (
              <span className="nhsuk-u-display-block app-preserve-lines">
                Reason: {claim.reason}
              </span>
            ) : null}
          </SummaryRow>
        ) : null}
      </dl>
      <ClaimDecisionForms
        reference={claim.reference}
        version={claim.version}
        status={claim.status}
        exampleTitle={claim.example.title}
        hasContact={hasContact}
      />
    </>
  );
}
