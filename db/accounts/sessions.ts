import "server-only";
import Bowser from "bowser";
import { and, desc, eq, gt, isNull, lte, ne, or } from "drizzle-orm";
import { digest, newToken } from "@/db/core/tokens";
import type { SecondStep } from "@/db/options";
import { db, transaction } from "@/db/core/client";
import { moderators, moderatorSessions, signInSteps } from "@/db/core/schema";
import {
  profileColumns,
  recordAccountEvent,
  type ModeratorProfile,
} from "./moderators";

import { idleTimeout, sessionLength } from "./session-times";

export { idleTimeout, sessionLength };

/** A session's last use is written at most this often, not on every page. */
const lastSeenPrecision = 60 * 1000;

/** "Firefox on Windows": enough to recognise a session, too little to tell a person apart. */
export function describeBrowser(userAgent: string | null | undefined): string {
  // Bowser throws on an empty user agent, and a client may send none at all.
  if (!userAgent?.trim()) return unknownBrowser;
  let parsed: Bowser.Parser.ParsedResult;
  try {
    parsed = Bowser.parse(userAgent);
  } catch {
    return unknownBrowser;
  }
  const browser = parsed.browser.name;
  const system = parsed.os.name;
  if (browser && system) return `${browser} on ${system}`;
  return browser || system || unknownBrowser;
}

const unknownBrowser = "An unknown browser";

/**
 * Starts a session and returns its token; only the token's hash is stored. Signing in always
 * makes a new token (and the caller ends the one the browser had), so a token known before sign-in
 * is worth nothing after it.
 */
export async function createSession(
  moderatorId: number,
  browser: string,
  now = new Date(),
  /** How, for the account's history when it is not a password: "single sign-on". */
  how?: string,
): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash: tokenHash } = newToken(32);
  const expiresAt = new Date(now.getTime() + sessionLength);
  await transaction(async (tx) => {
    await tx
      .delete(moderatorSessions)
      .where(
        or(
          lte(moderatorSessions.expiresAt, now),
          lte(
            moderatorSessions.lastSeenAt,
            new Date(now.getTime() - idleTimeout),
          ),
        ),
      );
    await tx.insert(moderatorSessions).values({
      tokenHash,
      moderatorId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      browser,
    });
    await tx
      .update(moderators)
      .set({ lastSignedInAt: now })
      .where(eq(moderators.id, moderatorId));
    await recordAccountEvent(
      tx,
      { moderatorId, action: "signed_in", detail: how },
      now,
    );
  });
  return { token, expiresAt };
}

/**
 * The moderator signed in with this token, or null if the session is unknown, older than 8 hours,
 * unused for 30 minutes or its account was removed. Using it keeps it alive.
 */
export async function getSessionModerator(
  token: string,
  now = new Date(),
): Promise<ModeratorProfile | null> {
  const tokenHash = digest(token);
  const [session] = await db()
    .select({ ...profileColumns, lastSeenAt: moderatorSessions.lastSeenAt })
    .from(moderatorSessions)
    .innerJoin(moderators, eq(moderators.id, moderatorSessions.moderatorId))
    .where(
      and(
        eq(moderatorSessions.tokenHash, tokenHash),
        gt(moderatorSessions.expiresAt, now),
        gt(moderatorSessions.lastSeenAt, new Date(now.getTime() - idleTimeout)),
        isNull(moderators.removedAt),
      ),
    );
  if (!session) return null;
  const { lastSeenAt, ...moderator } = session;
  if (now.getTime() - lastSeenAt.getTime() >= lastSeenPrecision)
    await transaction((tx) =>
      tx
        .update(moderatorSessions)
        .set({ lastSeenAt: now })
        .where(eq(moderatorSessions.tokenHash, tokenHash)),
    );
  return moderator;
}

/** Ends a session, for signing out. */
export async function deleteSession(token: string): Promise<void> {
  await transaction((tx) =>
    tx
      .delete(moderatorSessions)
      .where(eq(moderatorSessions.tokenHash, digest(token))),
  );
}

export type SessionSummary = {
  browser: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session of the browser asking. */
  current: boolean;
};

