import "server-only";
import { and, eq, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { db, transaction } from "@/db/core/client";
import { now as clockNow } from "@/db/core/clock";
import { examples } from "@/db/core/schema";
import { digest, newToken } from "@/db/core/tokens";
import { isTokenShaped } from "@/db/options";
import { hasTeamToAsk, reviewDueFrom } from "@/db/catalogue/examples";
import { queueMessage } from "./outbox";
import { reviewQuestion } from "./templates";

/**
 * Reviews come due: two years after an example was last confirmed, its team (when the catalogue
 * has one) is asked "Is this still running?"; "yes" confirms it for two more years, "no" or 30
 * days without an answer puts it in the moderators' queue as due for review. An example without
 * a team goes to the queue at once.
 */

const day = 24 * 60 * 60 * 1000;
/** How long a team has to answer before a moderator reviews the example instead. */
export const answerWithinMs = 30 * day;

const published = eq(examples.status, "published");

const isTrue = (column: typeof examples.contactForwarding) => eq(column, true);

/** hasTeamToAsk in SQL: the example has an address and its team said it may be used. */
const teamToAsk = and(
  isNotNull(examples.contactEmail),
  or(
    isTrue(examples.contactForwarding),
    isTrue(examples.contactConsent),
    isTrue(examples.emailUpdates),
  ),
);

/**
 * Published examples a moderator should review now: the team said it stopped or did not answer
 * (the morning job recorded when), or the review date has passed and there is no team to ask.
 * Worked out when read, so the queue, Insights and the example's page agree from the first start.
 */
const dueForModerator = (at: Date) =>
  and(
    published,
    or(
      isNotNull(examples.dueForReviewAt),
      and(
        lte(examples.reviewDueAt, at),
        isNull(examples.reviewAskedAt),
        sql`not (${teamToAsk})`,
      ),
    ),
  );

/** Asks the teams of examples whose review date has passed, and queues the rest. Run each morning. */
export async function checkReviewsDue(now = new Date()): Promise<void> {
  await transaction(async (tx) => {
    const due = await tx
      .select()
      .from(examples)
      .where(
        and(
          published,
          lte(examples.reviewDueAt, now),
          isNull(examples.reviewAskedAt),
          isNull(examples.dueForReviewAt),
        ),
      );
    for (const example of due) {
      if (!hasTeamToAsk(example)) {
        // Due since its review date, as the queue has shown it since then.
        await tx
          .update(examples)
          .set({ dueForReviewAt: example.reviewDueAt })
          .where(eq(examples.id, example.id));
        continue;
      }
      const { token, hash } = newToken();
      await tx
        .update(examples)
        .set({ reviewTokenHash: hash, reviewAskedAt: now })
        .where(eq(examples.id, example.id));
      await queueMessage(
        tx,
        reviewQuestion(
          { email: example.contactEmail!, name: example.contactName },
          { ...example, token },
        ),
        now,
      );
    }
    // No answer in 30 days: a moderator reviews it.
    await tx
      .update(examples)
      .set({ dueForReviewAt: now, reviewTokenHash: null })
      .where(
        and(
          published,
          isNull(examples.dueForReviewAt),
          lt(examples.reviewAskedAt, new Date(now.getTime() - answerWithinMs)),
        ),
      );
  });
}

/** The example a review link asks about, while the question is open. */
export async function findReviewQuestion(
  token: string,
): Promise<{ title: string; reference: string; slug: string } | null> {
  if (!isTokenShaped(token)) return null;
  const [found] = await db()
    .select({
      title: examples.title,
      reference: examples.reference,
      slug: examples.slug,
    })
    .from(examples)
    .where(
      and(
        eq(examples.reviewTokenHash, digest(token)),
        published,
        isNull(examples.dueForReviewAt),
      ),
    );
  return found ?? null;
}

/**
 * The team's answer: still running confirms it for two more years ("last confirmed as current"
 * on its page); stopped puts it in the moderators' queue. The link works once.
 */
export async function answerReviewQuestion(
  token: string,
  answer: "running" | "stopped",
  now = new Date(),
): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  return transaction(async (tx) => {
    const changed = await tx
      .update(examples)
      .set(
        answer === "running"
          ? {
              confirmedAt: now,
              reviewDueAt: reviewDueFrom(now),
              reviewTokenHash: null,
              reviewAskedAt: null,
            }
          : { dueForReviewAt: now, reviewTokenHash: null },
      )
      .where(
        and(
          eq(examples.reviewTokenHash, digest(token)),
          published,
          isNull(examples.dueForReviewAt),
        ),
      )
      .returning({ id: examples.id });
    return changed.length > 0;
  });
}

export type DueForReview = {
  reference: string;
  title: string;
  dueForReviewAt: Date;
  /** Why: the team said it stopped or did not answer, or there is no team to ask. */
  asked: boolean;
};

/** Published examples waiting for a moderator's review, longest waiting first. */
export async function listDueForReview(
  at: Date = clockNow(),
): Promise<DueForReview[]> {
  const rows = await db()
    .select({
      reference: examples.reference,
      title: examples.title,
      dueForReviewAt: examples.dueForReviewAt,
      reviewDueAt: examples.reviewDueAt,
      reviewAskedAt: examples.reviewAskedAt,
    })
    .from(examples)
    .where(dueForModerator(at));
  return rows
    .map(({ reviewAskedAt, dueForReviewAt, reviewDueAt, ...row }) => ({
      ...row,
      dueForReviewAt: (dueForReviewAt ?? reviewDueAt)!,
      asked: reviewAskedAt !== null,
    }))
    .sort((a, b) => a.dueForReviewAt.getTime() - b.dueForReviewAt.getTime());
}
