import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db, type Transaction } from "@/db/core/client";
import {
  adoptionReports,
  exampleClaims,
  examples,
  moderators,
} from "@/db/core/schema";
import type { WaitingWorkEmails } from "@/db/options";
import { queueMessages } from "./outbox";
import {
  waitingItem,
  waitingSummary,
  type OutgoingMessage,
  type WaitingItem,
} from "./templates";

export type { WaitingItem };

const day = 24 * 60 * 60 * 1000;

/** The moderators (not removed) who chose this kind of email about waiting work. */
function moderatorsWanting(
  on: Pick<Transaction, "select">,
  choice: WaitingWorkEmails,
) {
  return on
    .select({ email: moderators.email, name: moderators.name })
    .from(moderators)
    .where(
      and(
        isNull(moderators.removedAt),
        eq(moderators.waitingWorkEmails, choice),
      ),
    );
}

/** Tells the moderators who want an email for each new item, in the transaction that stored it. */
export async function tellModeratorsOfNewItem(
  tx: Transaction,
  item: WaitingItem,
): Promise<void> {
  const wanting = await moderatorsWanting(tx, "each");
  await queueMessages(
    tx,
    wanting.map((moderator) => waitingItem(moderator, item)),
  );
}

/** What waits for a moderator under an example, by kind, in the table it waits in. */
const waitingUnderExamples = {
  report: adoptionReports,
  claim: exampleClaims,
} as const;

/** Everything waiting for a moderator, oldest first: new examples, and what waits under examples. */
async function pendingItems(): Promise<(WaitingItem & { at: Date })[]> {
  const newExamples = db()
    .select({
      reference: examples.reference,
      title: examples.title,
      at: examples.createdAt,
    })
    .from(examples)
    .where(eq(examples.status, "pending"))
    .then((rows) => rows.map((row) => ({ kind: "example" as const, ...row })));
  const underExamples = Object.entries(waitingUnderExamples).map(
    async ([kind, table]) =>
      (
        await db()
          .select({
            reference: table.reference,
            title: examples.title,
            at: table.createdAt,
          })
          .from(table)
          .innerJoin(examples, eq(examples.id, table.exampleId))
          .where(eq(table.status, "pending"))
      ).map((row) => ({
        kind: kind as keyof typeof waitingUnderExamples,
        ...row,
      })),
  );
  return (await Promise.all([newExamples, ...underExamples]))
    .flat()
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The morning summary for each moderator who chose it, when anything is waiting. */
export async function waitingSummaries(
  now = new Date(),
): Promise<OutgoingMessage[]> {
  const waiting = await pendingItems();
  if (waiting.length === 0) return [];
  const items = waiting
    .slice(0, 20)
    .map(({ kind, reference, title }) => ({ kind, reference, title }));
  const summary = {
    count: waiting.length,
    oldestDays: Math.max(
      0,
      Math.floor((now.getTime() - waiting[0]!.at.getTime()) / day),
    ),
    items,
  };
  return (await moderatorsWanting(db(), "daily")).map((moderator) =>
    waitingSummary(moderator, summary),
  );
}
