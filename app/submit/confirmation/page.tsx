import type { Metadata } from "next";
import Link from "@/components/link";
import { NoticePage } from "@/components/notice-page";
import { submissionExists } from "@/db/moderation";

export const metadata: Metadata = { title: "Example submitted" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ reference?: string | string[] }> };

export default async function ConfirmationPage({ searchParams }: Props) {
  const { reference } = await searchParams;
  const known =
    typeof reference === "string" &&
    /^IX-\d{4,}$/.test(reference) &&
    (await submissionExists(reference));
  return (
    <NoticePage
      heading="Example submitted"
      sent={{ reference: known ? reference : null }}
      whatNext={
        <>
          <p>A moderator will check your example before it is published.</p>
          <p>
            They may change the wording so it is clear and fits the catalogue.
            If they have questions, they will email you at the address you gave.
          </p>
          <p>
            When it is approved, your example will appear in{" "}
            <Link href="/examples">search</Link> and on its own page. It will
            not be published if it contains patient information or cannot be
            shared.
          </p>
          {known ? (
            <p>
              Keep your reference number in case you need to ask about your
              example.
            </p>
          ) : null}
        </>
      }
      back={{ href: "/submit", text: "Submit another example" }}
    />
  );
}
