"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { logger } from "@/app/logger";
import { confirmStillCurrent, getExampleForReview } from "@/db/moderation";
import { endSession, requireModerator } from "./session";

/** Ends the moderator's session and shows the sign-in page. */
export async function signOut(): Promise<void> {
  await endSession();
  redirect("/admin/sign-in");
}

/** An example due for review is still current: confirmed today, due again in two years. */
export async function confirmCurrentAction(form: FormData): Promise<void> {
  const parsed = z
    .string()
    .regex(/^IX-\d{4,}$/)
    .safeParse(form.get("reference"));
  const reviewPage = `/admin/examples/${parsed.success ? parsed.data : ""}`;
  const moderator = await requireModerator(reviewPage);
  const example = parsed.success
    ? await getExampleForReview(parsed.data)
    : null;
  if (example)
    await confirmStillCurrent({ id: example.id, moderatorId: moderator.id });
  logger.info(
    { event: "moderation.confirmed_current", reference: example?.reference },
    "Confirmed as current",
  );
  redirect(parsed.success ? reviewPage : "/admin");
}
