import type { Metadata } from "next";
import Link from "@/components/link";

export const metadata: Metadata = { title: "Message sent" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export default async function MessageSentPage({ params }: Props) {
  const { slug } = await params;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel nhsuk-panel--confirmation">
          <h1 className="nhsuk-panel__title">Message sent</h1>
          <div className="nhsuk-panel__body">
            We will email it to the team within a few minutes
          </div>
        </div>
        <h2>What happens next</h2>
        <p>
          The team will reply to the email address you gave, if they can. They
          may be busy with patients, so it can take a while.
        </p>
        <p>We do not get a copy of their reply.</p>
        <p>
          <Link href={`/examples/${encodeURIComponent(slug)}`}>
            Back to the example
          </Link>
        </p>
      </div>
    </div>
  );
}
