import Link from "@/components/link";
import { SearchForm } from "./search-form";

/**
 * The NHS-style "Page not found" content. Dynamic pages render it themselves (with proxy.ts
 * setting the 404 status), because Next.js's notFound() in a dynamic page sends an empty shell
 * that only JavaScript fills in (vercel/next.js#62228).
 */
export function PageNotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can search for an example, or go to the{" "}
        <Link href="/">Find and share improvement examples homepage</Link>.
      </p>
      <SearchForm id="not-found-search" />
    </>
  );
}
