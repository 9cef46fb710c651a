import Link from "@/components/link";
import type { ReactNode } from "react";

/**
 * A short page that tells someone where they stand (done, not valid, check your email), in one
 * readable column, with a way back to the examples.
 */
export function NoticePage({
  heading,
  children,
  back = { href: "/examples", text: "Search the examples" },
}: {
  heading: string;
  children: ReactNode;
  back?: { href: string; text: string };
}) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{heading}</h1>
        {children}
        <p>
          <Link href={back.href}>{back.text}</Link>
        </p>
      </div>
    </div>
  );
}
