import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/link";
import { PageNotFound } from "@/components/page-not-found";
import { ExampleFormPage, exampleForForm } from "../example-form-page";
import { TriedForm } from "./tried-form";
import { PatientInformationWarning } from "@/components/patient-information-warning";

// The form renders the page title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

// Each visit needs its own submission key, so the page is never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** /examples/[slug]/tried: a team that tried a published example tells others how it went. */
export default async function TriedPage({ params }: Props) {
  const example = await exampleForForm((await params).slug, "tried");
  if (!example) return <PageNotFound />;
  return (
    <ExampleFormPage slug={example.slug} title={example.title}>
      <span className="nhsuk-caption-l">{example.title}</span>
      <h1>We tried this too</h1>
      <p className="nhsuk-lede-text">
        Tell other NHS staff how it went when your team tried{" "}
        <Link href={`/examples/${example.slug}`}>{example.title}</Link>: what
        you changed, what happened, and whether you kept it going.
      </p>
      <p>
        A moderator checks every report before it is published under the
        example. Reports from teams that stopped are published too, because what
        did not work is worth knowing.
      </p>
      <PatientInformationWarning />
      <TriedForm
        slug={example.slug}
        exampleTitle={example.title}
        submissionKey={randomUUID()}
      />
    </ExampleFormPage>
  );
}
