"use server";

import { redirect } from "next/navigation";
import { findActiveModerator, hasSecondFactor } from "@/db/accounts";
import { enrolFromForm, type TurnOnReply } from "../../account/two-step/enrol";
import { finishSigningIn, pendingSecondStep } from "../../session";

/** The admin part-way through signing in, whose password was right a moment ago. */
async function pendingAdmin() {
  const moderatorId = await pendingSecondStep("set-up");
  const moderator = moderatorId ? await findActiveModerator(moderatorId) : null;
  if (!moderator) redirect("/admin/sign-in");
  return moderator;
}

/**
 * An admin who has just given the right password turns on two-step sign-in, which admins must
 * have, and is shown their recovery codes. No cookie changes here, so the page stays as it is.
 */
export async function setUpTwoStepToSignIn(
  _previous: TurnOnReply | undefined,
  form: FormData,
): Promise<TurnOnReply> {
  return enrolFromForm(await pendingAdmin(), form);
}

/**
 * They have saved their recovery codes: now they are signed in. Only from the set-up step, begun
 * when the account had no second factor, so a password alone cannot skip the code.
 */
export async function finishSettingUp(form: FormData): Promise<void> {
  const moderator = await pendingAdmin();
  if (!(await hasSecondFactor(moderator.id))) redirect("/admin/sign-in");
  return finishSigningIn("set-up", moderator.id, form.get("returnTo"));
}
