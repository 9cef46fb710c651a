import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { logger } from "@/app/logger";
import { signInWithSingleSignOn } from "@/db/accounts";
import { startSession, takeSingleSignOn } from "../../../session";
import {
  finishSignIn,
  providerConfiguration,
  singleSignOnSettings,
} from "../oidc";

export const dynamic = "force-dynamic";

const refused = (reason: string): never =>
  redirect(`/admin/sign-in/refused?reason=${reason}`);

/**
 * Back from the identity provider: its answer checked, then the account found or made from an
 * invitation. Anyone else gets a page saying what to do, and no account.
 */
export async function GET(request: NextRequest) {
  const settings = singleSignOnSettings();
  if (!settings) redirect("/admin/sign-in");
  const pending = await takeSingleSignOn();
  if (!pending) {
    logger.warn(
      { event: "sign_in.sso_refused", reason: "no sign-in was started here" },
      "Single sign-on answer refused",
    );
    return refused("failed");
  }
  // The address the provider was told to send people back to, with what it added.
  const callbackUrl = new URL(settings.callbackUrl);
  callbackUrl.search = request.nextUrl.search;
  let outcome;
  try {
    outcome = await finishSignIn(
      await providerConfiguration(settings),
      settings,
      callbackUrl,
      pending,
    );
  } catch (error) {
    logger.error(
      {
        event: "sign_in.sso_unavailable",
        reason: error instanceof Error ? error.message : String(error),
      },
      "The identity provider could not be reached",
    );
    redirect("/admin/sign-in?sso=unavailable");
  }
  if (outcome.kind === "refused") return refused(outcome.reason);
  const answer = await signInWithSingleSignOn(outcome);
  if (answer.kind !== "signed-in") {
    logger.info(
      { event: "sign_in.sso_not_invited", reason: answer.kind },
      "Single sign-on by someone without an invitation",
    );
    return refused("not-invited");
  }
  await startSession(answer.moderator.id, "single sign-on");
  logger.info(
    { event: "sign_in.succeeded", moderatorId: answer.moderator.id, sso: true },
    "Moderator signed in",
  );
  redirect(pending.returnTo);
}
