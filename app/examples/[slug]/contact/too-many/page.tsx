import type { Metadata } from "next";
import { backToExample, NoticePage } from "@/components/notice-page";
import { contactMessagesPerDay } from "@/db/mail";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Message not sent" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams<"from">;
};

/** Shown when a client has sent too many messages, or a team has had its day's share; status 429. */
export default async function TooManyMessagesPage({
  params,
  searchParams,
}: Props) {
  const { from } = await searchParams;
  return (
    <NoticePage
      heading="Your message has not been sent"
      back={backToExample((await params).slug)}
    >
      {from === "team" ? (
        <p>
          This team has already had {contactMessagesPerDay} messages today,
          which is as many as we send to one team in a day. Try again tomorrow.
        </p>
      ) : (
        <p>
          You have sent 5 messages in the last 10 minutes. Try again in 10
          minutes.
        </p>
      )}
      <p>
        Your browser&apos;s back button should take you back to your message, so
        you can copy it and send it later.
      </p>
    </NoticePage>
  );
}
