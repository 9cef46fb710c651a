import { notFound, permanentRedirect } from "next/navigation";
import { findSlugByReference } from "@/db/examples";

export const dynamic = "force-dynamic";

/** /e/IX-0007: a short, quotable address that always leads to the example's current page. */
export default async function ReferencePage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const slug = await findSlugByReference(
    decodeURIComponent((await params).reference),
  );
  if (!slug) notFound();
  permanentRedirect(`/examples/${slug}`);
}
