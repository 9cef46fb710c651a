import type { Metadata } from "next";
import Link from "@/components/link";
import { LinkButton } from "@/components/link-button";
import { NoticePage } from "@/components/notice-page";
import { findReviewQuestion } from "@/db/mail";
import { answerReview } from "../actions";
import type { SearchParams } from "@/app/search-params";
import { TwoThirds } from "@/components/two-thirds";

export const metadata: Metadata = { title: "Is this example still running?" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: SearchParams<"answer">;
};

/** /reviews/[token]: where "Is this still running?" is answered, from the links in its email. */
export default async function ReviewQuestionPage({
  params,
  searchParams,
}: Props) {
  const { token } = await params;
  const { answer } = await searchParams;
  const example = await findReviewQuestion(token);
  if (!example)
    return (
      <NoticePage heading="This link does not work">
        <p>
          It may already have been used, or the question has passed to a
          moderator because it was not answered within 30 days.
        </p>
      </NoticePage>
    );
  return (
    <TwoThirds>
      <span className="nhsuk-caption-l">{example.reference}</span>
      <h1>Is ‘{example.title}’ still running?</h1>
      <p>
        So that staff can trust what they find, we ask each example&apos;s team
        every 2 years.{" "}
      </p>
      <p>
        <Link href={`/examples/${example.slug}`}>
          Read the example as it is published
        </Link>
      </p>
      {answer !== "stopped" ? (
        <LinkButton action={answerReview} token={token} answer="running">
          Yes, it is still running
        </LinkButton>
      ) : null}
      {answer !== "running" ? (
        <LinkButton
          action={answerReview}
          token={token}
          answer="stopped"
          look={answer !== "stopped" ? "secondary" : undefined}
        >
          No, it has stopped
        </LinkButton>
      ) : null}
    </TwoThirds>
  );
}
