"use server";

import { redirect } from "next/navigation";
import { logger } from "@/app/logger";
import { endOtherSessions } from "@/db/accounts";
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
