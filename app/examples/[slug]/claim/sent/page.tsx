import type { Metadata } from "next";
import Link from "@/components/link";
import { SentPanel } from "@/components/sent-panel";
import { getClaimForReview } from "@/db/moderation";

export const metadata: Metadata = { title: "Claim sent" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ reference?: string | string[] }>;
};

export default async function ClaimSentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { reference } = await searchParams;
  const known =
    typeof reference === "string" &&
    /^CL-\d{4,}$/.test(reference) &&
    (await getClaimForReview(reference)) !== null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SentPanel heading="Claim sent" reference={known ? reference : null} />
        <h2>What happens next</h2>
        <p>
          We have sent you an email to say we have your claim. A moderator will
          check it, and may email you to ask about your part in the work. We
          will email you when they have decided.
        </p>
        <p>
          <Link href={`/examples/${encodeURIComponent(slug)}`}>
            Back to the example
          </Link>
        </p>
      </div>
    </div>
  );
}
