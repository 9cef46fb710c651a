"use client";

import Link from "next/link";
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
            <title>Sorry, there is a problem with the service</title>
            <h1>Sorry, there is a problem with the service</h1>
            <p>Try again later.</p>
            <p>
              <Link href="/">Go to the homepage</Link>
            </p>
            {error.digest ? (
              <p className="nhsuk-body-s">Error reference: {error.digest}</p>
            ) : null}
          </main>
        </div>
      </body>
    </html>
  );
}
