import type { Metadata } from "next";
import { backToExample, NoticePage } from "@/components/notice-page";

export const metadata: Metadata = { title: "Message sent" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export default async function MessageSentPage({ params }: Props) {
  return (
    <NoticePage
      heading="Message sent"
      sent={{ body: "We will email it to the team within a few minutes" }}
      whatNext={
        <>
          <p>
            The team will reply to the email address you gave, if they can. They
            may be busy with patients, so it can take a while.
          </p>
          <p>We do not get a copy of their reply.</p>
        </>
      }
      back={backToExample((await params).slug)}
    />
  );
}
