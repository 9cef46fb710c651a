import { permanentRedirect } from "next/navigation";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { findExampleRoute, type ExampleWithThemes } from "@/db/catalogue";
import { TwoThirds } from "@/components/two-thirds";

/**
 * The published example a form of its own is about (`form`: "tried", "claim"), or null. A renamed
 * example's form redirects to the form at its new address.
 */
export async function exampleForForm(
  slug: string,
  form: string,
): Promise<ExampleWithThemes | null> {
  const route = await findExampleRoute(slug);
  if (route.kind === "moved")
    permanentRedirect(`/examples/${route.slug}/${form}`);
  return route.kind === "published" ? route.example : null;
}

/** A page of a form about one example: breadcrumbs back to it, then the page in two thirds. */
export function ExampleFormPage({
  slug,
  title,
  children,
}: {
  slug: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/examples", label: "Examples" },
          { href: `/examples/${slug}`, label: title },
        ]}
      />
      <TwoThirds>{children}</TwoThirds>
    </>
  );
}
