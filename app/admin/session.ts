import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import {
  createSession,
  deleteSession,
  describeBrowser,
  findSignInStep,
  getSessionModerator,
  hasSecondFactor,
  startSignInStep,
  takeSignInStep,
  type ModeratorProfile,
} from "@/db/accounts";
import type { SecondStep } from "@/db/options";
import { logger } from "@/app/logger";
import { env } from "@/env";
import { moderatorSessionCookie } from "@/server/bridge.mjs";
import type { PendingSignIn } from "./sign-in/sso/oidc";

// Named in server/bridge.mjs, where server.mjs reads it too: its holders never get a kept page.
export const cookieName = moderatorSessionCookie;

// Without SESSION_SECRET, a key made at start: sessions then end when the server restarts.
const keyHolder = globalThis as unknown as { sessionKey?: string };
const signingKey =
  env.SESSION_SECRET ??
  (keyHolder.sessionKey ??= randomBytes(32).toString("hex"));

function signature(token: string) {
  return createHmac("sha256", signingKey).update(token).digest("base64url");
}

/** The session token in a cookie value, if its signature is ours. */
function verifiedToken(value: string | undefined): string | null {
  const [token, signed] = value?.split(".") ?? [];
  if (!token || !signed) return null;
  const expected = Buffer.from(signature(token));
  const actual = Buffer.from(signed);
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? token
    : null;
}

/** The moderator whose session a cookie value holds, or null (proxy.ts reads the cookie itself). */
export async function moderatorForSessionCookie(
  value: string | undefined,
): Promise<ModeratorProfile | null> {
  const token = verifiedToken(value);
  return token ? await getSessionModerator(token) : null;
}

/** The signed-in moderator, or null. */
export async function currentModerator(): Promise<ModeratorProfile | null> {
  return moderatorForSessionCookie((await cookies()).get(cookieName)?.value);
}

