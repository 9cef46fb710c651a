import type { Metadata } from "next";
import { NoticePage } from "@/components/notice-page";

export const metadata: Metadata = { title: "Thank you" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ answer?: string | string[] }> };

export default async function ReviewThankYouPage({ searchParams }: Props) {
  const { answer } = await searchParams;
  return (
    <NoticePage heading="Thank you">
      <p>
        {answer === "running"
          ? "Your example now shows that it was confirmed as current today. We will ask again in 2 years."
          : "A moderator will review your example and may update or withdraw it."}
      </p>
    </NoticePage>
  );
}
