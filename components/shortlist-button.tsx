"use client";

import Link from "@/components/link";
import { useState } from "react";
import { shortlistLimit } from "@/app/shortlist/shortlist-refs";
import { pluralise } from "./format";
import { saveShortlist, useShortlist } from "./shortlist-store";

/**
 * "Add to shortlist" for one example. It needs JavaScript (the list is kept in the browser), so
 * it is not shown until the page can use it.
 */
export function ShortlistButton({
  reference,
  title,
}: {
  reference: string;
  title: string;
}) {
  const shortlist = useShortlist();
  const [message, setMessage] = useState("");
  if (shortlist === null) return null;
  const added = shortlist.includes(reference);

  function toggle(list: string[]) {
    if (added) {
      const next = list.filter((ref) => ref !== reference);
      saveShortlist(next);
      setMessage(
        `Removed from your shortlist. It has ${pluralise(next.length, "example")}.`,
      );
    } else if (list.length >= shortlistLimit) {
      setMessage(
        `Your shortlist is full (${shortlistLimit} examples). Remove one to add another.`,
      );
    } else {
      const next = [...list, reference];
      saveShortlist(next);
      setMessage(
        `Added to your shortlist. It has ${pluralise(next.length, "example")}.`,
      );
    }
  }

  return (
    <div className="app-shortlist-button app-no-print">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        onClick={() => toggle(shortlist)}
      >
        {added ? "Remove" : "Add"}
        <span className="nhsuk-u-visually-hidden"> ‘{title}’</span>
        {added ? " from shortlist" : " to shortlist"}
      </button>
      {/* A live region, not role=status: the page's own status is its result count. */}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0" aria-live="polite">
        {message}
        {message && shortlist.length > 0 ? (
          <>
            {" "}
            <Link href="/shortlist">View your shortlist</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
