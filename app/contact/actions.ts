"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { logger } from "@/app/logger";
import { stopForwarding } from "@/db/mail";
import { tokenPattern } from "@/db/options";

const stopSchema = z.object({ token: z.string().regex(tokenPattern) });

/** "Stop these messages": a button, since mail scanners open links. */
export async function stopMessages(form: FormData): Promise<void> {
  const parsed = stopSchema.safeParse({ token: form.get("token") });
  if (!parsed.success || !(await stopForwarding(parsed.data.token)))
    redirect("/contact/stop/not-valid");
  logger.info(
    { event: "contact.forwarding-stopped" },
    "A team stopped messages from staff",
  );
  redirect(`/contact/stop/${parsed.data.token}`);
}
