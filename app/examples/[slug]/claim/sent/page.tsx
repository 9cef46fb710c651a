import type { Metadata } from "next";
import { backToExample, NoticePage } from "@/components/notice-page";
import { getClaimForReview } from "@/db/moderation";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Claim sent" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams<"reference">;
};

export default async function ClaimSentPage({ params, searchParams }: Props) {
  const { reference } = await searchParams;
  const known =
    typeof reference === "string" &&
    /^CL-\d{4,}$/.test(reference) &&
    (await getClaimForReview(reference)) !== null;
  return (
    <NoticePage
      heading="Claim sent"
      sent={{ reference: known ? reference : null }}
      whatNext={
        <p>
          We have sent you an email to say we have your claim. A moderator will
          check it, and may email you to ask about your part in the work. We
          will email you when they have decided.
        </p>
      }
      back={backToExample((await params).slug)}
    />
  );
}
