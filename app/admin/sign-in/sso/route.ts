import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { logger } from "@/app/logger";
import { rememberSingleSignOn, safeReturnPath } from "../../session";
import {
  providerConfiguration,
  singleSignOnSettings,
  startSignIn,
} from "./oidc";

export const dynamic = "force-dynamic";

/** "Sign in with NHSmail": off to the identity provider, remembering what its answer must match. */
export async function GET(request: NextRequest) {
  const settings = singleSignOnSettings();
  if (!settings) redirect("/admin/sign-in");
  const returnTo = safeReturnPath(request.nextUrl.searchParams.get("returnTo"));
  let configuration;
  try {
    configuration = await providerConfiguration(settings);
  } catch (error) {
    logger.error(
      {
        event: "sign_in.sso_unavailable",
        reason: error instanceof Error ? error.message : String(error),
      },
      "The identity provider could not be reached",
    );
    redirect(
      `/admin/sign-in?sso=unavailable&returnTo=${encodeURIComponent(returnTo)}`,
    );
  }
  const { url, pending } = await startSignIn(configuration, settings, returnTo);
  await rememberSingleSignOn(pending);
  redirect(url.href);
}
