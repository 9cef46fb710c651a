import "server-only";
import { and, asc, count, eq, isNull, min } from "drizzle-orm";
import { db, type Transaction } from "@/db/core/client";
import { adoptionReports, examples, moderators } from "@/db/core/schema";
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

/** The morning summary for each moderator who chose it, when anything is waiting. */
export async function waitingSummaries(
  now = new Date(),
): Promise<OutgoingMessage[]> {
  const pendingExamples = eq(examples.status, "pending");
  const pendingReports = eq(adoptionReports.status, "pending");
  const [exampleCounts] = await db()
    .select({ waiting: count(), oldest: min(examples.createdAt) })
    .from(examples)
    .where(pendingExamples);
  const [reportCounts] = await db()
    .select({ waiting: count(), oldest: min(adoptionReports.createdAt) })
    .from(adoptionReports)
    .where(pendingReports);
  const waiting =
    Number(exampleCounts?.waiting ?? 0) + Number(reportCounts?.waiting ?? 0);
  if (waiting === 0) return [];
  const oldest = Math.min(
    ...[exampleCounts?.oldest, reportCounts?.oldest]
      .filter((date): date is Date => date instanceof Date)
      .map((date) => date.getTime()),
  );
  const items: WaitingItem[] = [
    ...(
      await db()
        .select({
          reference: examples.reference,
          title: examples.title,
          at: examples.createdAt,
        })
        .from(examples)
        .where(pendingExamples)
        .orderBy(asc(examples.createdAt))
        .limit(20)
    ).map((row) => ({ kind: "example" as const, ...row })),
    ...(
      await db()
        .select({
          reference: adoptionReports.reference,
          title: examples.title,
          at: adoptionReports.createdAt,
        })
        .from(adoptionReports)
        .innerJoin(examples, eq(examples.id, adoptionReports.exampleId))
        .where(pendingReports)
        .orderBy(asc(adoptionReports.createdAt))
        .limit(20)
    ).map((row) => ({ kind: "report" as const, ...row })),
  ]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .slice(0, 20)
    .map(({ kind, reference, title }) => ({ kind, reference, title }));
  const summary = {
    count: waiting,
    oldestDays: Math.max(0, Math.floor((now.getTime() - oldest) / day)),
    items,
  };
  return (await moderatorsWanting(db(), "daily")).map((moderator) =>
    waitingSummary(moderator, summary),
  );
}
