import type { Metadata } from "next";
import Link from "@/components/link";
import { NoticePage } from "@/components/notice-page";
import { PageNotFound } from "@/components/page-not-found";
import { findForwardingStop } from "@/db/mail";
import { stopMessages } from "../../actions";
import { LinkButton } from "@/components/link-button";
import { TwoThirds } from "@/components/two-thirds";

export const metadata: Metadata = { title: "Stop messages from staff" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/**
 * /contact/stop/[token]: from the link in each message forwarded to a team, where the team stops
 * staff's messages about that example (or report). The team's own page (issue 40) will hold this
 * choice with the rest of its example.
 */
export default async function StopMessagesPage({ params }: Props) {
  const { token } = await params;
  const stop = await findForwardingStop(token);
  if (!stop) return <PageNotFound />;
  const about =
    stop.kind === "example"
      ? `your example ‘${stop.exampleTitle}’`
      : `your report of trying ‘${stop.exampleTitle}’`;
  const exampleLink = (
    <p>
      <Link
        href={`/examples/${stop.exampleSlug}${stop.kind === "report" ? "#tried-elsewhere" : ""}`}
      >
        Go to {stop.exampleTitle}
      </Link>
    </p>
  );
  if (!stop.forwarding)
    return (
      <NoticePage heading="Messages from staff have stopped">
        <p>
          Staff can no longer send you messages through this site about {about}{" "}
          ({stop.reference}).
        </p>
        <p>
          If you chose to show your name and email address beside it, they are
          still shown.
        </p>
        {exampleLink}
      </NoticePage>
    );
  return (
    <TwoThirds>
      <h1>Stop messages from staff</h1>
      <p>
        Staff who read {about} ({stop.reference}) can send you a message through
        this site, which we forward to you. If you stop this, they can no longer
        do that.
      </p>
      {exampleLink}
      <LinkButton action={stopMessages} token={token} look="warning">
        Stop messages from staff
      </LinkButton>
    </TwoThirds>
  );
}
