import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { PageNotFound } from "@/components/page-not-found";
import { findSlugByReference } from "@/db/catalogue";

export const dynamic = "force-dynamic";

// Only seen when the reference is unknown: a known one redirects.
export const metadata: Metadata = { title: "Page not found" };

/** /e/IX-0007: a short, quotable address that always leads to the example's current page. */
export default async function ReferencePage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const slug = await findSlugByReference(
    decodeURIComponent((await params).reference),
  );
  if (!slug) return <PageNotFound />;
  permanentRedirect(`/examples/${slug}`);
}
