"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { logger } from "@/app/logger";
import {
  changeAlertFrequency,
  confirmSubscription,
  unsubscribe,
} from "@/db/mail";
import { tokenPattern } from "@/db/options";
import { frequencyField } from "./schema";

const token = z.string().regex(tokenPattern);

/** Confirms an alert from its email's link: a button, since mail scanners open links by themselves. */
export async function confirmAlert(form: FormData): Promise<void> {
  const parsed = token.safeParse(form.get("token"));
  const confirmed = parsed.success
    ? await confirmSubscription(parsed.data)
    : null;
  if (!confirmed) redirect("/alerts/confirm/not-valid");
  logger.info({ event: "alert.confirmed" }, "Alert confirmed");
  redirect(`/alerts/manage/${parsed.data}?done=confirmed`);
}

export async function changeFrequency(form: FormData): Promise<void> {
  const parsed = z
    .object({ token, frequency: frequencyField })
    .safeParse({ token: form.get("token"), frequency: form.get("frequency") });
  if (!parsed.success) {
    // Only a token of ours goes back into the address; anything else is not a link of ours.
    const sent = token.safeParse(form.get("token"));
    redirect(
      sent.success
        ? `/alerts/manage/${sent.data}?problem=frequency`
        : "/alerts/manage/not-valid",
    );
  }
  const changed = await changeAlertFrequency(
    parsed.data.token,
    parsed.data.frequency,
  );
  if (!changed) redirect("/alerts/manage/not-valid");
  redirect(`/alerts/manage/${parsed.data.token}?done=frequency`);
}

export async function stopAlert(form: FormData): Promise<void> {
  const parsed = token.safeParse(form.get("token"));
  if (parsed.success && (await unsubscribe(parsed.data)))
    logger.info({ event: "alert.stopped" }, "Alert stopped");
  redirect("/alerts/unsubscribed");
}
