"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  fieldErrorsInOrder,
  formValues,
  honeypotField,
  type FormValues,
} from "@/app/forms/fields";
import { readSearchQuery } from "@/app/examples/search-params";
import { logger } from "@/app/logger";
import { clientAddress, spend } from "@/app/rate-limits";
import type { FieldError } from "@/components/error-summary";
import { listThemeSlugs } from "@/db/catalogue";
import { subscribe } from "@/db/mail";
import { alertFiltersFrom, describeAlert } from "../filters";
import { alertFieldOrder, alertRequestSchema } from "../schema";

export type AlertRequestState = { errors: FieldError[]; values: FormValues };

const checkYourEmail = "/alerts/check-your-email";

/**
 * Asks for an alert on the search in the form's hidden `search` field: stores it unconfirmed and
 * emails a link to confirm. Everyone is sent to "check your email", whether or not the address
 * already had alerts, so the page tells nobody anything about an address.
 */
export async function requestAlert(
  _previous: AlertRequestState,
  form: FormData,
): Promise<AlertRequestState> {
  const values = formValues(form);
  const client = clientAddress(await headers());
  if (values[honeypotField]) {
    logger.info({ event: "alert.honeypot" }, "Hidden field filled in");
    await spend("contact", client);
    redirect(checkYourEmail);
  }
  const parsed = alertRequestSchema.safeParse(values);
  if (!parsed.success)
    return {
      errors: fieldErrorsInOrder(parsed.error, undefined, alertFieldOrder),
      values,
    };
  if ((await spend("contact", client)) !== null) {
    logger.info({ event: "alert.rate_limited" }, "Too many alert requests");
    redirect(`${checkYourEmail}?busy=1`);
  }
  const search = new URLSearchParams(String(values.search ?? ""));
  const filters = alertFiltersFrom(
    readSearchQuery(search, await listThemeSlugs()),
  );
  await subscribe({
    email: parsed.data.email,
    filters,
    description: await describeAlert(filters),
    frequency: parsed.data.frequency,
  });
  logger.info(
    { event: "alert.requested", frequency: parsed.data.frequency },
    "Alert waiting for confirmation",
  );
  redirect(checkYourEmail);
}
