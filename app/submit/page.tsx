import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Submit an example" };

export default function SubmitPage() {
  return (
    <>
      <h1>Submit an example</h1>
      <p className="nhsuk-lede-text">
        We want to hear about innovation and improvement work in your trust, so
        that other NHS staff can learn from it.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          The online form for submitting examples is not open yet. Until it is,
          you can{" "}
          <Link href="/examples">search the examples already published</Link>.
        </p>
      </div>
      <h2>What happens to a submitted example</h2>
      <p>
        A moderator checks every example before it is published. Nothing you
        send is public until a moderator has approved it.
      </p>
    </>
  );
}
