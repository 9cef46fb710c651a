import { randomUUID } from "node:crypto";
import { cache } from "react";
import type { Metadata } from "next";
import Link from "@/components/link";
import { permanentRedirect } from "next/navigation";
import { PageNotFound } from "@/components/page-not-found";
import { PatientInformationWarning } from "@/components/patient-information-warning";
import { findExampleRoute } from "@/db/catalogue";
import { findContactableWork } from "@/db/mail";
import { canBeClaimed } from "@/db/moderation";
import { ExampleFormPage } from "../example-form-page";
import { ContactForm } from "./contact-form";
import type { SearchParams } from "@/app/search-params";

// Each visit needs its own one-off key, so the page is never cached.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams<"report">;
};

/**
 * What the page is about: the example's route, the report asked for (a well-formed reference, or
 * none), and the work a message would go to. Once per request, for the title and the page.
 */
const contactPage = cache(async (slug: string, report: unknown) => {
  const reportReference =
    typeof report === "string" && /^TR-\d{4,}$/.test(report) ? report : null;
  const route = await findExampleRoute(slug);
  const work =
    route.kind === "published"
      ? await findContactableWork({
          exampleSlug: route.example.slug,
          reportReference: reportReference ?? undefined,
        })
      : null;
  return { route, reportReference, work };
});

/**
 * The form renders the page title itself, so an error can prefix it even without JavaScript. A
 * published example whose team cannot be contacted has a page of its own, titled here.
 */
export async function generateMetadata({
  params,
  searchParams,
}: Props): Promise<Metadata> {
  const { route, reportReference, work } = await contactPage(
    (await params).slug,
    (await searchParams).report,
  );
  return route.kind === "published" && !reportReference && !work
    ? { title: notContactableHeading }
    : { title: null };
}

/**
 * /examples/[slug]/contact: a message to the team behind an example (or, with ?report=TR-…, the
 * team that tried it), forwarded by email. Their address is on the page only if they chose to
 * show it on the example's.
 */
export default async function ContactPage({ params, searchParams }: Props) {
  const { route, reportReference, work } = await contactPage(
    (await params).slug,
    (await searchParams).report,
  );
  if (route.kind === "moved")
    permanentRedirect(
      `/examples/${route.slug}/contact${reportReference ? `?report=${reportReference}` : ""}`,
    );
  if (!work)
    return route.kind === "published" && !reportReference ? (
      <NotContactable
        example={route.example}
        claimable={canBeClaimed(route.example)}
      />
    ) : (
      <PageNotFound />
    );
  const heading =
    work.kind === "example"
      ? "Contact the team"
      : `Contact the team that tried this (${work.reference})`;
  return (
    <ExampleFormPage slug={work.exampleSlug} title={work.exampleTitle}>
      <h1>{heading}</h1>
      <p className="nhsuk-lede-text">
        Ask the team a question about{" "}
        <Link
          href={`/examples/${work.exampleSlug}${work.kind === "report" ? "#tried-elsewhere" : ""}`}
        >
          {work.kind === "example"
            ? work.exampleTitle
            : `their report of trying ${work.exampleTitle}`}
        </Link>
        .
      </p>
      <p>
        We email your message to them, and they reply to your email address.
        {work.addressShown
          ? " Their email address is also on the example's page, because they chose to show it."
          : " We do not show you their email address."}{" "}
        We keep your message for 30 days after sending it, then delete it.
      </p>
      <PatientInformationWarning />
      <ContactForm
        slug={work.exampleSlug}
        report={work.kind === "report" ? work.reference : null}
        heading={heading}
        submissionKey={randomUUID()}
      />
    </ExampleFormPage>
  );
}

const notContactableHeading = "You cannot contact this team through this site";

/**
 * A published example whose team has not asked for messages: say so, and point its
 * team to "Is this your trust's work?" when the example names none.
 */
function NotContactable({
  example,
  claimable,
}: {
  example: { slug: string; title: string };
  claimable: boolean;
}) {
  return (
    <ExampleFormPage slug={example.slug} title={example.title}>
      <h1>{notContactableHeading}</h1>
      <p>
        {claimable
          ? "The catalogue does not know who did the work in "
          : "The team has not asked for messages about "}
        <Link href={`/examples/${example.slug}`}>{example.title}</Link>
        {claimable
          ? ", so there is nobody to send a message to yet."
          : " to be sent to them."}
      </p>
      {claimable ? (
        <>
          <h2>If this is your trust&apos;s work</h2>
          <p>
            Tell us, and once a moderator has checked, staff can ask your team
            about it.
          </p>
          <p>
            <Link href={`/examples/${example.slug}/claim`}>
              Is this your trust&apos;s work?
            </Link>
          </p>
        </>
      ) : null}
    </ExampleFormPage>
  );
}
