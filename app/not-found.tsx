import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search-form";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
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
