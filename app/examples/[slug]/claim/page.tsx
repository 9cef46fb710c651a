import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/link";
import { PageNotFound } from "@/components/page-not-found";
import { ExampleFormPage, exampleForForm } from "../example-form-page";
import { canBeClaimed } from "@/db/moderation";
import { ClaimForm } from "./claim-form";

// The form renders the page title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

// Each visit needs its own one-off key, so the page is never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/**
 * /examples/[slug]/claim: the team behind an example that names no one (the source report's)
 * asks to become its contact. Only while it has none.
 */
export default async function ClaimPage({ params }: Props) {
  const example = await exampleForForm((await params).slug, "claim");
  if (!example || !canBeClaimed(example)) return <PageNotFound />;
  return (
    <ExampleFormPage slug={example.slug} title={example.title}>
      <h1>Is this your trust&apos;s work?</h1>
      <p className="nhsuk-lede-text">
        If your team did the work in{" "}
        <Link href={`/examples/${example.slug}`}>{example.title}</Link>, tell
        us, and staff who want to try it can ask you about it.
      </p>
      <p>
        A moderator checks every claim, and may email you to ask about your part
        in the work. We will email you when they have decided. Once it is
        approved, you are the example&apos;s contact: we forward staff&apos;s
        messages to you if you choose, tell you when another team reports trying
        it, and ask you every 2 years whether it is still running.
      </p>
      <ClaimForm
        slug={example.slug}
        exampleTitle={example.title}
        submissionKey={randomUUID()}
      />
    </ExampleFormPage>
  );
}
