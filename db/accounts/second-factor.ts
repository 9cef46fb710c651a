import "server-only";
import { randomInt } from "node:crypto";
import { digest } from "@/db/core/tokens";
import { Secret, TOTP } from "otpauth";
import { and, eq, isNull } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/core/client";
import { moderators, recoveryCodes } from "@/db/core/schema";
import { recordAccountEvent } from "./moderators";

/** The name authenticator apps show beside the account. */
const issuer = "NHS improvement examples";
const recoveryCodeCount = 10;
// No 0/o, 1/l/i: a code copied from paper must not be misread.
const recoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

function totp(secret: string, label = "") {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret) });
}

/** A new random key for an authenticator app, in base32 as apps take it typed in. */
export function newSecondFactorKey(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address a QR code carries, for the app to add the account. */
export function secondFactorUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/**
 * The 30-second step a 6-digit code belongs to, allowing one step either side for a phone's clock,
 * or null if it is not a current code for this key.
 */
export function codeStep(
  secret: string,
  code: string,
  now = new Date(),
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const generator = totp(secret);
  const delta = generator.validate({
    token: code,
    timestamp: now.getTime(),
    window: 1,
  });
  return delta === null
    ? null
    : generator.counter({ timestamp: now.getTime() }) + delta;
}

function hashCode(code: string) {
  return digest(normaliseRecoveryCode(code));
}

/** Recovery codes as typed: any case, with or without the hyphen and spaces. */
function normaliseRecoveryCode(code: string) {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

function newRecoveryCode() {
  const letters = Array.from(
    { length: 10 },
    () => recoveryAlphabet[randomInt(recoveryAlphabet.length)],
  ).join("");
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

/** Whether this person signs in with a code from an authenticator app as well as a password. */
export async function hasSecondFactor(moderatorId: number): Promise<boolean> {
  const [row] = await db()
    .select({ secret: moderators.totpSecret })
    .from(moderators)
    .where(eq(moderators.id, moderatorId));
  return Boolean(row?.secret);
}

export type Enrolment =
  | { kind: "enrolled"; recoveryCodes: string[] }
  | { kind: "wrong-code" }
  /** It was on already: a key is never replaced this way (turn it off first). */
  | { kind: "already-on" };

/**
 * Turns two-step sign-in on once the app shows a code for the key: stores the key and ten new
 * recovery codes (only their hashes), which are returned to be shown once.
 */
export async function enrolSecondFactor(input: {
  moderatorId: number;
  secret: string;
  code: string;
  now?: Date;
}): Promise<Enrolment> {
  const now = input.now ?? new Date();
  const step = codeStep(input.secret, input.code, now);
  if (step === null) return { kind: "wrong-code" };
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  return transaction(async (tx): Promise<Enrolment> => {
    const [turnedOn] = await tx
      .update(moderators)
      .set({ totpSecret: input.secret, totpLastStep: step })
      .where(
        and(
          eq(moderators.id, input.moderatorId),
          isNull(moderators.totpSecret),
        ),
      )
      .returning({ id: moderators.id });
    if (!turnedOn) return { kind: "already-on" };
    await tx
      .delete(recoveryCodes)
      .where(eq(recoveryCodes.moderatorId, input.moderatorId));
    await tx.insert(recoveryCodes).values(
      codes.map((code) => ({
        codeHash: hashCode(code),
        moderatorId: input.moderatorId,
      })),
    );
    await recordAccountEvent(
      tx,
      { moderatorId: input.moderatorId, action: "factor_added" },
      now,
    );
    return { kind: "enrolled", recoveryCodes: codes };
  });
}

/** Turns two-step sign-in off, given a current code or a recovery code. */
export async function removeSecondFactor(input: {
  moderatorId: number;
  code: string;
  now?: Date;
}): Promise<"removed" | SecondStepAnswer> {
  const now = input.now ?? new Date();
  return transaction(async (tx) => {
    const answer = await spendSecondFactorCode(
      tx,
      input.moderatorId,
      input.code,
      now,
    );
    if (answer !== "accepted") return answer;
    await tx
      .update(moderators)
      .set({ totpSecret: null, totpLastStep: null })
      .where(eq(moderators.id, input.moderatorId));
    await tx
      .delete(recoveryCodes)
      .where(eq(recoveryCodes.moderatorId, input.moderatorId));
    await recordAccountEvent(
      tx,
      { moderatorId: input.moderatorId, action: "factor_removed" },
      now,
    );
    return "removed";
  });
}

export type SecondStepAnswer = "accepted" | "wrong" | "reused";

/**
 * Checks a code from the app, or a recovery code, and uses it up: an app code's step must be later
 * than the last accepted one (RFC 6238 §5.2), and a recovery code works once.
 */
export async function spendSecondFactorCode(
  tx: Transaction,
  moderatorId: number,
  typed: string,
  now: Date,
): Promise<SecondStepAnswer> {
  const code = typed.trim().replace(/\s/g, "");
  const [account] = await tx
    .select({
      secret: moderators.totpSecret,
      lastStep: moderators.totpLastStep,
    })
    .from(moderators)
    .where(eq(moderators.id, moderatorId));
  if (!account?.secret) return "wrong";
  if (/^\d{6}$/.test(code)) {
    const step = codeStep(account.secret, code, now);
    if (step === null) return "wrong";
    if (account.lastStep !== null && step <= account.lastStep) return "reused";
    await tx
      .update(moderators)
      .set({ totpLastStep: step })
      .where(eq(moderators.id, moderatorId));
    return "accepted";
  }
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.codeHash, hashCode(code)),
        eq(recoveryCodes.moderatorId, moderatorId),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ codeHash: recoveryCodes.codeHash });
  if (used.length === 0) return "wrong";
  await recordAccountEvent(
    tx,
    { moderatorId, action: "recovery_code_used" },
    now,
  );
  return "accepted";
}