/** The signed-in moderator with the token of this browser's session, for the sessions page. */
export async function currentSession(
  returnTo: string,
): Promise<{ moderator: ModeratorProfile; token: string }> {
  const token = verifiedToken((await cookies()).get(cookieName)?.value);
  const moderator = token ? await getSessionModerator(token) : null;
  if (!token || !moderator)
    redirect(`/admin/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return { moderator, token };
}

/**
 * The signed-in moderator; anyone else is sent to sign in, then brought back to `returnTo`.
 * Every admin page and admin action calls this first.
 */
export async function requireModerator(
  returnTo = "/admin",
): Promise<ModeratorProfile> {
  const moderator = await currentModerator();
  if (!moderator)
    redirect(`/admin/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return moderator;
}

/**
 * The signed-in admin. A moderator who is not one gets "page not found", as anyone would for a
 * page that is not there: nothing says that admin pages exist.
 */
export async function requireAdmin(
  returnTo: string,
): Promise<ModeratorProfile> {
  const moderator = await requireModerator(returnTo);
  if (moderator.role !== "admin") notFound();
  return moderator;
}

/**
 * Signs a moderator in: a new session (the one this browser had, if any, ends, so a token known
 * before sign-in is worthless after it) in a signed, httpOnly, SameSite=Lax cookie.
 */
export async function startSession(
  moderatorId: number,
  /** For the account's history when it was not a password: "single sign-on". */
  how?: string,
): Promise<void> {
  const jar = await cookies();
  const previous = verifiedToken(jar.get(cookieName)?.value);
  if (previous) await deleteSession(previous);
  const browser = describeBrowser((await headers()).get("user-agent"));
  const { token, expiresAt } = await createSession(
    moderatorId,
    browser,
    new Date(),
    how,
  );
  jar.set(cookieName, `${token}.${signature(token)}`, {
    httpOnly: true,
    sameSite: "lax",
    // Browsers drop Secure cookies over plain http, so this follows the site's own address.
    secure: env.SITE_URL.startsWith("https:"),
    path: "/admin",
    expires: expiresAt,
  });
}

/** Signs the moderator out: the session ends on the server as well as in the browser. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = verifiedToken(jar.get(cookieName)?.value);
  if (token) await deleteSession(token);
  jar.delete({ name: cookieName, path: "/admin" });
}

/** A safe place to return to after signing in: an admin page on this site, nothing else. */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" &&
    /^\/admin(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(value)
    ? value
    : "/admin";
}

/** The cookie that carries a correct password to the second step, for 5 minutes. */
const secondStepCookie = "moderator_second_step";

export type { SecondStep };

/**
 * The password was right: remember who and which step comes next, for 5 minutes, in a signed
 * cookie whose token the database knows (by its hash) and forgets when the step is done, so a
 * copy of the cookie is worthless afterwards. No session exists until the step is done.
 */
export async function startSecondStep(
  moderatorId: number,
  step: SecondStep,
): Promise<void> {
  const jar = await cookies();
  const previous = verifiedToken(jar.get(secondStepCookie)?.value);
  if (previous) await takeSignInStep(previous);
  const { token, expiresAt } = await startSignInStep(moderatorId, step);
  jar.set(secondStepCookie, `${token}.${signature(token)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.SITE_URL.startsWith("https:"),
    path: "/admin",
    expires: expiresAt,
  });
}

/** Whose password was right a moment ago, on their way through this step, or null. */
export async function pendingSecondStep(
  step: SecondStep,
): Promise<number | null> {
  const token = verifiedToken((await cookies()).get(secondStepCookie)?.value);
  return token ? findSignInStep(token, step) : null;
}

/**
 * The second step is done: the cookie goes, and its token works no more. Returns whom it carried
 * through `step`, or null if it was used already (a copy of the cookie, posted again) or expired.
 */
export async function finishSecondStep(
  step: SecondStep,
): Promise<number | null> {
  const jar = await cookies();
  const token = verifiedToken(jar.get(secondStepCookie)?.value);
  jar.delete({ name: secondStepCookie, path: "/admin" });
  return token ? takeSignInStep(token, step) : null;
}

/**
 * The second step of `moderatorId`'s sign-in is done: end it (once only: a second post of the
 * same cookie, however quick, signs nobody in), start their session, and go where they were going.
 */
export async function finishSigningIn(
  step: SecondStep,
  moderatorId: number,
  returnTo: FormDataEntryValue | null,
): Promise<never> {
  if ((await finishSecondStep(step)) !== moderatorId)
    redirect("/admin/sign-in");
  await startSession(moderatorId);
  logger.info(
    { event: "sign_in.succeeded", moderatorId, secondStep: step },
    "Moderator signed in",
  );
  redirect(safeReturnPath(returnTo));
}

/** Admins who sign in with a password must give a code from an app as well. */
export function mustUseTwoStep(moderator: Pick<ModeratorProfile, "role">) {
  return moderator.role === "admin";
}

/**
 * The password was right: ask for a security code if the account has two-step sign-in, have an
 * admin set it up first if they have not (admins must have it), or sign a moderator in.
 */
export async function continueAfterPassword(
  moderator: Pick<ModeratorProfile, "id" | "role">,
  returnTo: string,
): Promise<never> {
  const query = `?returnTo=${encodeURIComponent(returnTo)}`;
  if (await hasSecondFactor(moderator.id)) {
    await startSecondStep(moderator.id, "code");
    redirect(`/admin/sign-in/code${query}`);
  }
  if (mustUseTwoStep(moderator)) {
    await startSecondStep(moderator.id, "set-up");
    redirect(`/admin/sign-in/set-up${query}`);
  }
  await startSession(moderator.id);
  redirect(returnTo);
}

/** The cookie that carries single sign-on's state, nonce and PKCE verifier to the callback. */
const singleSignOnCookie = "moderator_sso";
const singleSignOnLength = 10 * 60 * 1000;

/** Leaving for the identity provider: remember, signed, what its answer must match. */
export async function rememberSingleSignOn(
  pending: PendingSignIn,
): Promise<void> {
  const value = Buffer.from(JSON.stringify(pending)).toString("base64url");
  (await cookies()).set(singleSignOnCookie, `${value}.${signature(value)}`, {
    httpOnly: true,
    // Lax: the provider sends the person back with a top-level GET, which Lax cookies go with.
    sameSite: "lax",
    secure: env.SITE_URL.startsWith("https:"),
    path: "/admin/sign-in/sso",
    maxAge: singleSignOnLength / 1000,
  });
}

/** Back from the provider: what was remembered, used once (the cookie goes), or null. */
export async function takeSingleSignOn(): Promise<PendingSignIn | null> {
  const jar = await cookies();
  const value = verifiedToken(jar.get(singleSignOnCookie)?.value);
  jar.delete({ name: singleSignOnCookie, path: "/admin/sign-in/sso" });
  if (!value) return null;
  try {
    const pending = JSON.parse(Buffer.from(value, "base64url").toString());
    return typeof pending?.state === "string" &&
      typeof pending.nonce === "string" &&
      typeof pending.codeVerifier === "string"
      ? { ...pending, returnTo: safeReturnPath(pending.returnTo) }
      : null;
  } catch {
    return null;
  }
}
