import type { Metadata } from "next";
import { backToExample, NoticePage } from "@/components/notice-page";
import { reportExists } from "@/db/moderation";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Report sent" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams<"reference">;
};

export default async function ReportSentPage({ params, searchParams }: Props) {
  const { reference } = await searchParams;
  const known =
    typeof reference === "string" &&
    /^TR-\d{4,}$/.test(reference) &&
    (await reportExists(reference));
  return (
    <NoticePage
      heading="Report sent"
      sent={{ reference: known ? reference : null }}
      whatNext={
        <p>
          A moderator will check your report before it is published under the
          example. If they have questions, they will email you at the address
          you gave.
        </p>
      }
      back={backToExample((await params).slug)}
    />
  );
}
