import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Emails stopped" };

export default function UnsubscribedPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Emails stopped</h1>
        <p>
          You will not get any more emails from this alert. We have deleted your
          email address from it.
        </p>
        <p>
          <Link href="/examples">Search the examples</Link>
        </p>
      </div>
    </div>
  );
}