/** A person's open sessions, the newest first. */
export async function listSessions(
  moderatorId: number,
  currentToken: string,
  now = new Date(),
): Promise<SessionSummary[]> {
  const rows = await db()
    .select({
      tokenHash: moderatorSessions.tokenHash,
      browser: moderatorSessions.browser,
      createdAt: moderatorSessions.createdAt,
      lastSeenAt: moderatorSessions.lastSeenAt,
    })
    .from(moderatorSessions)
    .where(
      and(
        eq(moderatorSessions.moderatorId, moderatorId),
        gt(moderatorSessions.expiresAt, now),
        gt(moderatorSessions.lastSeenAt, new Date(now.getTime() - idleTimeout)),
      ),
    )
    .orderBy(desc(moderatorSessions.lastSeenAt));
  const current = digest(currentToken);
  return rows.map(({ tokenHash, ...row }) => ({
    ...row,
    current: tokenHash === current,
  }));
}

/** "Sign out everywhere else": every session of this person but the one asking. Returns how many. */
export function endOtherSessions(
  moderatorId: number,
  currentToken: string,
): Promise<number> {
  return transaction(async (tx) => {
    const ended = await tx
      .delete(moderatorSessions)
      .where(
        and(
          eq(moderatorSessions.moderatorId, moderatorId),
          ne(moderatorSessions.tokenHash, digest(currentToken)),
        ),
      )
      .returning({ tokenHash: moderatorSessions.tokenHash });
    await recordAccountEvent(tx, {
      moderatorId,
      action: "signed_out_elsewhere",
    });
    return ended.length;
  });
}

/** An admin ends every session of someone else, at once on every instance. */
export function endAllSessions(input: {
  moderatorId: number;
  actorId: number;
}): Promise<number> {
  return transaction(async (tx) => {
    const ended = await tx
      .delete(moderatorSessions)
      .where(eq(moderatorSessions.moderatorId, input.moderatorId))
      .returning({ tokenHash: moderatorSessions.tokenHash });
    await recordAccountEvent(tx, {
      moderatorId: input.moderatorId,
      actorId: input.actorId,
      action: "sessions_ended",
    });
    return ended.length;
  });
}

/** How long the second step of signing in may take, from the right password. */
export const secondStepLength = 5 * 60 * 1000;

/**
 * The password was right: a token for the browser's cookie that carries this person to the
 * second step (a code, or setting up two-step sign-in). Only its hash is stored, and it works
 * once: finishing the step (or a new sign-in) deletes it.
 */
export async function startSignInStep(
  moderatorId: number,
  step: SecondStep,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = newToken(32);
  const expiresAt = new Date(now.getTime() + secondStepLength);
  await transaction(async (tx) => {
    await tx.delete(signInSteps).where(lte(signInSteps.expiresAt, now));
    await tx
      .insert(signInSteps)
      .values({ tokenHash: hash, moderatorId, step, expiresAt });
  });
  return { token, expiresAt };
}

/** Who a second step's token carries, if it is for this step, not used and not expired; or null. */
export async function findSignInStep(
  token: string,
  step: SecondStep,
  now = new Date(),
): Promise<number | null> {
  const [found] = await db()
    .select({ moderatorId: signInSteps.moderatorId })
    .from(signInSteps)
    .innerJoin(moderators, eq(moderators.id, signInSteps.moderatorId))
    .where(
      and(
        eq(signInSteps.tokenHash, digest(token)),
        eq(signInSteps.step, step),
        gt(signInSteps.expiresAt, now),
        isNull(moderators.removedAt),
      ),
    );
  return found?.moderatorId ?? null;
}

/**
 * The second step is over, one way or the other: its token works no more. Returns who it carried
 * if it was for this step and still current, so that only one of two posts of the same cookie
 * can finish signing in.
 */
export async function takeSignInStep(
  token: string,
  step?: SecondStep,
  now = new Date(),
): Promise<number | null> {
  return transaction(async (tx) => {
    const [taken] = await tx
      .delete(signInSteps)
      .where(eq(signInSteps.tokenHash, digest(token)))
      .returning({
        moderatorId: signInSteps.moderatorId,
        step: signInSteps.step,
        expiresAt: signInSteps.expiresAt,
      });
    return taken && taken.step === (step ?? taken.step) && taken.expiresAt > now
      ? taken.moderatorId
      : null;
  });
}
