import "server-only";
import { and, asc, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/core/client";
import {
  accountEvents,
  moderators,
  moderatorSessions,
  signInSteps,
  type Moderator,
} from "@/db/core/schema";
import type {
  AccountAction,
  ModeratorRole,
  WaitingWorkEmails,
} from "@/db/options";
import { hashPassword } from "./passwords";
import { idleTimeout } from "./session-times";

export type ModeratorProfile = Pick<
  Moderator,
  "id" | "email" | "name" | "role"
>;

export const profileColumns = {
  id: moderators.id,
  email: moderators.email,
  name: moderators.name,
  role: moderators.role,
};

/** Email addresses are kept in lower case, so nothing depends on how one was typed. */
export function normaliseEmail(email: string) {
  return email.trim().normalize("NFC").toLowerCase();
}

/** Writes one line of an account's history, in the transaction that made the change. */
export async function recordAccountEvent(
  tx: Transaction,
  event: {
    moderatorId: number;
    action: AccountAction;
    actorId?: number | null;
    detail?: string | null;
  },
  now = new Date(),
): Promise<void> {
  await tx.insert(accountEvents).values({ ...event, createdAt: now });
}

/**
 * Adds an account from the terminal (`npm run moderator:add`); fails if the email is already
 * used. The first person is an admin, so someone can invite the rest from the People page.
 */
export async function createModerator({
  email,
  name,
  password,
  role = "admin",
}: {
  email: string;
  name: string;
  password: string;
  role?: ModeratorRole;
}): Promise<ModeratorProfile> {
  const passwordHash = await hashPassword(password);
  return transaction(async (tx) => {
    const [created] = await tx
      .insert(moderators)
      .values({
        email: normaliseEmail(email),
        name: name.trim(),
        passwordHash,
        role,
        createdAt: new Date(),
      })
      .returning(profileColumns);
    await recordAccountEvent(tx, {
      moderatorId: created!.id,
      action: "joined",
      detail: role,
    });
    return created!;
  });
}

/** The account with this email that may sign in (not removed), with its password hash. */
export async function findActiveAccount(email: string) {
  const [account] = await db()
    .select({ ...profileColumns, passwordHash: moderators.passwordHash })
    .from(moderators)
    .where(
      and(
        eq(moderators.email, normaliseEmail(email)),
        isNull(moderators.removedAt),
      ),
    );
  return account ?? null;
}

/** An account that may still sign in, by id: for the steps of signing in that follow the password. */
export async function findActiveModerator(
  moderatorId: number,
): Promise<ModeratorProfile | null> {
  const [account] = await db()
    .select(profileColumns)
    .from(moderators)
    .where(and(eq(moderators.id, moderatorId), isNull(moderators.removedAt)));
  return account ?? null;
}

/** Which emails about waiting work the account gets. */
export async function waitingWorkEmailsOf(
  moderatorId: number,
): Promise<WaitingWorkEmails> {
  const [account] = await db()
    .select({ choice: moderators.waitingWorkEmails })
    .from(moderators)
    .where(eq(moderators.id, moderatorId));
  return account?.choice ?? "daily";
}

/** Chooses which emails about waiting work the account gets. */
export async function chooseWaitingWorkEmails(
  moderatorId: number,
  choice: WaitingWorkEmails,
): Promise<void> {
  await transaction((tx) =>
    tx
      .update(moderators)
      .set({ waitingWorkEmails: choice })
      .where(eq(moderators.id, moderatorId)),
  );
}

/** Whether the account has a password (one made through single sign-on has none). */
export async function hasPassword(moderatorId: number): Promise<boolean> {
  const [account] = await db()
    .select({ passwordHash: moderators.passwordHash })
    .from(moderators)
    .where(eq(moderators.id, moderatorId));
  return Boolean(account?.passwordHash);
}

export type Person = ModeratorProfile & {
  lastSignedInAt: Date | null;
  openSessions: number;
};

/** Everyone who may moderate, for admins: admins first, then by name. */
export async function listPeople(now = new Date()): Promise<Person[]> {
  const [people, sessions] = await Promise.all([
    db()
      .select({ ...profileColumns, lastSignedInAt: moderators.lastSignedInAt })
      .from(moderators)
      .where(isNull(moderators.removedAt))
      .orderBy(asc(moderators.role), asc(moderators.name), asc(moderators.id)),
    db()
      .select({
        moderatorId: moderatorSessions.moderatorId,
        open: sql<number>`count(*)`,
      })
      .from(moderatorSessions)
      .where(
        and(
          gt(moderatorSessions.expiresAt, now),
          gt(
            moderatorSessions.lastSeenAt,
            new Date(now.getTime() - idleTimeout),
          ),
        ),
      )
      .groupBy(moderatorSessions.moderatorId),
  ]);
  const open = new Map(
    sessions.map((row) => [row.moderatorId, Number(row.open)]),
  );
  return people.map((person) => ({
    ...person,
    openSessions: open.get(person.id) ?? 0,
  }));
}

export type AccountChange =
  | { kind: "done"; person: ModeratorProfile }
  | { kind: "missing" }
  | { kind: "last-admin" };

/**
 * Loads the person an admin acts on, refusing to leave the catalogue without an admin: the last
 * admin can be neither removed nor made a moderator.
 */
async function personToChange(
  tx: Transaction,
  moderatorId: number,
  leavesAdmin: boolean,
): Promise<AccountChange> {
  const [person] = await tx
    .select(profileColumns)
    .from(moderators)
    .where(and(eq(moderators.id, moderatorId), isNull(moderators.removedAt)));
  if (!person) return { kind: "missing" };
  if (person.role === "admin" && leavesAdmin) {
    const [others] = await tx
      .select({ count: sql<number>`count(*)` })
      .from(moderators)
      .where(
        and(
          eq(moderators.role, "admin"),
          isNull(moderators.removedAt),
          ne(moderators.id, moderatorId),
        ),
      );
    if (Number(others?.count ?? 0) === 0) return { kind: "last-admin" };
  }
  return { kind: "done", person };
}

/**
 * An admin changes someone's role, and every session and sign-in of theirs under way ends at
 * once, on every instance: they sign in again in their new role (an admin without two-step
 * sign-in sets it up then), never carrying on in a session begun in the old one.
 */
export function changeRole(input: {
  moderatorId: number;
  role: ModeratorRole;
  actorId: number;
}): Promise<AccountChange> {
  return transaction(async (tx) => {
    const found = await personToChange(
      tx,
      input.moderatorId,
      input.role !== "admin",
    );
    if (found.kind !== "done" || found.person.role === input.role) return found;
    await tx
      .update(moderators)
      .set({ role: input.role })
      .where(eq(moderators.id, input.moderatorId));
    await endEverySignIn(tx, input.moderatorId);
    await recordAccountEvent(tx, {
      moderatorId: input.moderatorId,
      actorId: input.actorId,
      action: "role_changed",
      detail: input.role,
    });
    return { kind: "done", person: { ...found.person, role: input.role } };
  });
}

/**
 * An admin removes someone: they can no longer sign in and every session of theirs ends at once,
 * on every instance. The account row stays, so the history still says who did what.
 */
export function removeModerator(input: {
  moderatorId: number;
  actorId: number;
}): Promise<AccountChange> {
  return transaction(async (tx) => {
    const found = await personToChange(tx, input.moderatorId, true);
    if (found.kind !== "done") return found;
    const now = new Date();
    await tx
      .update(moderators)
      .set({ removedAt: now })
      .where(eq(moderators.id, input.moderatorId));
    await endEverySignIn(tx, input.moderatorId);
    await recordAccountEvent(
      tx,
      {
        moderatorId: input.moderatorId,
        actorId: input.actorId,
        action: "removed",
      },
      now,
    );
    return found;
  });
}

/** Ends every session of a person's, and any sign-in of theirs part-way through its second step. */
async function endEverySignIn(tx: Transaction, moderatorId: number) {
  await tx
    .delete(moderatorSessions)
    .where(eq(moderatorSessions.moderatorId, moderatorId));
  await tx.delete(signInSteps).where(eq(signInSteps.moderatorId, moderatorId));
}

export type AccountHistoryLine = {
  id: number;
  action: AccountAction;
  detail: string | null;
  actorName: string | null;
  createdAt: Date;
};

/** The newest lines of one account's history. */
export async function listAccountHistory(
  moderatorId: number,
  limit = 20,
): Promise<AccountHistoryLine[]> {
  return db()
    .select({
      id: accountEvents.id,
      action: accountEvents.action,
      detail: accountEvents.detail,
      actorName: moderators.name,
      createdAt: accountEvents.createdAt,
    })
    .from(accountEvents)
    .leftJoin(moderators, eq(moderators.id, accountEvents.actorId))
    .where(eq(accountEvents.moderatorId, moderatorId))
    .orderBy(desc(accountEvents.createdAt), desc(accountEvents.id))
    .limit(limit);
}

/** Someone's name and role by account, removed or not, to say whom an admin's action was about. */
export async function findPerson(
  moderatorId: number,
): Promise<Pick<Moderator, "name" | "role"> | null> {
  const [person] = await db()
    .select({ name: moderators.name, role: moderators.role })
    .from(moderators)
    .where(eq(moderators.id, moderatorId));
  return person ?? null;
}
