"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { logger } from "@/app/logger";
import { sendAgain } from "@/db/mail";
import { requireModerator } from "../session";

const emailPage = "/admin/email";

/** A failed message goes back in the outbox for another day of trying. */
export async function sendAgainAction(form: FormData): Promise<void> {
  const moderator = await requireModerator(emailPage);
  const parsed = z.coerce
    .number()
    .int()
    .positive()
    .safeParse(form.get("messageId"));
  if (!parsed.success) redirect(`${emailPage}?problem=missing`);
  const queued = await sendAgain(parsed.data);
  if (!queued) redirect(`${emailPage}?problem=missing`);
  logger.info(
    { event: "mail.send_again", id: parsed.data, moderatorId: moderator.id },
    "A moderator asked for a failed message to be sent again",
  );
  redirect(`${emailPage}?done=sent-again`);
}
