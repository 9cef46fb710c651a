"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { logger } from "@/app/logger";
import { answerReviewQuestion } from "@/db/mail";
import { tokenPattern } from "@/db/options";

const answerSchema = z.object({
  token: z.string().regex(tokenPattern),
  answer: z.enum(["running", "stopped"]),
});

/** The team's answer to "Is this still running?": a button, since mail scanners open links. */
export async function answerReview(form: FormData): Promise<void> {
  const parsed = answerSchema.safeParse({
    token: form.get("token"),
    answer: form.get("answer"),
  });
  if (
    !parsed.success ||
    !(await answerReviewQuestion(parsed.data.token, parsed.data.answer))
  )
    redirect("/reviews/not-valid");
  logger.info(
    { event: "review.answered", answer: parsed.data.answer },
    "A team answered its review question",
  );
  redirect(`/reviews/thank-you?answer=${parsed.data.answer}`);
}
