import "server-only";
import { digest } from "@/db/core/tokens";
import { and, eq, isNull, lte } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/core/client";
import { moderators, signInThrottles } from "@/db/core/schema";
import { decoyHash, verifyPassword } from "./passwords";
import { spendSecondFactorCode } from "./second-factor";
import {
  findActiveAccount,
  normaliseEmail,
  recordAccountEvent,
  type ModeratorProfile,
} from "./moderators";

/**
 * The throttle on each account, whoever is guessing and from wherever: five failures are free,
 * then each further failure locks the account for twice as long as the last, from 30 seconds up
 * to 15 minutes. A day without a failure forgets them.
 */
export const accountThrottle = {
  freeFailures: 5,
  firstLock: 30 * 1000,
  longestLock: 15 * 60 * 1000,
  forgetAfter: 24 * 60 * 60 * 1000,
} as const;

/** How long the account stays locked after this many failures in a row. */
export function lockLength(failures: number): number {
  if (failures < accountThrottle.freeFailures) return 0;
  return Math.min(
    accountThrottle.longestLock,
    accountThrottle.firstLock * 2 ** (failures - accountThrottle.freeFailures),
  );
}

/** A hash of the email typed: the throttle needs to tell accounts apart, not to know who. */
function accountKey(email: string) {
  return digest(normaliseEmail(email));
}

export type PasswordCheck =
  | { kind: "signed-in"; moderator: ModeratorProfile }
  | { kind: "refused" }
  | { kind: "locked"; until: Date };

async function lockedUntil(
  reader: Pick<Transaction, "select">,
  key: string,
  now: Date,
): Promise<Date | null> {
  const [row] = await reader
    .select({ lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(eq(signInThrottles.accountKey, key));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Checks an email and password against the account's throttle. While the account is locked every
 * attempt is refused, the right password too, and does not count; an unknown email is throttled
 * exactly like a known one, so a lock-out tells nobody which addresses have accounts.
 */
export async function checkPassword(
  email: string,
  password: string,
  now = new Date(),
): Promise<PasswordCheck> {
  const key = accountKey(email);
  const locked = await lockedUntil(db(), key, now);
  if (locked) return { kind: "locked", until: locked };

  const account = await findActiveAccount(email);
  const matches = await verifyPassword(
    password,
    account?.passwordHash ?? (await decoyHash()),
  );

  return transaction(async (tx) => {
    // Another attempt may have locked the account while the password was being checked.
    const lockedMeanwhile = await lockedUntil(tx, key, now);
    if (lockedMeanwhile) return { kind: "locked", until: lockedMeanwhile };
    if (account && matches) {
      await tx
        .delete(signInThrottles)
        .where(eq(signInThrottles.accountKey, key));
      const { passwordHash: _hash, ...moderator } = account;
      return { kind: "signed-in", moderator };
    }
    return recordFailure(tx, key, account?.id ?? null, now);
  });
}

async function recordFailure(
  tx: Transaction,
  key: string,
  moderatorId: number | null,
  now: Date,
): Promise<{ kind: "refused" } | { kind: "locked"; until: Date }> {
  const forgottenBefore = new Date(now.getTime() - accountThrottle.forgetAfter);
  const [previous] = await tx
    .select()
    .from(signInThrottles)
    .where(eq(signInThrottles.accountKey, key));
  const failures =
    previous && previous.lastFailureAt > forgottenBefore
      ? previous.failures + 1
      : 1;
  const lock = lockLength(failures);
  const until = lock > 0 ? new Date(now.getTime() + lock) : null;
  await tx
    .delete(signInThrottles)
    .where(lte(signInThrottles.lastFailureAt, forgottenBefore));
  await tx.delete(signInThrottles).where(eq(signInThrottles.accountKey, key));
  await tx.insert(signInThrottles).values({
    accountKey: key,
    failures,
    lastFailureAt: now,
    lockedUntil: until,
  });
  if (moderatorId !== null) {
    await recordAccountEvent(
      tx,
      { moderatorId, action: "sign_in_failed" },
      now,
    );
    if (until)
      await recordAccountEvent(
        tx,
        {
          moderatorId,
          action: "locked",
          detail: `${Math.round(lock / 1000)} seconds`,
        },
        now,
      );
  }
  return until ? { kind: "locked", until } : { kind: "refused" };
}

export type SecondStepCheck =
  | { kind: "accepted" }
  | { kind: "refused" }
  | { kind: "reused" }
  | { kind: "locked"; until: Date };

/**
 * The second step of signing in: a code from the app or a recovery code. A wrong code counts
 * against the same per-account throttle as a wrong password, so six digits cannot be guessed.
 */
export async function checkSecondStep(
  moderatorId: number,
  code: string,
  now = new Date(),
): Promise<SecondStepCheck> {
  const [account] = await db()
    .select({ email: moderators.email })
    .from(moderators)
    .where(and(eq(moderators.id, moderatorId), isNull(moderators.removedAt)));
  if (!account) return { kind: "refused" };
  const key = accountKey(account.email);
  const locked = await lockedUntil(db(), key, now);
  if (locked) return { kind: "locked", until: locked };
  return transaction(async (tx) => {
    const lockedMeanwhile = await lockedUntil(tx, key, now);
    if (lockedMeanwhile) return { kind: "locked", until: lockedMeanwhile };
    const answer = await spendSecondFactorCode(tx, moderatorId, code, now);
    if (answer === "reused") return { kind: "reused" };
    if (answer === "wrong") return recordFailure(tx, key, moderatorId, now);
    await tx.delete(signInThrottles).where(eq(signInThrottles.accountKey, key));
    return { kind: "accepted" };
  });
}
