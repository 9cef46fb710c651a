import type { Metadata } from "next";
import Link from "@/components/link";
import { readSearchQuery, searchUrl } from "@/app/examples/search-params";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { listThemeSlugs } from "@/db/catalogue";
import { alertFiltersFrom, describeAlert } from "../filters";
import { AlertForm } from "./alert-form";
import { TwoThirds } from "@/components/two-thirds";

// The form renders the page title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };
export const dynamic = "force-dynamic";

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** /alerts/new?…: emails about new examples that match the search in the address. */
export default async function NewAlertPage({ searchParams }: Props) {
  const params = readSearchQuery(await searchParams, await listThemeSlugs());
  const description = await describeAlert(alertFiltersFrom(params));
  const search = searchUrl("", {
    ...params,
    page: undefined,
    sort: undefined,
    exact: undefined,
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: `/examples${search}`, label: "Examples" },
        ]}
      />
      <TwoThirds>
        <h1>Get emails about new examples</h1>
        <p>
          We will email you when a new example is published that matches:{" "}
          <strong>{description}</strong>.
        </p>
        <p>
          <Link href={`/examples${search}`}>Change the search</Link> to change
          what you get emails about.
        </p>
        <p>
          You will get an email to confirm first. Every email has a link to
          change how often you get them or to stop them.
        </p>
        <AlertForm search={search.replace(/^\?/, "")} />
      </TwoThirds>
    </>
  );
}
