import type { Metadata } from "next";
import Link from "@/components/link";
import { contactMessagesPerDay } from "@/db/mail";

export const metadata: Metadata = { title: "Message not sent" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ from?: string | string[] }>;
};

/** Shown when a client has sent too many messages, or a team has had its day's share; status 429. */
export default async function TooManyMessagesPage({
  params,
  searchParams,
}: Props) {
  const { slug } = await params;
  const { from } = await searchParams;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Your message has not been sent</h1>
        {from === "team" ? (
          <p>
            This team has already had {contactMessagesPerDay} messages today,
            which is as many as we send to one team in a day. Try again
            tomorrow.
          </p>
        ) : (
          <p>
            You have sent 5 messages in the last 10 minutes. Try again in 10
            minutes.
          </p>
        )}
        <p>
          Your browser&apos;s back button should take you back to your message,
          so you can copy it and send it later.
        </p>
        <p>
          <Link href={`/examples/${encodeURIComponent(slug)}`}>
            Back to the example
          </Link>
        </p>
      </div>
    </div>
  );
}
