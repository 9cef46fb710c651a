"use client";

import { ServiceProblem } from "@/components/service-problem";
import "./globals.scss";

/** Shown only when the root layout itself fails, so it brings its own html and body. */
export default function GlobalError({
  error,
}: {
  error: Error & { digest?: string };
}) {
  return (
    <html lang="en-GB">
      <body>
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            <ServiceProblem digest={error.digest} />
          </main>
        </div>
      </body>
    </html>
  );
}
