import type { Metadata } from "next";
import { NoticePage } from "@/components/notice-page";

export const metadata: Metadata = { title: "Check your email" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ busy?: string | string[] }> };

/** The same for every address, known or not, so that nothing is learnt about anyone from it. */
export default async function CheckYourEmailPage({ searchParams }: Props) {
  const { busy } = await searchParams;
  return (
    <NoticePage
      heading="Check your email"
      back={{ href: "/examples", text: "Back to the examples" }}
    >
      {busy ? (
        <p>
          You have asked for several emails in the last few minutes. If you do
          not get one, try again in 10 minutes.
        </p>
      ) : (
        <p>
          We have sent you an email with a link to confirm. You will not get any
          emails about new examples until you select it.
        </p>
      )}
      <p>The link works for 7 days.</p>
      <p>
        If the email does not arrive within a few minutes, check your junk
        folder, or check the address you gave and ask again.
      </p>
    </NoticePage>
  );
}
