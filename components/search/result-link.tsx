"use client";

import Link from "@/components/link";

/**
 * A result's link that says, when followed, which example was opened from which position (for
 * search insights, db/insights). Without JavaScript the browser sends the link's `ping`; with it,
 * Next.js navigates in the page (the browser then sends no ping), so a beacon goes instead.
 */
export function ResultLink({
  href,
  ping,
  children,
}: {
  href: string;
  ping: string;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      ping={ping}
      onClick={(event) => {
        // A new tab or window is a real navigation, which sends the ping itself.
        if (
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return;
        navigator.sendBeacon?.(ping);
      }}
    >
      {children}
    </Link>
  );
}
