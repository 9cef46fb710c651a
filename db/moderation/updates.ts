import "server-only";
import { and, eq, gt, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/core/client";
import { moderationEvents } from "@/db/core/schema";
import {
  queueMessage,
  reportNotPublished,
  reportOnYourExample,
  reportPublished,
  reportReceived,
  submissionNotPublished,
  submissionPublished,
  submissionReceived,
  type OutgoingMessage,
  type Sender,
} from "@/db/mail";

/**
 * The emails a person who sent an example or a report asked for ("email me about it"), queued in
 * the same transaction as what they are about, so that one is never stored without the other.
 */

const day = 24 * 60 * 60 * 1000;

/**
 * Within how many days most (four in five) of the last 90 days' decisions came, or null when
 * there were too few to say: the "how long it usually takes" in a "we have it" email.
 */
export async function usualDecisionDays(
  tx: Transaction,
  of: "examples" | "reports",
  now = new Date(),
): Promise<number | null> {
  const ofReports =
    of === "reports"
      ? isNotNull(moderationEvents.reportId)
      : isNull(moderationEvents.reportId);
  const events = () =>
    tx
      .select({
        exampleId: moderationEvents.exampleId,
        reportId: moderationEvents.reportId,
        at: moderationEvents.createdAt,
      })
      .from(moderationEvents);
  const decided = await events().where(
    and(
      ofReports,
      inArray(moderationEvents.action, ["approved", "rejected"]),
      gt(moderationEvents.createdAt, new Date(now.getTime() - 90 * day)),
    ),
  );
  if (decided.length < 5) return null;
  const submitted = await events().where(
    and(
      ofReports,
      eq(moderationEvents.action, "submitted"),
      inArray(
        moderationEvents.exampleId,
        decided.map(({ exampleId }) => exampleId),
      ),
    ),
  );
  const key = (row: { exampleId: number; reportId: number | null }) =>
    `${row.exampleId}:${row.reportId}`;
  const sentAt = new Map(submitted.map((row) => [key(row), row.at]));
  const waits = decided
    .flatMap((row) => {
      const from = sentAt.get(key(row));
      return from ? [row.at.getTime() - from.getTime()] : [];
    })
    .sort((a, b) => a - b);
  if (waits.length < 5) return null;
  const mostWithin = waits[Math.ceil(waits.length * 0.8) - 1]!;
  return Math.max(1, Math.ceil(mostWithin / day));
}

/** Who sent it, if they asked to hear about it. */
type Sent = {
  emailUpdates?: boolean | null;
  contactEmail: string | null;
  contactName: string | null;
};

const wantsUpdates = (row: Sent) =>
  Boolean(row.emailUpdates && row.contactEmail);
const sender = (row: Sent) => ({
  email: row.contactEmail!,
  name: row.contactName,
});

type ExampleFacts = Sent & { reference: string; title: string; slug: string };

/** What happened to what someone sent: received, published, or not published with a reason. */
type Decision =
  | { event: "received" }
  | { event: "published" }
  | { event: "not-published"; reason: string };

/**
 * Emails the sender of an example or a report what happened to it, if they asked to hear: its
 * email for each event, given what it is about (and, on receipt, how long a decision usually takes).
 */
async function tellSender<About>(
  tx: Transaction,
  sent: Sent,
  what: Decision,
  about: About,
  emails: {
    waitsFor: "examples" | "reports";
    received: (
      to: Sender,
      about: About & { usualDays: number | null },
    ) => OutgoingMessage;
    published: (to: Sender, about: About) => OutgoingMessage;
    notPublished: (
      to: Sender,
      about: About & { reason: string },
    ) => OutgoingMessage;
  },
): Promise<void> {
  if (!wantsUpdates(sent)) return;
  const to = sender(sent);
  await queueMessage(
    tx,
    what.event === "received"
      ? emails.received(to, {
          ...about,
          usualDays: await usualDecisionDays(tx, emails.waitsFor),
        })
      : what.event === "published"
        ? emails.published(to, about)
        : emails.notPublished(to, { ...about, reason: what.reason }),
  );
}

/** Tells the example's sender it was received, published or not published (with the reason). */
export async function tellExampleSender(
  tx: Transaction,
  example: ExampleFacts,
  what: Decision,
): Promise<void> {
  await tellSender(tx, example, what, example, {
    waitsFor: "examples",
    received: submissionReceived,
    published: submissionPublished,
    notPublished: submissionNotPublished,
  });
}

/**
 * Tells a report's sender it was received, published or not published; when it is published,
 * the example's own team too, if they asked to hear about their example.
 */
export async function tellReportSender(
  tx: Transaction,
  report: Sent & { reference: string },
  example: ExampleFacts,
  what: Decision,
): Promise<void> {
  const about = { reference: report.reference, example };
  await tellSender(tx, report, what, about, {
    waitsFor: "reports",
    received: reportReceived,
    published: reportPublished,
    notPublished: reportNotPublished,
  });
  if (what.event === "published" && wantsUpdates(example))
    await queueMessage(tx, reportOnYourExample(sender(example), about));
}
