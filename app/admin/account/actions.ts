"use server";

import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import { z } from "zod";
import { chooseWaitingWorkEmails, endOtherSessions } from "@/db/accounts";
import { keysOf } from "@/app/forms/fields";
import { waitingWorkEmails } from "@/db/options";
import { currentSession } from "../session";

/** Ends every session of the signed-in person but this browser's. */
export async function signOutElsewhere(): Promise<void> {
  const { moderator, token } = await currentSession("/admin/account");
  const ended = await endOtherSessions(moderator.id, token);
  logger.info(
    { event: "account.signed_out_elsewhere", moderatorId: moderator.id, ended },
    "Signed out everywhere else",
  );
  redirect("/admin/account?done=signed-out-elsewhere");
}

const waitingChoice = z.enum(keysOf(waitingWorkEmails));

/** Which emails about waiting work the signed-in person gets. */
export async function chooseEmails(form: FormData): Promise<void> {
  const { moderator } = await currentSession("/admin/account");
  const parsed = waitingChoice.safeParse(form.get("waitingWorkEmails"));
  if (!parsed.success) redirect("/admin/account?problem=emails");
  await chooseWaitingWorkEmails(moderator.id, parsed.data);
  redirect("/admin/account?done=emails");
}
