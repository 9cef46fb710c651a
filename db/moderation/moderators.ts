import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lte } from "drizzle-orm";
import { db, transaction } from "@/db/core/client";
import { decoyHash, hashPassword, verifyPassword } from "./passwords";
import {
  moderators,
  moderatorSessions,
  type Moderator,
} from "@/db/core/schema";

/** How long a moderator stays signed in. */
export const sessionLength = 8 * 60 * 60 * 1000;

export type ModeratorProfile = Pick<Moderator, "id" | "email" | "name">;

const profile = {
  id: moderators.id,
  email: moderators.email,
  name: moderators.name,
};

function normaliseEmail(email: string) {
  return email.trim().normalize("NFC").toLowerCase();
}

function hashToken(token: string) {
  return createHash("sha256").update(token).digest("base64url");
}

/** Adds a moderator account; fails if the email is already used. */
export async function createModerator({
  email,
  name,
  password,
}: {
  email: string;
  name: string;
  password: string;
}): Promise<ModeratorProfile> {
  const passwordHash = await hashPassword(password);
  const [created] = await transaction((tx) =>
    tx
      .insert(moderators)
      .values({
        email: normaliseEmail(email),
        name: name.trim(),
        passwordHash,
        createdAt: new Date(),
      })
      .returning(profile),
  );
  return created!;
}

/** The moderator with this email and password, or null; takes as long either way. */
export async function authenticateModerator(
  email: string,
  password: string,
): Promise<ModeratorProfile | null> {
  const [moderator] = await db()
    .select()
    .from(moderators)
    .where(eq(moderators.email, normaliseEmail(email)));
  const matches = await verifyPassword(
    password,
    moderator?.passwordHash ?? (await decoyHash()),
  );
  return moderator && matches
    ? { id: moderator.id, email: moderator.email, name: moderator.name }
    : null;
}

/** Starts a session and returns its token; only the token's hash is stored. */
export async function createSession(
  moderatorId: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + sessionLength);
  await transaction(async (tx) => {
    await tx
      .delete(moderatorSessions)
      .where(lte(moderatorSessions.expiresAt, now));
    await tx.insert(moderatorSessions).values({
      tokenHash: hashToken(token),
      moderatorId,
      createdAt: now,
      expiresAt,
    });
  });
  return { token, expiresAt };
}

/** The moderator signed in with this token, or null if the session is unknown or has expired. */
export async function getSessionModerator(
  token: string,
  now = new Date(),
): Promise<ModeratorProfile | null> {
  const [moderator] = await db()
    .select(profile)
    .from(moderatorSessions)
    .innerJoin(moderators, eq(moderators.id, moderatorSessions.moderatorId))
    .where(
      and(
        eq(moderatorSessions.tokenHash, hashToken(token)),
        gt(moderatorSessions.expiresAt, now),
      ),
    );
  return moderator ?? null;
}

/** Ends a session, for signing out. */
export async function deleteSession(token: string): Promise<void> {
  await transaction((tx) =>
    tx
      .delete(moderatorSessions)
      .where(eq(moderatorSessions.tokenHash, hashToken(token))),
  );
}
