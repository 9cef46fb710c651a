import type { Metadata } from "next";
import Link from "next/link";
import { reportExists } from "@/db/adoption-reports";

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
    reportExists(reference);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading">Report sent</h1>
          {known ? (
            <div className="nhsuk-panel__body">
              Your reference number
              <br />
              <strong>{reference}</strong>
            </div>
          ) : null}
        </div>
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
