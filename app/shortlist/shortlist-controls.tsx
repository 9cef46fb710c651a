"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { pluralise } from "@/components/format";
import { saveShortlist, useShortlist } from "@/components/shortlist-store";
import { shortlistUrl } from "./shortlist-refs";

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((ref, i) => ref === b[i]);
}

/** Whether the page shows this browser's own shortlist; null until that can be known. */
function useIsOwnShortlist(pageRefs: string[]): boolean | null {
  const stored = useShortlist();
  return stored === null ? null : sameList(stored, pageRefs);
}

/** On /shortlist with no link: opens the shortlist kept in this browser, if there is one. */
export function OpenStoredShortlist({
  children,
}: {
  children: React.ReactNode;
}) {
  const stored = useShortlist();
  const router = useRouter();
  const hasStored = stored !== null && stored.length > 0;
  useEffect(() => {
    if (stored && stored.length > 0) router.replace(shortlistUrl(stored));
  }, [stored, router]);
  return hasStored ? <p>Opening your shortlist…</p> : children;
}

/** Print, and for a shortlist someone shared: keep it in this browser. */
export function ShortlistToolbar({ pageRefs }: { pageRefs: string[] }) {
  const stored = useShortlist();
  const router = useRouter();
  if (stored === null) return null;
  const isOwn = sameList(stored, pageRefs);
  const newToMe = pageRefs.filter((ref) => !stored.includes(ref));
  return (
    <div className="app-no-print">
      {isOwn ? (
        <p>This is the shortlist kept in this browser.</p>
      ) : newToMe.length > 0 ? (
        <p>
          This shortlist is not the one kept in this browser.{" "}
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            onClick={() => {
              const merged = [...stored, ...newToMe];
              saveShortlist(merged);
              router.replace(shortlistUrl(merged), { scroll: false });
            }}
          >
            Add{" "}
            {newToMe.length === pageRefs.length
              ? "these"
              : `the ${pluralise(newToMe.length, "new one")}`}{" "}
            to your shortlist
          </button>
        </p>
      ) : null}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => window.print()}
      >
        Print this shortlist
      </button>
    </div>
  );
}

// Which button to focus once the list has been redrawn in its new order.
let focusAfterMove: string | null = null;

/** Move up, move down and remove, on this browser's own shortlist only. */
export function ShortlistItemControls({
  reference,
  title,
  pageRefs,
  shownRefs,
}: {
  reference: string;
  title: string;
  /** Every reference in the link, gone ones included. */
  pageRefs: string[];
  /** The references of the examples shown, in order. */
  shownRefs: string[];
}) {
  const isOwn = useIsOwnShortlist(pageRefs);
  const router = useRouter();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const index = shownRefs.indexOf(reference);

  useEffect(() => {
    if (focusAfterMove === `up:${reference}`) upRef.current?.focus();
    if (focusAfterMove === `down:${reference}`) downRef.current?.focus();
    // The end of the list has no button in that direction: use the other.
    if (focusAfterMove?.endsWith(`:${reference}`)) {
      (upRef.current ?? downRef.current)?.focus();
      focusAfterMove = null;
    }
  }, [index, reference]);

  if (!isOwn) return null;

  function change(next: string[], focus: string | null) {
    focusAfterMove = focus;
    saveShortlist(next);
    router.replace(shortlistUrl(next), { scroll: false });
  }

  // Swaps places with the next example shown, stepping over any that are gone.
  function move(by: -1 | 1) {
    const neighbour = shownRefs[index + by];
    if (neighbour === undefined) return;
    const next = pageRefs.map((ref) =>
      ref === reference ? neighbour : ref === neighbour ? reference : ref,
    );
    change(next, `${by < 0 ? "up" : "down"}:${reference}`);
  }

  const named = <span className="nhsuk-u-visually-hidden"> ‘{title}’</span>;
  return (
    <div className="app-shortlist-controls app-no-print">
      {index > 0 ? (
        <button
          ref={upRef}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => move(-1)}
        >
          Move{named} up
        </button>
      ) : null}
      {index < shownRefs.length - 1 ? (
        <button
          ref={downRef}
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => move(1)}
        >
          Move{named} down
        </button>
      ) : null}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() =>
          change(
            pageRefs.filter((ref) => ref !== reference),
            null,
          )
        }
      >
        Remove{named}
      </button>
    </div>
  );
}

/** In the notice about gone examples: takes them off this browser's own shortlist. */
export function RemoveGoneReferences({
  pageRefs,
  shownRefs,
}: {
  pageRefs: string[];
  shownRefs: string[];
}) {
  const isOwn = useIsOwnShortlist(pageRefs);
  const router = useRouter();
  if (!isOwn) return null;
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
      onClick={() => {
        saveShortlist(shownRefs);
        router.replace(shortlistUrl(shownRefs), { scroll: false });
      }}
    >
      Remove them from your shortlist
    </button>
  );
}
