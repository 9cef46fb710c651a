import Link from "@/components/link";
import type { ReactNode } from "react";
import { SentPanel } from "./sent-panel";
import { TwoThirds } from "./two-thirds";

/** "Back to the example" under a form's outcome. */
export const backToExample = (slug: string) => ({
  href: `/examples/${encodeURIComponent(slug)}`,
  text: "Back to the example",
});

/**
 * A short page that tells someone where they stand (done, not valid, check your email, sent, too
 * many), in one readable column, with a way back. After a form: `sent` shows NHS.UK's confirmation
 * panel (with the reference when it names something stored), and `whatNext` says what happens now.
 */
export function NoticePage({
  heading,
  children,
  sent,
  whatNext,
  back = { href: "/examples", text: "Search the examples" },
}: {
  heading: string;
  children?: ReactNode;
  sent?: { reference?: string | null; body?: string };
  whatNext?: ReactNode;
  back?: { href: string; text: string };
}) {
  return (
    <TwoThirds>
      {sent ? (
        <SentPanel
          heading={heading}
          reference={sent.reference ?? null}
          body={sent.body}
        />
      ) : (
        <h1>{heading}</h1>
      )}
      {whatNext ? (
        <>
          <h2>What happens next</h2>
          {whatNext}
        </>
      ) : null}
      {children}
      <p>
        <Link href={back.href}>{back.text}</Link>
      </p>
    </TwoThirds>
  );
}
