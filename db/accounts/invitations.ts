import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull, lte } from "drizzle-orm";
import { digest } from "@/db/core/tokens";
import { db, transaction, type Transaction } from "@/db/core/client";
import { moderatorInvitations, moderators } from "@/db/core/schema";
import type { ModeratorRole } from "@/db/options";
import { hashPassword } from "./passwords";
import {
  normaliseEmail,
  profileColumns,
  recordAccountEvent,
  type ModeratorProfile,
} from "./moderators";

/** How long an invitation link works. */
export const invitationLength = 7 * 24 * 60 * 60 * 1000;

export type Invitation =
  | { kind: "invited"; token: string; expiresAt: Date }
  | { kind: "already-a-moderator" };

/**
 * An admin invites someone by email address: a link that works once, for 7 days. Inviting the
 * same address again replaces the earlier link. Only the token's hash is kept.
 */
export function inviteModerator(input: {
  email: string;
  role: ModeratorRole;
  actorId: number;
  now?: Date;
}): Promise<Invitation> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  return transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: moderators.id })
      .from(moderators)
      .where(and(eq(moderators.email, email), isNull(moderators.removedAt)));
    if (existing) return { kind: "already-a-moderator" };
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + invitationLength);
    await tx
      .delete(moderatorInvitations)
      .where(lte(moderatorInvitations.expiresAt, now));
    await tx
      .delete(moderatorInvitations)
      .where(eq(moderatorInvitations.email, email));
    await tx.insert(moderatorInvitations).values({
      tokenHash: digest(token),
      email,
      role: input.role,
      invitedBy: input.actorId,
      createdAt: now,
      expiresAt,
    });
    return { kind: "invited", token, expiresAt };
  });
}

export type PendingInvitation = {
  email: string;
  role: ModeratorRole;
  invitedByName: string;
  expiresAt: Date;
};

/** Invitations not yet used and still working, the oldest first. */
export async function listInvitations(
  now = new Date(),
): Promise<PendingInvitation[]> {
  return db()
    .select({
      email: moderatorInvitations.email,
      role: moderatorInvitations.role,
      invitedByName: moderators.name,
      expiresAt: moderatorInvitations.expiresAt,
    })
    .from(moderatorInvitations)
    .innerJoin(moderators, eq(moderators.id, moderatorInvitations.invitedBy))
    .where(gt(moderatorInvitations.expiresAt, now))
    .orderBy(asc(moderatorInvitations.createdAt));
}

/** Withdraws the invitation to this address, so its link stops working. */
export async function cancelInvitation(email: string): Promise<void> {
  await transaction((tx) =>
    tx
      .delete(moderatorInvitations)
      .where(eq(moderatorInvitations.email, normaliseEmail(email))),
  );
}

/** The invitation a link holds, if it is still open. */
export async function findInvitation(
  token: string,
  now = new Date(),
): Promise<{ email: string; role: ModeratorRole } | null> {
  const [invitation] = await db()
    .select({
      email: moderatorInvitations.email,
      role: moderatorInvitations.role,
    })
    .from(moderatorInvitations)
    .where(
      and(
        eq(moderatorInvitations.tokenHash, digest(token)),
        gt(moderatorInvitations.expiresAt, now),
      ),
    );
  return invitation ?? null;
}

/**
 * The invited person accepts with their name and a password: their account is made (or, if an
 * admin once removed it, opened again with the new role) and the link stops working. Null when
 * the link is unknown, used or out of date.
 */
export async function acceptInvitation(input: {
  token: string;
  name: string;
  password: string;
  now?: Date;
}): Promise<ModeratorProfile | null> {
  const now = input.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(moderatorInvitations)
      .where(
        and(
          eq(moderatorInvitations.tokenHash, digest(input.token)),
          gt(moderatorInvitations.expiresAt, now),
        ),
      );
    if (!invitation) return null;
    return openInvitedAccount(
      tx,
      invitation,
      { name: input.name, passwordHash },
      now,
    );
  });
}

/**
 * Uses up an invitation: the account is made (or, if an admin once removed it, opened again with
 * the new role and a new way to sign in) and the invitation is deleted.
 */
export async function openInvitedAccount(
  tx: Transaction,
  invitation: typeof moderatorInvitations.$inferSelect,
  account: { name: string; passwordHash: string; ssoSubject?: string },
  now: Date,
): Promise<ModeratorProfile> {
  await tx
    .delete(moderatorInvitations)
    .where(eq(moderatorInvitations.tokenHash, invitation.tokenHash));
  const values = {
    name: account.name.trim(),
    passwordHash: account.passwordHash,
    ssoSubject: account.ssoSubject ?? null,
    role: invitation.role,
    removedAt: null,
    totpSecret: null,
    totpLastStep: null,
  };
  const [reopened] = await tx
    .update(moderators)
    .set(values)
    .where(eq(moderators.email, invitation.email))
    .returning(profileColumns);
  const person =
    reopened ??
    (
      await tx
        .insert(moderators)
        .values({ ...values, email: invitation.email, createdAt: now })
        .returning(profileColumns)
    )[0]!;
  await recordAccountEvent(
    tx,
    {
      moderatorId: person.id,
      actorId: invitation.invitedBy,
      action: "joined",
      detail: invitation.role,
    },
    now,
  );
  return person;
}
