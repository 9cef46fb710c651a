import type { Metadata } from "next";
import Link from "@/components/link";
import { SentPanel } from "@/components/sent-panel";
import { reportExists } from "@/db/moderation";

export const metadata: Metadata = { title: "Report sent" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ reference?: string | string[] }>;
};

export default async function ReportSentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { reference } = await searchParams;
  const known =
    typeof reference === "string" &&
    /^TR-\d{4,}$/.test(reference) &&
    (await reportExists(reference));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SentPanel heading="Report sent" reference={known ? reference : null} />
        <h2>What happens next</h2>
        <p>
          A moderator will check your report before it is published under the
          example. If they have questions, they will email you at the address
          you gave.
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
