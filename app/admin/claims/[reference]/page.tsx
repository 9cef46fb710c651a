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

function Row({
  label,
  children,
}: {
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

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
        <Row label="Status">{claimStatuses[claim.status]}</Row>
        <Row label="Example">
          <Link href={`/admin/examples/${claim.example.reference}`}>
            {claim.example.title} ({claim.example.reference})
          </Link>
          <span className="nhsuk-u-display-block">
            {hasContact ? "It has a contact already." : "It names no team yet."}
          </span>
        </Row>
        <Row label="NHS organisation">{claim.organisation}</Row>
        <Row label="Their part in the work">
          <span className="app-preserve-lines">{claim.involvement}</span>
        </Row>
        <SentByRows sentLabel="Sent" sent={claim} about="example" />
        {claim.otherPending.length > 0 ? (
          <Row label="Other claims to this example">
            {claim.otherPending.map((other, index) => (
              <span key={other}>
                {index > 0 ? ", " : null}
                <Link href={`/admin/claims/${other}`}>{other}</Link>
              </span>
            ))}
          </Row>
        ) : null}
        {claim.status !== "pending" ? (
          <Row label="Decided">
            {claim.decidedByName ?? "A moderator"},{" "}
            {formatDateTime(claim.updatedAt)}
            {claim.reason ? (
              <span className="nhsuk-u-display-block app-preserve-lines">
                Reason: {claim.reason}
              </span>
            ) : null}
          </Row>
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
