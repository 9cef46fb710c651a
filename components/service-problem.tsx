import Link from "@/components/link";

/** NHS-style "Sorry, there is a problem with the service" page content, for 500 errors. */
export function ServiceProblem({ digest }: { digest?: string }) {
  return (
    <>
      <title>Sorry, there is a problem with the service</title>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later.</p>
      <p>Nothing you entered has been published.</p>
      <p>
        <Link href="/">Go to the homepage</Link>
      </p>
      {digest ? (
        <p className="nhsuk-body-s">Error reference: {digest}</p>
      ) : null}
    </>
  );
}
