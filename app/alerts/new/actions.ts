"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { honeypotField } from "@/app/forms/fields";
import type { ReplyTo } from "@/app/forms/form-reply";
import { answer, readForm } from "@/app/forms/read-form";
import { readSearchQuery } from "@/app/examples/search-params";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import { listThemeSlugs } from "@/db/catalogue";
import { subscribe } from "@/db/mail";
import { alertFiltersFrom, describeAlert } from "../filters";
import { alertRequestSchema } from "../schema";

type AlertReply = ReplyTo<typeof alertRequestSchema>;

const checkYourEmail = "/alerts/check-your-email";

/**
 * Asks for an alert on the search in the form's hidden `search` field: stores it unconfirmed and
 * emails a link to confirm. Everyone is sent to "check your email", whether or not the address
 * already had alerts, so the page tells nobody anything about an address.
 */
export async function requestAlert(
  _previous: AlertReply | undefined,
  form: FormData,
): Promise<AlertReply> {
  const client = clientAddress(await headers());
  if (form.get(honeypotField)) {
    logger.info({ event: "alert.honeypot" }, "Hidden field filled in");
    await spend("contact", client);
    redirect(checkYourEmail);
  }
  const submission = readForm(form, alertRequestSchema);
  if (submission.status !== "success")
    return answer(submission, alertRequestSchema);
  const { email, frequency } = submission.value;
  if ((await spend("contact", client)) !== null) {
    logger.info({ event: "alert.rate_limited" }, "Too many alert requests");
    redirect(`${checkYourEmail}?busy=1`);
  }
  const search = new URLSearchParams(String(form.get("search") ?? ""));
  const filters = alertFiltersFrom(
    readSearchQuery(search, await listThemeSlugs()),
  );
  await subscribe({
    email,
    filters,
    description: await describeAlert(filters),
    frequency,
  });
  logger.info(
    { event: "alert.requested", frequency },
    "Alert waiting for confirmation",
  );
  redirect(checkYourEmail);
}
