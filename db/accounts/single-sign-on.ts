import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { transaction } from "@/db/core/client";
import { moderatorInvitations, moderators } from "@/db/core/schema";
import { openInvitedAccount } from "./invitations";
import {
  normaliseEmail,
  profileColumns,
  type ModeratorProfile,
} from "./moderators";

export type SingleSignOnAnswer =
  | { kind: "signed-in"; moderator: ModeratorProfile }
  /** No account and no invitation for this address. */
  | { kind: "not-invited" }
  /** The address belongs to an account another identity signed in to before. */
  | { kind: "someone-else" };

/**
 * Someone the identity provider vouches for (a verified address in an allowed domain, checked by
 * the caller): their account, found by who the provider says they are or, the first time, by
 * address; or made from an invitation to that address. Nobody else gets an account.
 */
export function signInWithSingleSignOn(input: {
  /** "<issuer> <sub>": stable for one person at one provider. */
  subject: string;
  email: string;
  name: string;
  now?: Date;
}): Promise<SingleSignOnAnswer> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  return transaction(async (tx) => {
    const [known] = await tx
      .select({ ...profileColumns, ssoSubject: moderators.ssoSubject })
      .from(moderators)
      .where(and(eq(moderators.email, email), isNull(moderators.removedAt)));
    let moderator: ModeratorProfile;
    if (known) {
      if (known.ssoSubject && known.ssoSubject !== input.subject)
        return { kind: "someone-else" };
      if (!known.ssoSubject)
        await tx
          .update(moderators)
          .set({ ssoSubject: input.subject })
          .where(eq(moderators.id, known.id));
      const { ssoSubject: _subject, ...profile } = known;
      moderator = profile;
    } else {
      const [invitation] = await tx
        .select()
        .from(moderatorInvitations)
        .where(
          and(
            eq(moderatorInvitations.email, email),
            gt(moderatorInvitations.expiresAt, now),
          ),
        );
      if (!invitation) return { kind: "not-invited" };
      // A removed account signing in again keeps nothing from before but its history.
      await tx
        .update(moderators)
        .set({ ssoSubject: null })
        .where(eq(moderators.ssoSubject, input.subject));
      moderator = await openInvitedAccount(
        tx,
        invitation,
        { name: input.name, passwordHash: "", ssoSubject: input.subject },
        now,
      );
    }
    return { kind: "signed-in", moderator };
  });
}
