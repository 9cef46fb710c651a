"use client";

import Link from "next/link";
import { useEffect } from "react";

export default function ErrorPage({
  error,
}: {
  error: Error & { digest?: string };
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <title>Sorry, there is a problem with the service</title>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later.</p>
      <p>Nothing you entered has been published.</p>
      <p>
        <Link href="/">Go to the homepage</Link>
      </p>
      {error.digest ? (
        <p className="nhsuk-body-s">Error reference: {error.digest}</p>
      ) : null}
    </>
  );
}
