import type { Metadata } from "next";
import Link from "@/components/link";
import { NoticePage } from "@/components/notice-page";
import { findReviewQuestion } from "@/db/mail";
import { answerReview } from "../actions";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Is this example still running?" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: SearchParams<"answer">;
};

function AnswerButton({
  token,
  answer,
  label,
  secondary,
}: {
  token: string;
  answer: "running" | "stopped";
  label: string;
  secondary?: boolean;
}) {
  return (
    <form action={answerReview}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="answer" value={answer} />
      <button
        className={`nhsuk-button${secondary ? " nhsuk-button--secondary" : ""}`}
        data-module="nhsuk-button"
        type="submit"
      >
        {label}
      </button>
    </form>
  );
}

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
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <span className="nhsuk-caption-l">{example.reference}</span>
        <h1>Is ‘{example.title}’ still running?</h1>
        <p>
          So that staff can trust what they find, we ask each example&apos;s
          team every 2 years.{" "}
        </p>
        <p>
          <Link href={`/examples/${example.slug}`}>
            Read the example as it is published
          </Link>
        </p>
        {answer !== "stopped" ? (
          <AnswerButton
            token={token}
            answer="running"
            label="Yes, it is still running"
          />
        ) : null}
        {answer !== "running" ? (
          <AnswerButton
            token={token}
            answer="stopped"
            label="No, it has stopped"
            secondary={answer !== "stopped"}
          />
        ) : null}
      </div>
    </div>
  );
}
