import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/link";
import { permanentRedirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageNotFound } from "@/components/page-not-found";
import { PatientInformationWarning } from "@/components/patient-information-warning";
import { findExampleRoute } from "@/db/catalogue";
import { findContactableWork } from "@/db/mail";
import { ContactForm } from "./contact-form";

// The form renders the page title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

// Each visit needs its own one-off key, so the page is never cached.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ report?: string | string[] }>;
};

/**
 * /examples/[slug]/contact: a message to the team behind an example (or, with ?report=TR-…, the
 * team that tried it), forwarded by email. Their address is never on the page.
 */
export default async function ContactPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { report } = await searchParams;
  const reportReference =
    typeof report === "string" && /^TR-\d{4,}$/.test(report) ? report : null;
  const route = await findExampleRoute(slug);
  if (route.kind === "moved")
    permanentRedirect(
      `/examples/${route.slug}/contact${reportReference ? `?report=${reportReference}` : ""}`,
    );
  const work =
    route.kind === "published"
      ? await findContactableWork({
          exampleSlug: route.example.slug,
          reportReference: reportReference ?? undefined,
        })
      : null;
  if (!work) return <PageNotFound />;
  const heading =
    work.kind === "example"
      ? "Contact the team"
      : `Contact the team that tried this (${work.reference})`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/examples", label: "Examples" },
          { href: `/examples/${work.exampleSlug}`, label: work.exampleTitle },
        ]}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">{work.exampleTitle}</span>
          <h1>{heading}</h1>
          <p className="nhsuk-lede-text">
            Ask the team a question about their work.
          </p>
          <p>
            <Link
              href={`/examples/${work.exampleSlug}${work.kind === "report" ? "#tried-elsewhere" : ""}`}
            >
              {work.kind === "example"
                ? `About their example: ${work.exampleTitle}`
                : `About their report of trying: ${work.exampleTitle}`}
            </Link>
          </p>
          <p>
            We email your message to them. We do not show you their email
            address, and they reply to yours. We keep your message for 30 days
            after sending it, then delete it.
          </p>
          <PatientInformationWarning />
          <ContactForm
            slug={work.exampleSlug}
            report={work.kind === "report" ? work.reference : null}
            heading={heading}
            submissionKey={randomUUID()}
          />
        </div>
      </div>
    </>
  );
}
